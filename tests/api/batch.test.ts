import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropRedisPrefix, testRedis, TEST_REDIS_URL, uniqueRedisPrefix } from "@/lib/redis/testing";
import { databaseKinds, freshDataDir, freshPostgresDatabase, startServer, type TestServer } from "../support/server";
import { api, expectError, registerCompany, registerV1, type Call } from "./helpers/accounts";
import { scriptEnv, startScript } from "./helpers/jobs";
import { closeSockets, connected, openSocket } from "./helpers/sockets";

const FIXTURES = path.join(process.cwd(), "tests/fixtures/resumes");
const GOOD = ["batch-en.pdf", "batch-ru.pdf", "batch-1.docx", "batch-1.rtf", "batch-1.txt"];
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

// The extract helper's hostile files: an executable named .pdf, an empty file, a DOCX zip bomb.
const exe = () => fixture("exe-renamed.pdf");
const zipBomb = () => fixture("zip-bomb.docx");

type Part = { name: string; data: Uint8Array; field?: string };

function form(parts: Part[], fields: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const p of parts) f.append(p.field ?? "files[]", new Blob([new Uint8Array(p.data)]), p.name);
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const good = (n = GOOD.length): Part[] => Array.from({ length: n }, (_, i) => {
  const name = GOOD[i % GOOD.length];
  return { name: `${i}-${name}`, data: fixture(name) };
});

async function upload(call: Call, token: string, parts: Part[], opts: { fields?: Record<string, string>; query?: string } = {}) {
  return call("POST", `/api/v1/batch/upload${opts.query ?? ""}`, { token, body: form(parts, opts.fields) });
}

async function waitDone(call: Call, token: string, batchId: string, ms = 90_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await call("GET", `/api/v1/batch/status/${batchId}`, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status !== "processing") return res.body;
    if (Date.now() > deadline) throw new Error(`batch ${batchId} still processing: ${JSON.stringify(res.body)}`);
    // Under the 100 requests a minute a client may make.
    await new Promise((r) => setTimeout(r, 650));
  }
}

const watch = (socket: Socket, batchId: string) =>
  new Promise<any>((resolve) => socket.emit("batch:watch", { batch_id: batchId }, resolve));

describe.each(databaseKinds({ embedded: true }))("resume batches on %s", (kind) => {
  let server: TestServer;
  let call: Call;
  let x: Awaited<ReturnType<typeof registerCompany>>;
  let y: Awaited<ReturnType<typeof registerCompany>>;

  beforeAll(async () => {
    server = await startServer({ kind });
    call = api(server.url);
    x = await registerCompany(call, "Batch X");
    y = await registerCompany(call, "Batch Y");
  });
  afterAll(async () => {
    closeSockets();
    await server?.stop();
  });

  it("analyses each file of a mixed batch on its own: good ones succeed, bad ones are errors with a reason", async () => {
    const parts: Part[] = [
      ...good(),
      { name: "setup.pdf", data: exe() },
      { name: "empty.pdf", data: fixture("empty.pdf") },
      { name: "bomb.docx", data: zipBomb() },
    ];
    const res = await upload(call, x.token, parts, { fields: { max_concurrent: "2" } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = res.body.status === "processing" ? await waitDone(call, x.token, res.body.batch_id) : res.body;
    expect(body).toMatchObject({ status: "completed", total_files: 8, successful: 5, failed: 3 });
    expect(body.processing_time_seconds).toBeGreaterThanOrEqual(0);
    expect(body.results.map((r: any) => r.file_index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const r of body.results.slice(0, 5)) {
      expect(r, JSON.stringify(r)).toMatchObject({ status: "success", resume_id: expect.any(String) });
      expect(r.sections_found).toBeGreaterThan(0);
      expect(r.skills_found).toBeGreaterThanOrEqual(0);
      expect(r.filename).toMatch(/batch-/);
    }
    const [exeResult, emptyResult, bombResult] = body.results.slice(5);
    expect(exeResult).toMatchObject({ filename: "setup.pdf", status: "error", error: expect.stringMatching(/format/i) });
    expect(emptyResult).toMatchObject({ filename: "empty.pdf", status: "error", error: expect.stringMatching(/empty/i) });
    expect(bombResult).toMatchObject({ filename: "bomb.docx", status: "error", error: expect.any(String) });
    expect(bombResult.sections_found).toBeUndefined();
  }, 120_000);

  it("accepts the files under `files` and `file` too, and names the company's vacancy only", async () => {
    const parts = [
      { name: "a.txt", data: fixture("batch-1.txt"), field: "files" },
      { name: "b.rtf", data: fixture("batch-1.rtf"), field: "file" },
    ];
    const res = await upload(call, x.token, parts);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: "completed", total_files: 2, successful: 2, failed: 0 });

    const foreign = await upload(call, x.token, parts, { fields: { vacancy_id: "00000000-0000-4000-8000-000000000000" } });
    expectError(foreign, 404, "VACANCY_NOT_FOUND");
  });

  it("refuses 51 files, no files, and max_concurrent out of 1-10 with 422 and says why", async () => {
    const small = { name: "x.txt", data: fixture("batch-1.txt") };
    const tooMany = await upload(call, x.token, Array.from({ length: 51 }, (_, i) => ({ ...small, name: `${i}.txt` })));
    expectError(tooMany, 422, "VALIDATION_ERROR");
    expect(tooMany.body.detail).toMatch(/at most 50 files/);
    expectError(await upload(call, x.token, []), 422, "VALIDATION_ERROR");
    for (const bad of ["0", "11", "abc", "2.5"]) {
      const res = await upload(call, x.token, [small], { fields: { max_concurrent: bad } });
      expectError(res, 422, "VALIDATION_ERROR");
      expect(res.body.detail).toMatch(/max_concurrent/);
    }
    // Nothing was started by the refused uploads.
    const stats = await call("GET", "/api/v1/batch/statistics", { token: y.token });
    expect(stats.body.total_batches).toBe(0);
  });

  it("is for companies only", async () => {
    const small = [{ name: "x.txt", data: fixture("batch-1.txt") }];
    expectError(await call("POST", "/api/v1/batch/upload", { body: form(small) }), 401, "UNAUTHORIZED");
    const candidate = await registerV1(call);
    expectError(await upload(call, candidate.token, small), 403, "FORBIDDEN");
    expectError(await call("GET", "/api/v1/batch/statistics", { token: candidate.token }), 403, "FORBIDDEN");
  });

  it("reports a batch's status and the company's statistics, and shows neither to another company", async () => {
    const res = await upload(call, y.token, good(3), { query: "?wait=false" });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("processing");
    const batchId = res.body.batch_id;
    const done = await waitDone(call, y.token, batchId);
    expect(done).toMatchObject({ batch_id: batchId, status: "completed", total_files: 3, successful: 3, failed: 0, max_concurrent: 3, vacancy_id: null });
    expect(Date.parse(done.end_time)).toBeGreaterThanOrEqual(Date.parse(done.start_time));

    // An all-bad batch fails.
    const bad = await upload(call, y.token, [{ name: "e.pdf", data: new Uint8Array(0) }]);
    expect(bad.body).toMatchObject({ status: "failed", total_files: 1, successful: 0, failed: 1 });

    const stats = await call("GET", "/api/v1/batch/statistics", { token: y.token });
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ total_batches: 2, successful_batches: 1, failed_batches: 1, total_files_processed: 4 });
    expect(stats.body.average_processing_time).toBeGreaterThanOrEqual(0);
    // The history the statistics page charts: Y's batches only, newest first.
    expect(stats.body.recent_batches.map((b: { batch_id: string }) => b.batch_id)).toEqual([bad.body.batch_id, batchId]);
    expect(stats.body.recent_batches[1]).toMatchObject({ status: "completed", total_files: 3, successful: 3, failed: 0 });

    // X's statistics do not count Y's batches, and X cannot read Y's batch.
    const xStats = await call("GET", "/api/v1/batch/statistics", { token: x.token });
    expect(xStats.body.total_batches).toBeGreaterThanOrEqual(1);
    expect(xStats.body.total_files_processed).not.toBe(0);
    const z = await registerCompany(call, "Batch Z");
    const zStats = await call("GET", "/api/v1/batch/statistics", { token: z.token });
    expect(zStats.body).toEqual({ total_batches: 0, successful_batches: 0, failed_batches: 0, average_processing_time: 0, total_files_processed: 0, recent_batches: [] });
    expectError(await call("GET", `/api/v1/batch/status/${batchId}`, { token: z.token }), 404, "BATCH_NOT_FOUND");
    expectError(await call("GET", "/api/v1/batch/status/batch_20240101_120000", { token: y.token }), 404, "BATCH_NOT_FOUND");
  });

  it("sends progress for every file to the batch's company, and lets no other company watch it", async () => {
    const parts = [...good(10), { name: "bad.pdf", data: exe() }];
    const res = await upload(call, x.token, parts, { query: "?wait=false", fields: { max_concurrent: "1" } });
    expect(res.status).toBe(200);
    const batchId = res.body.batch_id;

    const mine = openSocket(server.url, "/resume-batches", { token: x.token });
    await connected(mine);
    const events: any[] = [];
    mine.on("batch:progress", (e) => events.push(e));
    const ack = await watch(mine, batchId);
    expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true, batch: { batch_id: batchId, total_files: 11 } });

    const theirs = openSocket(server.url, "/resume-batches", { token: y.token });
    await connected(theirs);
    const leaked: any[] = [];
    theirs.on("batch:progress", (e) => leaked.push(e));
    expect(await watch(theirs, batchId)).toMatchObject({ error: { code: "BATCH_NOT_FOUND" } });
    expect(await watch(theirs, "not-a-uuid")).toMatchObject({ error: { code: "VALIDATION_ERROR" } });

    const done = await waitDone(call, x.token, batchId);
    await new Promise((r) => setTimeout(r, 300));
    // Every file not already finished when the watch began was reported finished, with the counts.
    const finishedAtWatch = new Set(ack.batch.results.filter((r: any) => r.status === "success" || r.status === "error").map((r: any) => r.file_index));
    const reported = new Set(events.filter((e) => e.status === "success" || e.status === "error").map((e) => e.file_index));
    for (let i = 0; i < 11; i++) expect(finishedAtWatch.has(i) || reported.has(i), `file ${i}`).toBe(true);
    if (!ack.batch.results.every((r: any) => r.status === "success" || r.status === "error")) {
      expect(events.length).toBeGreaterThan(0);
      expect(events.at(-1)).toMatchObject({ batch_id: batchId, done: true, successful: 10, failed: 1, total_files: 11 });
    }
    for (const e of events) expect(e).toMatchObject({ batch_id: batchId, filename: expect.any(String), total_files: 11 });
    expect(done).toMatchObject({ status: "completed", successful: 10, failed: 1 });
    expect(leaked).toEqual([]);

    // A candidate cannot even connect.
    const candidate = await registerV1(call);
    const refused = openSocket(server.url, "/resume-batches", { token: candidate.token });
    await expect(connected(refused)).rejects.toThrow(/FORBIDDEN/);
  }, 120_000);
});

describe("a batch outliving its server", () => {
  let dataDir: string;
  let server: TestServer | undefined;
  const start = () => startServer({ kind: "pglite", dataDir, env: { QUEUE_LEASE_MS: "2000", QUEUE_POLL_MS: "200" } });
  beforeAll(async () => {
    dataDir = freshDataDir("offerpath-batch-");
    server = await start();
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("finishes every file, each counted once, after the server was killed in the middle", async () => {
    let call = api(server!.url);
    const company = await registerCompany(call, "Batch Restart");
    const res = await upload(call, company.token, good(16), { query: "?wait=false", fields: { max_concurrent: "1" } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const batchId = res.body.batch_id;
    for (;;) {
      const s = await call("GET", `/api/v1/batch/status/${batchId}`, { token: company.token });
      expect(s.body.status, "the batch finished before the server could be killed").toBe("processing");
      if (s.body.successful >= 2) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await server!.stop("SIGKILL");
    server = await start();
    call = api(server.url);
    const done = await waitDone(call, company.token, batchId, 120_000);
    expect(done).toMatchObject({ status: "completed", total_files: 16, successful: 16, failed: 0 });
    expect(done.results.every((r: any) => r.status === "success")).toBe(true);
  }, 240_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("a batch run by a separate worker process (BullMQ, PostgreSQL)", () => {
  it("completes, with progress reaching the web process's sockets through Redis", { timeout: 180_000 }, async (ctx) => {
    const redis = await testRedis("the BullMQ batch test needs it");
    if (!redis) return ctx.skip();
    const prefix = uniqueRedisPrefix("batch");
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-batch-worker-"));
    const database = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!);
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, DATA_DIR: dataDir };
    let web: TestServer | undefined;
    let worker: ReturnType<typeof startScript> | undefined;
    try {
      web = await startServer({ databaseUrl: database.url, dataDir, env: { ...env, QUEUE_WORKERS: "off", RATE_LIMIT_PER_MINUTE: "100000" } });
      const call = api(web.url);
      const company = await registerCompany(call, "Batch Worker");
      const res = await upload(call, company.token, good(6), { query: "?wait=false", fields: { max_concurrent: "2" } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const batchId = res.body.batch_id;
      const socket = openSocket(web.url, "/resume-batches", { token: company.token });
      await connected(socket);
      const events: any[] = [];
      socket.on("batch:progress", (e) => events.push(e));
      expect(await watch(socket, batchId)).toMatchObject({ ok: true });
      await new Promise((r) => setTimeout(r, 1000));
      // No worker yet: the web process only queued the lanes.
      const waiting = await call("GET", `/api/v1/batch/status/${batchId}`, { token: company.token });
      expect(waiting.body).toMatchObject({ status: "processing", successful: 0 });

      worker = startScript("worker.ts", [], scriptEnv({ dataDir, databaseUrl: database.url }, { ...env, NODE_ENV: "production", AUTH_SECRET: "test-secret-test-secret-test-secret-0123" }));
      const done = await waitDone(call, company.token, batchId, 150_000);
      expect(done, worker.output()).toMatchObject({ status: "completed", total_files: 6, successful: 6, failed: 0 });
      await new Promise((r) => setTimeout(r, 500));
      expect(events.filter((e) => e.status === "success").map((e) => e.file_index).sort()).toEqual([0, 1, 2, 3, 4, 5]);
      expect(events.at(-1)).toMatchObject({ done: true, successful: 6 });
    } finally {
      closeSockets();
      if (worker?.proc.exitCode === null) worker.proc.kill("SIGKILL");
      await web?.stop();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
      await dropRedisPrefix(redis, prefix);
      redis.disconnect();
    }
  });
});
