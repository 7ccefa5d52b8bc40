import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropRedisPrefix, testRedis, TEST_REDIS_URL, uniqueRedisPrefix } from "@/lib/redis/testing";
import { databaseKinds, freshDataDir, freshPostgresDatabase, startServer, type TestServer } from "../support/server";
import { api, expectError, registerV1 } from "./helpers/accounts";
import { createAdmin, login, scriptEnv, startScript, waitForJob } from "./helpers/jobs";

const LEASE_MS = "2000";

describe.each(databaseKinds({ embedded: true }))("background jobs on %s", (kind) => {
  let dataDir: string;
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let server: TestServer | undefined;
  let admin: { email: string; password: string };

  const start = () =>
    startServer({ kind, dataDir, databaseUrl: database?.url, env: { QUEUE_LEASE_MS: LEASE_MS, QUEUE_POLL_MS: "200" } });

  beforeAll(async () => {
    dataDir = freshDataDir("offerpath-jobs-");
    if (kind === "postgres") database = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!);
    // Before the server starts: PGlite opens in one process at a time.
    admin = await createAdmin({ dataDir, databaseUrl: database?.url });
    server = await start();
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("lets only admins start the self-test job and read jobs", async () => {
    const call = api(server!.url);
    expectError(await call("POST", "/api/v1/monitoring/jobs/selftest", { json: {} }), 401, "UNAUTHORIZED");
    const candidate = await registerV1(call);
    expectError(await call("POST", "/api/v1/monitoring/jobs/selftest", { json: {}, token: candidate.token }), 403, "FORBIDDEN");
    expectError(await call("GET", "/api/v1/monitoring/jobs", { token: candidate.token }), 403, "FORBIDDEN");
    const token = await login(call, admin);
    const missing = await call("GET", "/api/v1/monitoring/jobs/00000000-0000-4000-8000-000000000000", { token });
    expectError(missing, 404, "JOB_NOT_FOUND");
  });

  it("shows a job's status to its owner, and not to another user, who cannot tell it exists", async () => {
    const call = api(server!.url);
    const token = await login(call, admin);
    const res = await call("POST", "/api/v1/monitoring/jobs/selftest", { json: { steps: 1, step_ms: 10 }, token });
    expect(res.status).toBe(202);
    const own = await call("GET", `/api/v1/jobs/${res.body.job_id}`, { token });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body).toMatchObject({ id: res.body.job_id, name: "system.sleep-steps" });

    const candidate = await registerV1(call);
    expectError(await call("GET", `/api/v1/jobs/${res.body.job_id}`, { token: candidate.token }), 404, "JOB_NOT_FOUND");
    expectError(await call("GET", "/api/v1/jobs/00000000-0000-4000-8000-000000000000", { token: candidate.token }), 404, "JOB_NOT_FOUND");
    expectError(await call("GET", `/api/v1/jobs/${res.body.job_id}`), 401, "UNAUTHORIZED");
  });

  it("runs a job in the web process and reports its progress and result", async () => {
    const call = api(server!.url);
    const token = await login(call, admin);
    const health = await call("GET", "/api/v1/monitoring/jobs", { token });
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ backend: "in-process", ok: true, workers_in_this_process: true });

    const res = await call("POST", "/api/v1/monitoring/jobs/selftest", { json: { steps: 3, step_ms: 50, fail_times: 1 }, token });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const job = await waitForJob(call, token, res.body.job_id, (j) => j.status === "completed" || j.status === "failed");
    // The first run fails on purpose; the retry after the backoff finishes it.
    expect(job).toMatchObject({ name: "system.sleep-steps", status: "completed", progress: 100, attempts: 2, max_attempts: 3 });
    expect(job.result).toMatchObject({ steps: 3, attempt: 2, resumed_from_step: 0 });
  });

  it("finishes a job after the web process was killed in the middle of it", async () => {
    let call = api(server!.url);
    const token = await login(call, admin);
    const res = await call("POST", "/api/v1/monitoring/jobs/selftest", { json: { steps: 10, step_ms: 400 }, token });
    expect(res.status).toBe(202);
    const jobId = res.body.job_id;
    const midway = await waitForJob(call, token, jobId, (j) => j.progress >= 30);
    expect(midway.status).toBe("running");

    await server!.stop("SIGKILL");
    server = await start();
    call = api(server.url);

    // The state outlived the process, and the job goes on from where it stopped.
    const after = await waitForJob(call, token, jobId, (j) => j.status === "completed" || j.status === "failed");
    expect(after).toMatchObject({ status: "completed", progress: 100, attempts: 2 });
    expect(after.result.resumed_from_step).toBeGreaterThanOrEqual(3);
    expect(after.result.steps).toBe(10);
  }, 120_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("a separate worker process (PostgreSQL)", () => {
  it.for(["bullmq", "table polling"] as const)(
    "does a job a web process with QUEUE_WORKERS=off enqueued, through %s",
    { timeout: 120_000 },
    async (backend: "bullmq" | "table polling", ctx): Promise<void> => {
      const redis = backend === "bullmq" ? await testRedis("the BullMQ worker test needs it") : null;
      if (backend === "bullmq" && !redis) {
        ctx.skip();
        return;
      }
      const prefix = uniqueRedisPrefix("jobs");
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-worker-"));
      const database = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!);
      const queueEnv = { REDIS_URL: redis ? TEST_REDIS_URL : "", REDIS_PREFIX: prefix, QUEUE_POLL_MS: "200" };
      let web: TestServer | undefined;
      let worker: ReturnType<typeof startScript> | undefined;
      try {
        const admin = await createAdmin({ dataDir, databaseUrl: database.url });
        web = await startServer({ databaseUrl: database.url, env: { ...queueEnv, QUEUE_WORKERS: "off" } });
        const call = api(web.url);
        const token = await login(call, admin);
        const health = await call("GET", "/api/v1/monitoring/jobs", { token });
        expect(health.body).toMatchObject({
          backend: backend === "bullmq" ? "bullmq" : "in-process",
          ok: true,
          workers_in_this_process: false,
        });

        const res = await call("POST", "/api/v1/monitoring/jobs/selftest", { json: { steps: 4, step_ms: 100 }, token });
        expect(res.status).toBe(202);
        const jobId = res.body.job_id;
        await new Promise((r) => setTimeout(r, 1500));
        // No worker yet: the web process only enqueued it.
        expect((await waitForJob(call, token, jobId, () => true)).status).toBe("queued");

        worker = startScript(
          "worker.ts",
          [],
          scriptEnv(
            { dataDir, databaseUrl: database.url },
            { ...queueEnv, NODE_ENV: "production", AUTH_SECRET: "test-secret-test-secret-test-secret-0123" },
          ),
        );
        const done = await waitForJob(call, token, jobId, (j) => j.status === "completed" || j.status === "failed");
        expect(done, worker.output()).toMatchObject({ status: "completed", progress: 100, attempts: 1 });
        expect(done.result).toMatchObject({ steps: 4, attempt: 1 });

        // The worker stops cleanly on SIGTERM, as a process manager stops it.
        const exited = new Promise<number | null>((resolve) => worker!.proc.once("exit", resolve));
        worker.proc.kill("SIGTERM");
        expect(await exited, worker.output()).toBe(0);
      } finally {
        if (worker?.proc.exitCode === null) worker.proc.kill("SIGKILL");
        await web?.stop();
        await database.drop();
        rmSync(dataDir, { recursive: true, force: true });
        if (redis) {
          await dropRedisPrefix(redis, prefix);
          redis.disconnect();
        }
      }
    },
  );
});
