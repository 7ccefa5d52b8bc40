import type { Redis } from "ioredis";
import { pingRedis } from "@/lib/redis";
import type { RateLimitStore } from "./index";

// Counts a hit and starts the window on the first one, atomically: two processes hitting the
// same key at once can neither lose a count nor leave a counter without an expiry.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}
`;

type WithHit = Redis & { offerpathRateHit(key: string, windowMs: number): Promise<[number, number]> };

/** Fixed windows in Redis (`<namespace>:<key>`), so every app process counts against one limit. */
export function redisRateLimitStore(client: Redis, namespace: string): RateLimitStore {
  const withHit = client as WithHit;
  // defineCommand sends EVALSHA and falls back to EVAL when Redis has not seen the script yet.
  if (typeof withHit.offerpathRateHit !== "function") client.defineCommand("offerpathRateHit", { numberOfKeys: 1, lua: HIT });
  const full = (key: string) => `${namespace}:${key}`;
  const resetAt = (pttl: number, fallbackMs: number) => Date.now() + (pttl > 0 ? pttl : fallbackMs);
  return {
    backend: "redis",
    async hit(key, windowMs) {
      const [count, pttl] = await withHit.offerpathRateHit(full(key), windowMs);
      return { count, resetAt: resetAt(pttl, windowMs) };
    },
    async peek(key) {
      const [[, count], [, pttl]] = (await client.multi().get(full(key)).pttl(full(key)).exec()) as [[null, string | null], [null, number]];
      if (count === null || pttl === -2) return null;
      return { count: Number(count), resetAt: resetAt(pttl, 0) };
    },
    async reset(key) {
      await client.unlink(full(key));
    },
    async ping() {
      return (await pingRedis(client)).ok;
    },
  };
}
