import { spawn, type ChildProcess } from "node:child_process";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * Scale-out with two processes: this one is the web process (SANDBOX_REMOTE=true: it only
 * enqueues), `npm run worker` in a child process runs the boxes. Both share a Redis prefix of
 * their own.
 */

// No static import may load lib/config before the environment below is set (imports run first).
const TEST_REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const prefix = `offerpath-sandbox-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
const remoteEnv = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, SANDBOX_REMOTE: "true", SANDBOX_REMOTE_TIMEOUT_MS: "4000" };
// Set before lib/config is first imported (below, dynamically): it reads the environment once.
Object.assign(process.env, remoteEnv);

type Sandbox = typeof import("./index");
let sandbox: Sandbox;
let redisClient: Redis | null;
let worker: ChildProcess | undefined;
let workerLog = "";

function startWorker(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...remoteEnv, LOG_LEVEL: "info" };
  delete env.DATABASE_URL; // a runner machine needs no database
  worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${workerLog}`)), 60_000);
    const onData = (chunk: Buffer) => {
      workerLog += chunk.toString();
      if (workerLog.includes("sandbox runner started")) {
        clearTimeout(timer);
        resolve();
      }
    };
    worker!.stdout!.on("data", onData);
    worker!.stderr!.on("data", onData);
    worker!.once("exit", (code) => reject(new Error(`worker exited (${code}):\n${workerLog}`)));
  });
}

async function stopWorker() {
  if (!worker || worker.exitCode !== null) return;
  const exited = new Promise((r) => worker!.once("exit", r));
  worker.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (worker.exitCode === null) worker.kill("SIGKILL");
}

const request = (n: number) => ({
  language: "python" as const,
  code: "import os\ndef double(n):\n    return [n * 2, os.getuid()]\n",
  functionName: "double",
  tests: [{ id: "a", args: [n] }],
});

describe("remote runs through BullMQ", { timeout: 90_000 }, () => {
  beforeAll(async () => {
    const { testRedis } = await import("@/lib/redis/testing");
    redisClient = await testRedis("remote sandbox runs are not tested");
    if (!redisClient) return;
    sandbox = await import("./index");
    await startWorker();
  }, 90_000);

  afterAll(async () => {
    await stopWorker();
    if (!redisClient) return;
    const { closeRemote } = await import("./remote");
    await closeRemote();
    const { closeRedis } = await import("@/lib/redis");
    await closeRedis();
    const { dropRedisPrefix } = await import("@/lib/redis/testing");
    await dropRedisPrefix(redisClient, prefix);
    redisClient.disconnect();
  });

  it("runs in the worker process, which answers with the box's result", async ({ skip }) => {
    if (!redisClient) return skip();
    expect(await sandbox.sandboxStatus()).toEqual({ available: true, mode: "remote" });
    const results = await Promise.all([1, 2, 3].map((n) => sandbox.runCode(request(n))));
    expect(results.map((r) => r.status)).toEqual(["success", "success", "success"]);
    expect(results.map((r) => (r.tests[0].value as number[])[0])).toEqual([2, 4, 6]);
    // The box's own user: the worker ran it as a slot user, not as the server.
    for (const r of results) expect((r.tests[0].value as number[])[1]).toBeGreaterThanOrEqual(61_000);
  });

  it("keeps one run per interview across processes: the second is 409 RUN_IN_PROGRESS", async ({ skip }) => {
    if (!redisClient) return skip();
    const slow = { ...request(1), code: "import time\ndef double(n):\n    time.sleep(0.5)\n    return n * 2\n" };
    const first = sandbox.runCode(slow, { key: "interview-remote" });
    await new Promise((r) => setTimeout(r, 50));
    await expect(sandbox.runCode(slow, { key: "interview-remote" })).rejects.toMatchObject({ status: 409, code: "RUN_IN_PROGRESS" });
    expect((await first).tests[0].value).toBe(2);
    expect((await sandbox.runCode(slow, { key: "interview-remote" })).tests[0].value).toBe(2);
  });

  it("answers 504 EXECUTION_TIMEOUT when no runner answers, and says no runner is connected", async ({ skip }) => {
    if (!redisClient) return skip();
    await stopWorker();
    const started = Date.now();
    await expect(sandbox.runCode(request(5))).rejects.toMatchObject({ status: 504, code: "EXECUTION_TIMEOUT" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_900);
    expect(await sandbox.sandboxStatus()).toMatchObject({ available: false, mode: "remote" });
  });
});
