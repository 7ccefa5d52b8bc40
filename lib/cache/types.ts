/**
 * Seed 004's cache areas. Keys are `<prefix>:<rest>`; `info()` counts keys per prefix and
 * `clear(prefix)` empties one area.
 */
export const CACHE_PREFIXES = ["resume_analysis", "vacancy_requirements", "resume_score", "statistics", "file_processing"] as const;
export type CachePrefix = (typeof CACHE_PREFIXES)[number];

export interface CacheInfo {
  backend: "memory" | "redis";
  counts: Record<CachePrefix, number>;
  /** Every key in the cache, including ones outside the known prefixes. */
  totalKeys: number;
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
  /** Removes every key under `prefix` (or every key) and returns how many were removed. */
  clear(prefix?: string): Promise<number>;
  info(): Promise<CacheInfo>;
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

/** The area a key belongs to, if it is one of the known prefixes. */
export function prefixOf(key: string): CachePrefix | undefined {
  const head = key.slice(0, key.indexOf(":"));
  return (CACHE_PREFIXES as readonly string[]).includes(head) ? (head as CachePrefix) : undefined;
}
