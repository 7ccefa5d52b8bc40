import { cache } from "@/lib/cache";
import { logger } from "@/lib/log";
import { redisRateLimitStore, setRateLimitStore } from "@/lib/rate-limit";
import { closeRedis, pingRedis, redis, redisConfigured, redisKey } from "@/lib/redis";

/**
 * Chooses the adapters for this process from the environment (DESIGN.md "One machine, many
 * machines"): with REDIS_URL the cache and rate-limit counters live in Redis, shared by every app
 * process; without it, in memory. Socket.IO picks its adapter in attachRealtime. Call once at
 * start, before serving requests.
 */
export async function initInfrastructure(): Promise<{ cache: string; rateLimit: string }> {
  if (redisConfigured()) {
    setRateLimitStore(redisRateLimitStore(redis(), redisKey("rl")));
    const { ok } = await pingRedis();
    // Not fatal: every Redis-backed part degrades (see checkHealth) and recovers on reconnect.
    if (!ok) logger.error("REDIS_URL is set but Redis does not answer; running degraded until it does");
  }
  const store = cache();
  const chosen = { cache: store.backend, rateLimit: redisConfigured() ? "redis" : "memory" };
  logger.info(chosen, "infrastructure ready");
  return chosen;
}

/** Closes what initInfrastructure and the adapters opened (graceful shutdown). */
export async function closeInfrastructure(): Promise<void> {
  await closeRedis();
}
