import { logger } from "@/lib/log";
import { redis, redisConfigured, redisKey } from "@/lib/redis";
import { memoryCache } from "./memory-store";
import { redisCache } from "./redis-store";
import { CACHE_PREFIXES, type Cache, type CachePrefix, type SharedCache } from "./types";

export { CACHE_PREFIXES, type Cache, type CacheInfo, type CacheOwner, type CachePrefix, type SharedCache } from "./types";
export { memoryCache } from "./memory-store";
export { redisCache } from "./redis-store";
export { formatBytes } from "./format-bytes";

// Shared by the custom server and Next's bundled route handlers (one process, two module copies).
const state = ((globalThis as unknown as { offerpathCache?: { cache?: SharedCache } }).offerpathCache ??= {});

/**
 * The process's cache: Redis when REDIS_URL is set, otherwise in memory. Entries written on
 * behalf of a company or a user go through `cache().scoped({ companyId })` / `({ userId })`, so
 * that owner's info and clear reach them and nobody else's.
 */
export function cache(): SharedCache {
  return (state.cache ??= redisConfigured() ? redisCache(redis(), redisKey("cache")) : memoryCache());
}

/** `resume_score:<id>:<vacancyId>`: a key in one of seed 004's areas. */
export function cacheKey(prefix: CachePrefix, ...parts: string[]): string {
  return [prefix, ...parts].join(":");
}

export function isCachePrefix(value: string): value is CachePrefix {
  return (CACHE_PREFIXES as readonly string[]).includes(value);
}

/**
 * Returns the cached value for `key`, or computes, stores and returns it. `cached` says which,
 * as seed 004's score answer reports. The cache is an optimisation: when it fails, the value is
 * computed and the failure only logged.
 */
export async function cached<T>(
  key: string,
  ttlSeconds: number,
  compute: () => Promise<T>,
  store: Cache = cache(),
): Promise<{ value: T; cached: boolean }> {
  try {
    const hit = await store.get<T>(key);
    if (hit !== undefined) return { value: hit, cached: true };
  } catch (err) {
    logger.warn({ err, key }, "cache read failed");
  }
  const value = await compute();
  await store.set(key, value, ttlSeconds).catch((err) => logger.warn({ err, key }, "cache write failed"));
  return { value, cached: false };
}
