import { afterAll, describe, expect, it } from "vitest";
import { dropRedisPrefix, testRedis, uniqueRedisPrefix } from "@/lib/redis/testing";
import { cached, cacheKey, formatBytes, memoryCache, redisCache, type SharedCache } from "./index";

// One suite, run against both stores: whichever REDIS_URL selects, callers see the same cache.
const redisClient = await testRedis("the Redis cache tests are skipped");
const runPrefix = uniqueRedisPrefix("cache");
afterAll(async () => {
  if (!redisClient) return;
  await dropRedisPrefix(redisClient, runPrefix);
  redisClient.disconnect();
});

let counter = 0;
const stores: Array<[string, (() => SharedCache) | null]> = [
  ["memory", () => memoryCache()],
  ["redis", redisClient ? () => redisCache(redisClient, `${runPrefix}:${++counter}:cache`) : null],
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(stores)("%s cache", (_name, make) => {
  const newCache = () => make!();

  describe.skipIf(!make)("behaviour", () => {
    it("misses, then returns what was stored, as JSON", async () => {
      const c = newCache();
      expect(await c.get("resume_score:r1")).toBeUndefined();
      const at = new Date("2024-01-01T12:00:00Z");
      await c.set("resume_score:r1", { total_score: 85.5, matched: ["python"], at }, 60);
      expect(await c.get("resume_score:r1")).toEqual({ total_score: 85.5, matched: ["python"], at: at.toISOString() });
      await c.set("statistics:zero", 0, 60);
      expect(await c.get("statistics:zero")).toBe(0);
      await c.set("statistics:null", null, 60);
      expect(await c.get("statistics:null")).toBeNull();
    });

    it("overwrites and deletes", async () => {
      const c = newCache();
      await c.set("statistics:s", { n: 1 }, 60);
      await c.set("statistics:s", { n: 2 }, 60);
      expect(await c.get("statistics:s")).toEqual({ n: 2 });
      await c.del("statistics:s");
      expect(await c.get("statistics:s")).toBeUndefined();
    });

    it("expires an entry after its ttl", async () => {
      const c = newCache();
      await c.set("file_processing:short", "x", 1);
      await c.set("file_processing:long", "y", 60);
      expect(await c.get("file_processing:short")).toBe("x");
      await sleep(1_200);
      expect(await c.get("file_processing:short")).toBeUndefined();
      expect(await c.get("file_processing:long")).toBe("y");
      expect((await c.info()).counts.file_processing).toBe(1);
    });

    it("refuses values that are not JSON and ttls that are not positive whole seconds", async () => {
      const c = newCache();
      await expect(c.set("statistics:u", undefined, 60)).rejects.toThrow(TypeError);
      await expect(c.set("statistics:t", 1, 0)).rejects.toThrow(RangeError);
      await expect(c.set("statistics:t", 1, 1.5)).rejects.toThrow(RangeError);
    });

    it("counts keys per prefix and clears one prefix or everything", async () => {
      const c = newCache();
      await c.set(cacheKey("resume_analysis", "a"), 1, 60);
      await c.set(cacheKey("resume_analysis", "b"), 2, 60);
      await c.set(cacheKey("resume_score", "a", "v1"), 3, 60);
      await c.set("ai:other", 4, 60);
      // A key that merely starts with the same letters is not in the area.
      await c.set("resume_scoreboard:x", 5, 60);

      const info = await c.info();
      expect(info.counts).toEqual({ resume_analysis: 2, vacancy_requirements: 0, resume_score: 1, statistics: 0, file_processing: 0 });
      expect(info.totalKeys).toBe(5);
      expect(info.memory.usedBytes).toBeGreaterThan(0);

      expect(await c.clear("resume_score")).toBe(1);
      expect(await c.get("resume_score:a:v1")).toBeUndefined();
      expect(await c.get("resume_scoreboard:x")).toBe(5);
      expect(await c.get("resume_analysis:a")).toBe(1);

      expect(await c.clear()).toBe(4);
      expect((await c.info()).totalKeys).toBe(0);
      expect(await c.clear()).toBe(0);
    });

    it("clears more keys than one scan batch returns", async () => {
      const c = newCache();
      await Promise.all(Array.from({ length: 1_234 }, (_, i) => c.set(cacheKey("resume_analysis", String(i)), i, 60)));
      expect((await c.info()).counts.resume_analysis).toBe(1_234);
      expect(await c.clear("resume_analysis")).toBe(1_234);
      expect((await c.info()).totalKeys).toBe(0);
    });

    it("leaves another cache's keys alone", async () => {
      const a = newCache();
      const b = newCache();
      await a.set("statistics:k", "a", 60);
      await b.set("statistics:k", "b", 60);
      expect(await a.clear()).toBe(1);
      expect(await b.get("statistics:k")).toBe("b");
      expect((await b.info()).totalKeys).toBe(1);
    });

    it("keeps each owner's entries to itself; the whole cache sees and clears them all", async () => {
      const whole = newCache();
      const a = whole.scoped({ companyId: "company-a" });
      const b = whole.scoped({ companyId: "company-b" });
      const u = whole.scoped({ userId: "user-1" });
      for (const [view, v] of [[a, "a"], [b, "b"], [u, "u"], [whole, "shared"]] as const) {
        await view.set(cacheKey("resume_score", "r1", "v1"), v, 60);
        await view.set(cacheKey("statistics", "overview"), v, 60);
      }
      await a.set(cacheKey("resume_analysis", "r1"), "a", 60);

      expect(await a.get("resume_score:r1:v1")).toBe("a");
      expect(await b.get("resume_score:r1:v1")).toBe("b");
      expect(await whole.get("resume_score:r1:v1")).toBe("shared");
      expect(await b.get("resume_analysis:r1")).toBeUndefined();

      expect((await a.info()).counts).toMatchObject({ resume_score: 1, statistics: 1, resume_analysis: 1 });
      expect((await a.info()).totalKeys).toBe(3);
      expect((await a.info()).memory.usedBytes).toBeGreaterThan(0);
      expect((await b.info()).totalKeys).toBe(2);
      expect((await whole.info()).counts).toMatchObject({ resume_score: 4, statistics: 4, resume_analysis: 1 });
      expect((await whole.info()).totalKeys).toBe(9);

      // A company's clear reaches only its own entries.
      expect(await a.clear("resume_score")).toBe(1);
      expect(await a.get("resume_score:r1:v1")).toBeUndefined();
      expect(await b.get("resume_score:r1:v1")).toBe("b");
      expect(await a.clear()).toBe(2);
      expect((await a.info()).totalKeys).toBe(0);
      expect((await b.info()).totalKeys).toBe(2);
      expect((await whole.info()).totalKeys).toBe(6);

      // The whole cache clears an area across owners, then everything.
      expect(await whole.clear("statistics")).toBe(3);
      expect(await u.get("statistics:overview")).toBeUndefined();
      expect(await u.get("resume_score:r1:v1")).toBe("u");
      expect(await whole.clear()).toBe(3);
      expect((await whole.info()).totalKeys).toBe(0);
    });

    it("refuses owner ids and shared keys that could reach into another owner's keys", async () => {
      const whole = newCache();
      for (const companyId of ["a:b", "a*", "", "a?b", "[ab]"]) expect(() => whole.scoped({ companyId }), companyId).toThrow();
      await expect(whole.set("c:company-a:resume_score:r1", 1, 60)).rejects.toThrow();
      // "company-a" is not a prefix of "company-ab"'s entries.
      await whole.scoped({ companyId: "company-ab" }).set("statistics:x", 1, 60);
      expect(await whole.scoped({ companyId: "company-a" }).clear()).toBe(0);
      expect((await whole.scoped({ companyId: "company-ab" }).info()).totalKeys).toBe(1);
    });

    it("answers a ping", async () => {
      expect(await newCache().ping()).toBe(true);
    });

    it("computes once and then serves from the cache", async () => {
      const c = newCache();
      let calls = 0;
      const compute = async () => ({ score: ++calls });
      expect(await cached("resume_score:r9", 60, compute, c)).toEqual({ value: { score: 1 }, cached: false });
      expect(await cached("resume_score:r9", 60, compute, c)).toEqual({ value: { score: 1 }, cached: true });
      expect(calls).toBe(1);
    });
  });
});

describe.skipIf(!redisClient)("redis cache key layout", () => {
  it("puts a company's entries under its own prefix, so SCAN MATCH finds exactly them", async () => {
    const ns = `${runPrefix}:layout:cache`;
    const whole = redisCache(redisClient!, ns);
    await whole.scoped({ companyId: "co-1" }).set("resume_score:r1", 1, 60);
    await whole.set("statistics:s", 2, 60);
    expect((await redisClient!.keys(`${ns}:*`)).sort()).toEqual([`${ns}:c:co-1:resume_score:r1`, `${ns}:statistics:s`]);
  });
});

describe("memory cache", () => {
  it("evicts the least recently used entries past its size", async () => {
    const c = memoryCache({ maxBytes: 1_000 });
    for (let i = 0; i < 20; i++) await c.set(`statistics:${i}`, "x".repeat(90), 60);
    const info = await c.info();
    expect(info.memory.usedBytes).toBeLessThanOrEqual(1_000);
    expect(info.totalKeys).toBeLessThan(20);
    expect(await c.get("statistics:19")).toBe("x".repeat(90));
    expect(await c.get("statistics:0")).toBeUndefined();
  });
});

describe("formatBytes", () => {
  it("writes sizes the way seed 004 does", () => {
    expect(formatBytes(0)).toBe("0B");
    expect(formatBytes(50 * 1024 * 1024)).toBe("50MB");
    expect(formatBytes(1024 ** 3)).toBe("1GB");
    expect(formatBytes(1536 * 1024)).toBe("1.5MB");
  });
});
