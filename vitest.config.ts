import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
const apiWorkers = Math.max(1, Number(process.env.API_TEST_WORKERS) || 2);

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
          // npm test runs these beside the browser tests on a shared 2-core machine: a test of a few
          // seconds of CPU (a type check, the OpenAPI validator, sandbox runs) can take several
          // times that in wall time, past vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          environment: "node",
          // Files share one server per database kind and worker (tests/README.md). API_TEST_WORKERS
          // files run at once, each on its own shared servers (default 2, for 2 cores).
          maxWorkers: apiWorkers,
          fileParallelism: apiWorkers > 1,
          // Files of a worker share its module cache: they talk to servers over HTTP and keep no
          // module state of their own, and importing the lib/ code they use again for each file
          // was seconds of CPU per file.
          isolate: false,
          // Its own worker count; the unit project runs in another group.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          // Above the harness's server start deadline (150 s), so a slow start reports its own error.
          hookTimeout: 180_000,
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
    ],
  },
});
