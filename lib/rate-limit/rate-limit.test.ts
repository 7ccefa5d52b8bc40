import { afterAll, describe, expect, it } from "vitest";
import { dropRedisPrefix, testRedis, uniqueRedisPrefix } from "@/lib/redis/testing";
import { memoryRateLimitStore, redisRateLimitStore, type RateLimitStore } from "./index";

// The same contract on both stores: the Redis one is what makes the limit hold across processes.
const redisClient = await testRedis("the Redis rate-limit store tests are skipped");
const runPrefix = uniqueRedisPrefix("rl");
afterAll(async () => {
  if (!redisClient) return;
  await dropRedisPrefix(redisClient, runPrefix);
  redisClient.disconnect();
});

const stores: Array<[string, (() => RateLimitStore) | null]> = [
  ["memory", () => memoryRateLimitStore()],
  ["redis", redisClient ? () => redisRateLimitStore(redisClient, `${runPrefix}:rl`) : null],
];

describe.each(stores)("%s rate-limit store", (_name, make) => {
  describe.skipIf(!make)("behaviour", () => {
    it("counts hits in a window and reports when it ends", async () => {
      const store = make!();
      const before = Date.now();
      expect((await store.hit("ip:a", 60_000)).count).toBe(1);
      const second = await store.hit("ip:a", 60_000);
      expect(second.count).toBe(2);
      expect(second.resetAt).toBeGreaterThan(before + 58_000);
      expect(second.resetAt).toBeLessThanOrEqual(Date.now() + 60_000);
      expect((await store.hit("ip:b", 60_000)).count).toBe(1);
    });

    it("starts a new window once the old one has passed", async () => {
      const store = make!();
      await store.hit("ip:w", 150);
      await store.hit("ip:w", 150);
      await new Promise((r) => setTimeout(r, 250));
      expect((await store.hit("ip:w", 150)).count).toBe(1);
    });

    it("peeks without counting, and resets", async () => {
      const store = make!();
      expect(await store.peek("ip:p")).toBeNull();
      await store.hit("ip:p", 60_000);
      expect((await store.peek("ip:p"))?.count).toBe(1);
      expect((await store.peek("ip:p"))?.count).toBe(1);
      await store.reset("ip:p");
      expect(await store.peek("ip:p")).toBeNull();
      expect((await store.hit("ip:p", 60_000)).count).toBe(1);
    });

    it("loses no count under concurrent hits", async () => {
      const store = make!();
      const counts = await Promise.all(Array.from({ length: 200 }, () => store.hit("ip:c", 60_000)));
      expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    });
  });
});

describe.skipIf(!redisClient)("redis rate-limit store keys", () => {
  it("never leaves a counter without an expiry", async () => {
    const namespace = `${runPrefix}:ttl`;
    await redisRateLimitStore(redisClient!, namespace).hit("ip:t", 60_000);
    const pttl = await redisClient!.pttl(`${namespace}:ip:t`);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(60_000);
  });
});
