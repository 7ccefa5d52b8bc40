import type { Actor } from "@/lib/auth";
import { cache, type Cache, type CacheInfo, type CachePrefix } from "@/lib/cache";
import { errors } from "@/lib/http/errors";
import { notifyUser } from "@/lib/realtime";

/**
 * The part of the cache an actor may see and clear: an admin's is the whole cache (every
 * company's entries and the shared ones); a company's (seed 004's recruiter) only its own
 * entries, since the cache is shared by every company on the server.
 */
function cacheOf(actor: Actor): Cache {
  if (actor.role === "admin") return cache();
  if (actor.role === "company" && actor.companyId) return cache().scoped({ companyId: actor.companyId });
  throw errors.forbidden("Only companies and admins manage the cache");
}

export async function cacheStatus({ actor }: { actor: Actor }): Promise<{ info: CacheInfo; healthy: boolean }> {
  const store = cacheOf(actor);
  const [info, healthy] = await Promise.all([store.info(), store.ping()]);
  return { info, healthy };
}

/**
 * Clears the actor's part of the cache, or one of seed 004's areas in it, and tells the caller's
 * open pages (Socket.IO `/system`, event `cache:cleared`) on whichever app process they are
 * connected to.
 */
export async function clearCache({ actor, prefix }: { actor: Actor; prefix?: CachePrefix }): Promise<number> {
  const cleared = await cacheOf(actor).clear(prefix);
  notifyUser(actor.id, "cache:cleared", { prefix: prefix ?? null, cleared });
  return cleared;
}
