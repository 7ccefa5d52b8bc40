/**
 * Seed 004's cache areas. Keys are `<prefix>:<rest>`; `info()` counts keys per prefix and
 * `clear(prefix)` empties one area.
 */
export const CACHE_PREFIXES = ["resume_analysis", "vacancy_requirements", "resume_score", "statistics", "file_processing"] as const;
export type CachePrefix = (typeof CACHE_PREFIXES)[number];

/** Whose entries these are: a company's (its resumes, scores, statistics) or one user's. */
export type CacheOwner = { companyId: string } | { userId: string };

export interface CacheInfo {
  backend: "memory" | "redis";
  counts: Record<CachePrefix, number>;
  /** Every key in view, including ones outside the known prefixes. */
  totalKeys: number;
  /**
   * The whole cache: the store's own figures (Redis: the server's used memory and limit). One
   * owner's view: the size of its entries, and the cache's limit.
   */
  memory: { usedBytes: number; totalBytes: number | null };
}

/**
 * A JSON cache with per-entry expiry. Values go through JSON on both stores, so a Date comes back
 * as a string whichever store is configured.
 */
export interface Cache {
  readonly backend: "memory" | "redis";
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  del(key: string): Promise<void>;
  /** Removes every key in view under `prefix` (or every key in view) and returns how many were removed. */
  clear(prefix?: string): Promise<number>;
  info(): Promise<CacheInfo>;
  ping(): Promise<boolean>;
}

/**
 * The whole cache. Its own get/set address shared entries (no owner); `scoped(owner)` is the view
 * of one owner's entries, and what is written through it is counted and cleared with that owner.
 * Its info() and clear() cover every entry of every owner (admins only).
 */
export interface SharedCache extends Cache {
  scoped(owner: CacheOwner): Cache;
}

/**
 * What a store does with keys relative to its namespace. `under` is a key prefix ending at a
 * segment boundary ("c:42" covers "c:42:x", not "c:421:x"); "" is the whole namespace.
 */
export interface CacheStore {
  readonly backend: "memory" | "redis";
  get(key: string): Promise<string | undefined>;
  set(key: string, text: string, ttlSeconds: number): Promise<void>;
  del(key: string): Promise<void>;
  scan(under: string, visit: (keys: string[]) => void | Promise<void>): Promise<void>;
  /** Removes these keys; returns how many there were. */
  remove(keys: string[]): Promise<number>;
  removeUnder(under: string): Promise<number>;
  /** Bytes the entries of these keys take (key and value text). */
  sizeOf(keys: string[]): Promise<number>;
  memory(): Promise<{ usedBytes: number; totalBytes: number | null }>;
  ping(): Promise<boolean>;
}

export function serialize(key: string, value: unknown, ttlSeconds: number): string {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new RangeError(`cache ttl must be a positive integer, got ${ttlSeconds}`);
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`cache value for ${key} is not JSON`);
  return text;
}

export function emptyCounts(): Record<CachePrefix, number> {
  return Object.fromEntries(CACHE_PREFIXES.map((p) => [p, 0])) as Record<CachePrefix, number>;
}

/** The area a key (without its owner part) belongs to, if it is one of the known prefixes. */
export function prefixOf(key: string): CachePrefix | undefined {
  const head = key.slice(0, key.indexOf(":"));
  return (CACHE_PREFIXES as readonly string[]).includes(head) ? (head as CachePrefix) : undefined;
}
