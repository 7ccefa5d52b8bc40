import type { CacheOwner } from "./types";

/**
 * The key layout inside the cache's namespace:
 *   <area>:<rest>                  shared entries (no owner)
 *   c:<companyId>:<area>:<rest>    a company's entries
 *   u:<userId>:<area>:<rest>       one user's entries
 * No area is named "c" or "u", so the owner part is never mistaken for one. An owner's entries
 * are then one prefix, which Redis can SCAN with MATCH and the memory store can filter.
 */
export function ownerScope(owner: CacheOwner): string {
  const [tag, id] = "companyId" in owner ? ["c", owner.companyId] : ["u", owner.userId];
  // An id with a separator or a glob character could reach into another owner's keys.
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) throw new Error(`cache owner id must be a plain id, got ${JSON.stringify(id)}`);
  return `${tag}:${id}`;
}

const OWNED = /^[cu]:[^:]+:/;

/** A key as written by its view: the owner part, if any, and the rest (`<area>:...`). */
export function splitKey(key: string): { scope: string | null; rest: string } {
  const m = OWNED.exec(key);
  return m ? { scope: m[0].slice(0, -1), rest: key.slice(m[0].length) } : { scope: null, rest: key };
}

/** Shared keys may not look like an owner's, or the owner's clear would miss them and info miscount. */
export function assertSharedKey(key: string): void {
  if (/^[cu]:/.test(key)) throw new Error(`shared cache keys may not start with "c:" or "u:" (${key}); use cache().scoped(owner)`);
}
