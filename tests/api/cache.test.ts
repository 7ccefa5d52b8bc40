import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropRedisPrefix, testRedis, TEST_REDIS_URL, uniqueRedisPrefix } from "@/lib/redis/testing";
import { startServer, type TestServer } from "../support/server";
import { api, expectError, registerCompany, registerV1 } from "./helpers/accounts";
import { createAdmin, login } from "./helpers/jobs";

// Seed 004's monitoring endpoints on both caches: in memory (no REDIS_URL) and in Redis.
const redisClient = await testRedis("the API tests of the Redis cache are skipped");
afterAll(() => redisClient?.disconnect());

const PREFIXES = ["resume_analysis", "vacancy_requirements", "resume_score", "statistics", "file_processing"];
const MEMORY_TEXT = /^\d+(\.\d)?(B|KB|MB|GB|TB)$/;

const backends: Array<["memory" | "redis", Redis | null | undefined]> = [
  ["memory", undefined],
  ["redis", redisClient],
];

describe.each(backends)("cache monitoring, %s cache", (backend, client) => {
  const skip = backend === "redis" && !client;
  const redisPrefix = uniqueRedisPrefix("cacheapi");
  let server: TestServer;
  let dataDir: string;
  let company: { token: string; companyId: string };
  let candidate: { token: string };
  let admin: { email: string; password: string } | undefined;

  beforeAll(async () => {
    if (skip) return;
    dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-cache-"));
    // Before the server starts: PGlite opens in one process at a time.
    if (backend === "redis") admin = await createAdmin({ dataDir });
    server = await startServer({
      dataDir,
      env: backend === "redis" ? { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: redisPrefix } : { REDIS_URL: "" },
    });
    company = await registerCompany(api(server.url));
    candidate = await registerV1(api(server.url));
  });
  afterAll(async () => {
    await server?.stop();
    if (client) await dropRedisPrefix(client, redisPrefix);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  describe.skipIf(skip)("endpoints", () => {
    it("health names the adapters this process runs on", async () => {
      const res = await api(server.url)("GET", "/api/v1/monitoring/health");
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: "healthy",
        cache_service: "healthy",
        cache: { status: "healthy", backend },
        rate_limit: { status: "healthy", backend },
        realtime: { status: "healthy", mode: backend === "redis" ? "redis" : "in-process" },
        queue: { status: "healthy" },
      });
      expect(Date.parse(res.body.timestamp)).not.toBeNaN();
    });

    it("cache info is for companies and admins only", async () => {
      const call = api(server.url);
      expectError(await call("GET", "/api/v1/monitoring/cache/info"), 401, "UNAUTHORIZED");
      expectError(await call("GET", "/api/v1/monitoring/cache/info", { token: candidate.token }), 403, "FORBIDDEN");
      expectError(await call("POST", "/api/v1/monitoring/cache/clear", { token: candidate.token }), 403, "FORBIDDEN");
      expectError(await call("POST", "/api/v1/monitoring/cache/clear"), 401, "UNAUTHORIZED");
    });

    it("reports keys per area and memory in seed 004's shape", async () => {
      const res = await api(server.url)("GET", "/api/v1/monitoring/cache/info", { token: company.token });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body.cache_info).sort()).toEqual([...PREFIXES, "memory_usage", "total_keys"].sort());
      for (const p of PREFIXES) expect(res.body.cache_info[p]).toEqual(expect.any(Number));
      expect(res.body.cache_info.total_keys).toBeGreaterThanOrEqual(0);
      expect(res.body.cache_info.memory_usage.used_memory).toMatch(MEMORY_TEXT);
      expect(res.body.cache_info.memory_usage.total_memory).toMatch(MEMORY_TEXT);
      expect(res.body.cache_healthy).toBe(true);
    });

    it("clears everything or one known area, and refuses unknown areas", async () => {
      const call = api(server.url);
      const all = await call("POST", "/api/v1/monitoring/cache/clear", { token: company.token });
      expect(all.status).toBe(200);
      expect(all.body).toEqual({ success: true, message: "Cleared all cache", cleared: expect.any(Number) });

      const one = await call("POST", "/api/v1/monitoring/cache/clear?prefix=resume_score", { token: company.token });
      expect(one.status).toBe(200);
      expect(one.body).toEqual({ success: true, message: "Cleared cache with prefix resume_score", cleared: 0 });

      const bad = await call("POST", "/api/v1/monitoring/cache/clear?prefix=*", { token: company.token });
      expectError(bad, 422, "VALIDATION_ERROR");
    });

    it.runIf(backend === "redis")("lets an admin count and clear every key in Redis, and nobody else's", async () => {
      const call = api(server.url);
      const token = await login(call, admin!);
      const ns = `${redisPrefix}:cache`;
      await client!.set(`${ns}:resume_score:r1:v1`, "85.5", "EX", 60);
      await client!.set(`${ns}:c:${company.companyId}:resume_score:r2:v1`, "40", "EX", 60);
      await client!.set(`${ns}:statistics:overview`, "{}", "EX", 60);
      // Someone else's keys on the same Redis are neither counted nor cleared.
      await client!.set(`${redisPrefix}-other:cache:resume_score:r1`, "1", "EX", 60);

      const info = await call("GET", "/api/v1/monitoring/cache/info", { token });
      expect(info.body.cache_info).toMatchObject({ resume_score: 2, statistics: 1, resume_analysis: 0, total_keys: 3 });

      const one = await call("POST", "/api/v1/monitoring/cache/clear?prefix=resume_score", { token });
      expect(one.body).toMatchObject({ message: "Cleared cache with prefix resume_score", cleared: 2 });
      expect(await client!.exists(`${ns}:resume_score:r1:v1`, `${ns}:c:${company.companyId}:resume_score:r2:v1`)).toBe(0);
      expect(await client!.exists(`${ns}:statistics:overview`)).toBe(1);

      const all = await call("POST", "/api/v1/monitoring/cache/clear", { token });
      expect(all.body).toMatchObject({ message: "Cleared all cache", cleared: 1 });
      expect(await client!.exists(`${redisPrefix}-other:cache:resume_score:r1`)).toBe(1);
      await client!.del(`${redisPrefix}-other:cache:resume_score:r1`);

      const after = await call("GET", "/api/v1/monitoring/cache/info", { token });
      expect(after.body.cache_info.total_keys).toBe(0);
    });

    it.runIf(backend === "redis")("gives a company its own entries only: another company's and the shared ones are out of reach", async () => {
      const call = api(server.url);
      const adminToken = await login(call, admin!);
      const other = await registerCompany(call, "Other Hiring");
      const ns = `${redisPrefix}:cache`;
      const mine = `${ns}:c:${company.companyId}`;
      const theirs = `${ns}:c:${other.companyId}`;
      await client!.set(`${mine}:resume_score:r1:v1`, "85.5", "EX", 60);
      await client!.set(`${mine}:statistics:overview`, "{}", "EX", 60);
      await client!.set(`${theirs}:resume_score:r1:v1`, "12", "EX", 60);
      await client!.set(`${theirs}:statistics:overview`, "{}", "EX", 60);
      await client!.set(`${ns}:vacancy_requirements:v1`, "[]", "EX", 60);

      const own = await call("GET", "/api/v1/monitoring/cache/info", { token: company.token });
      expect(own.body.cache_info).toMatchObject({ resume_score: 1, statistics: 1, vacancy_requirements: 0, total_keys: 2 });
      expect(own.body.cache_info.memory_usage.used_memory).toMatch(MEMORY_TEXT);
      const everything = await call("GET", "/api/v1/monitoring/cache/info", { token: adminToken });
      expect(everything.body.cache_info).toMatchObject({ resume_score: 2, statistics: 2, vacancy_requirements: 1, total_keys: 5 });

      const area = await call("POST", "/api/v1/monitoring/cache/clear?prefix=resume_score", { token: company.token });
      expect(area.body).toMatchObject({ cleared: 1 });
      expect(await client!.exists(`${theirs}:resume_score:r1:v1`)).toBe(1);
      const all = await call("POST", "/api/v1/monitoring/cache/clear", { token: company.token });
      expect(all.body).toMatchObject({ message: "Cleared all cache", cleared: 1 });
      expect(await client!.exists(`${mine}:statistics:overview`)).toBe(0);
      expect(await client!.exists(`${theirs}:resume_score:r1:v1`, `${theirs}:statistics:overview`, `${ns}:vacancy_requirements:v1`)).toBe(3);

      const theirInfo = await call("GET", "/api/v1/monitoring/cache/info", { token: other.token });
      expect(theirInfo.body.cache_info.total_keys).toBe(2);
      const left = await call("GET", "/api/v1/monitoring/cache/info", { token: adminToken });
      expect(left.body.cache_info.total_keys).toBe(3);
      await call("POST", "/api/v1/monitoring/cache/clear", { token: adminToken });
    });
  });
});
