import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          environment: "node",
          // One built server per file; files run one at a time so servers don't fight for 2 cores.
          fileParallelism: false,
          testTimeout: 30_000,
          // Above the harness's server start deadline (150 s), so a slow start reports its own error.
          hookTimeout: 180_000,
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
    ],
  },
});
