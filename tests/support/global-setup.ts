import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * API tests run against the production build, like users do. Builds the server, and Next once into .next-test
 * unless SKIP_TEST_BUILD=1 (the test script builds before running the suites).
 */
export default function setup() {
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  process.env.NEXT_DIST_DIR = distDir;
  // The server as `npm start` runs it: compiled to dist/server.mjs (takes well under a second).
  execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  if (process.env.SKIP_TEST_BUILD === "1" && existsSync(path.join(distDir, "BUILD_ID"))) return;
  execFileSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
