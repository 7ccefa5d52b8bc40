#!/usr/bin/env node
// `node scripts/start-cluster.mjs [N]` (npm run start:cluster -- N): N web processes on ports
// PORT, PORT+1, ... and one background-job worker, all on one PostgreSQL (DATABASE_URL) and one
// Redis (REDIS_URL), which carry the rate limits, cache, Socket.IO fan-out and job queue between
// them. Put a load balancer in front of the ports (with sticky sessions, or Socket.IO clients on
// the websocket transport only). It serves an existing production build (`npm run build`, or one
// `npm start`). SIGINT/SIGTERM go to every child; when one child exits, the others are stopped and
// this exits with that child's code, so a supervisor (systemd, Docker) restarts the whole set.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-flags.mjs";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";

function fail(message) {
  console.error(`start-cluster: ${message}`);
  process.exit(1);
}

const count = Number(process.argv[2] ?? 2);
if (!Number.isInteger(count) || count < 1 || count > 64) fail(`the number of web processes must be 1-64, got "${process.argv[2]}"`);
// The embedded setup cannot be shared: PGlite opens its folder in one process, and in-memory
// limits and caches would differ per process.
if (!process.env.DATABASE_URL) fail("DATABASE_URL (PostgreSQL) must be set: the embedded database cannot be shared by processes");
if (!process.env.REDIS_URL) fail("REDIS_URL must be set: processes share rate limits, cache, realtime and jobs through Redis");
if (!existsSync(path.join(root, distDir, "BUILD_ID"))) fail(`no production build in ${distDir}: run \`npm run build\` first`);

const basePort = Number(process.env.PORT || 3000);
if (!Number.isInteger(basePort) || basePort < 1 || basePort + count - 1 > 65535) fail(`PORT must leave room for ${count} ports`);

const workerScript = path.join(root, "scripts/worker.ts");
const withWorker = existsSync(workerScript);
const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir };

const children = new Map();
let stopping = false;
let exitCode = 0;

// The web processes run the compiled server, as `npm start` does (its API fast path exists only there).
const built = spawnSync(process.execPath, ["scripts/build-server.mjs"], { cwd: root, stdio: "inherit" });
if (built.status !== 0) fail("compiling the server (scripts/build-server.mjs) failed");

function start(name, args, extraEnv) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // One stream for all: every line says which process wrote it.
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    let rest = "";
    from.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop();
      for (const line of lines) to.write(`[${name}] ${line}\n`);
    });
    from.on("end", () => rest && to.write(`[${name}] ${rest}\n`));
  }
  child.on("exit", (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`start-cluster: ${name} exited (${signal ?? code}); stopping the others`);
      exitCode = code || 1;
      stopAll("SIGTERM");
    }
    if (children.size === 0) process.exit(exitCode);
  });
  children.set(name, child);
}

function stopAll(signal) {
  stopping = true;
  for (const child of children.values()) child.kill(signal);
  // The web processes finish requests for up to 10 s; do not wait forever for one that hangs.
  setTimeout(() => {
    for (const child of children.values()) child.kill("SIGKILL");
  }, 20_000).unref();
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));

for (let i = 0; i < count; i++) {
  const port = basePort + i;
  // With a worker process of their own, web processes only enqueue jobs.
  start(`web:${port}`, [...SERVER_NODE_FLAGS, "dist/server.mjs"], { PORT: String(port), ...(withWorker ? { QUEUE_WORKERS: "off" } : {}) });
}
if (withWorker) start("worker", ["dist/worker.mjs"], {});
console.log(
  `start-cluster: ${count} web process(es) on ports ${basePort}-${basePort + count - 1}` +
    (withWorker ? " and 1 worker" : " (no scripts/worker.ts: web processes run the jobs)"),
);
