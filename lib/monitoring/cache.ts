import type { Actor } from "@/lib/auth";
import { cache, type CacheInfo, type CachePrefix } from "@/lib/cache";
import { notifyUser } from "@/lib/realtime";

export async function cacheStatus(): Promise<{ info: CacheInfo; healthy: boolean }> {
  const store = cache();
  const [info, healthy] = await Promise.all([store.info(), store.ping()]);
  return { info, healthy };
}

/**
 * Clears the cache, or one of seed 004's areas, and tells the caller's open pages (Socket.IO
 * `/system`, event `cache:cleared`) on whichever app process they are connected to.
 */
export async function clearCache({ actor, prefix }: { actor: Actor; prefix?: CachePrefix }): Promise<number> {
  const cleared = await cache().clear(prefix);
  notifyUser(actor.id, "cache:cleared", { prefix: prefix ?? null, cleared });
  return cleared;
}
