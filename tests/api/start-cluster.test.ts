import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropRedisPrefix, testRedis, TEST_REDIS_URL, uniqueRedisPrefix } from "@/lib/redis/testing";
import { freshPostgresDatabase } from "../support/server";
import { api, registerV1 } from "./helpers/accounts";

// `npm run start:cluster -- 2` as an operator runs it: two web processes and a job worker on
// one PostgreSQL and one Redis. Needs both (TEST_DATABASE_URL or the local PostgreSQL; Redis).
const redis = await testRedis("the start:cluster test is skipped");

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/** A port p with p and p+1 both free. */
async function twoFreePorts(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if ((await portFree(port)) && (await portFree(port + 1))) return port;
  }
  throw new Error("no two free ports");
}

describe.skipIf(!redis)("start:cluster", () => {
  let proc: ChildProcess;
  let output = "";
  let port = 0;
  let drop: (() => Promise<void>) | undefined;
  const prefix = uniqueRedisPrefix("start-cluster");

  beforeAll(async () => {
    const database = await freshPostgresDatabase(process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres");
    drop = database.drop;
    port = await twoFreePorts();
    proc = spawn(process.execPath, ["scripts/start-cluster.mjs", "2"], {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: prefix,
        AUTH_SECRET: "cluster-secret-cluster-secret-cluster-01",
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
        LOG_LEVEL: "warn",
        TRUST_PROXY: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    proc.stdout!.on("data", (d) => (output += d));
    proc.stderr!.on("data", (d) => (output += d));
    for (const p of [port, port + 1]) {
      for (const deadline = Date.now() + 150_000; ; ) {
        if (proc.exitCode !== null) throw new Error(`start-cluster exited (${proc.exitCode}):\n${output}`);
        const ok = await fetch(`http://127.0.0.1:${p}/api/v1/monitoring/health`).then((r) => r.ok, () => false);
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`port ${p} never became healthy:\n${output}`);
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  }, 180_000);

  afterAll(async () => {
    if (proc && proc.exitCode === null) {
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGKILL");
      await exited;
    }
    await drop?.().catch(() => undefined);
    if (redis) {
      await dropRedisPrefix(redis, prefix);
      redis.disconnect();
    }
  }, 60_000);

  it("serves one set of accounts from both web processes, then stops cleanly on SIGTERM", async () => {
    const a = api(`http://127.0.0.1:${port}`);
    const b = api(`http://127.0.0.1:${port + 1}`);
    const account = await registerV1(a);
    const me = await b("GET", "/api/auth/me", { token: account.token });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(account.email);
    const health = await b("GET", "/api/v1/monitoring/health");
    expect(health.body).toMatchObject({ database: { driver: "postgresql" }, queue: { backend: "bullmq" } });
    expect(output).not.toMatch(/no compiled API route table/);

    const exited = new Promise<number | null>((r) => proc.once("exit", (code) => r(code)));
    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);
});
