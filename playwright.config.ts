import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { SERVER_NODE_FLAGS } from "./scripts/server-flags.mjs";
import { STORAGE_STATE } from "./tests/e2e/support";

// End-to-end tests drive Debian's Chromium against the real production build on a fresh
// embedded database. The build must exist already (scripts/test.mjs builds it into NEXT_DIST_DIR).
const port = Number(process.env.E2E_PORT ?? 3210);
// `localhost`, not 127.0.0.1: Next gives handlers a localhost URL and Auth.js builds its URLs from it.
const baseURL = `http://localhost:${port}`;

// The runner and each worker load this file; the data folder is made once and inherited via env.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "offerpath-e2e-"));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL,
    locale: "en-US",
    // No animations: a pulsing skeleton or a transition repaints every frame while a test waits
    // (the screenshots are of still pages anyway). With the rest below, this cut the browser's
    // CPU by a third: Chromium was a third of all CPU in CI.
    reducedMotion: "reduce",
    // A trace is recorded for every test to keep a failing one's, and its screencast (a JPEG per
    // frame) cost a sixth of the browser tests' CPU. Locally a failure keeps its DOM snapshots and
    // actions; in CI, where nobody opens the trace, there is none (a failure still has its
    // screenshot and error context).
    trace: process.env.CI ? "off" : { mode: "retain-on-failure", screenshots: false, snapshots: true, sources: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // Software compositing in the browser process instead of a GPU process of its own.
        "--in-process-gpu",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      testMatch: /.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { storageState: STORAGE_STATE, viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // npm test has built dist/server.mjs already (SKIP_SERVER_BUILD): API tests start servers from it meanwhile.
    command: `${process.env.SKIP_SERVER_BUILD === "1" ? "" : "node scripts/build-server.mjs && "}node ${SERVER_NODE_FLAGS.join(" ")} dist/server.mjs`,
    url: `${baseURL}/api/v1/monitoring/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
      DATA_DIR: process.env.E2E_DATA_DIR,
      LOG_LEVEL: "warn",
      AUTH_PASSWORD_COST: "4",
      // One allowed cross-origin client, so the CORS rules are exercised both ways.
      CORS_ORIGINS: "https://app.example",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
