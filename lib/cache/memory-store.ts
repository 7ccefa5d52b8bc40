import { LRUCache } from "lru-cache";
import { sharedCache } from "./shared-cache";
import type { CacheStore, SharedCache } from "./types";

/**
 * The embedded cache: one process, least recently used entries evicted past `maxBytes`. Entries
 * are stored as JSON text, which is also how their size is counted.
 */
export function memoryCache(opts: { maxBytes?: number } = {}): SharedCache {
  return sharedCache(memoryStore(opts));
}

function memoryStore({ maxBytes = 64 * 1024 * 1024 }: { maxBytes?: number }): CacheStore {
  const lru = new LRUCache<string, string>({
    maxSize: maxBytes,
    sizeCalculation: (value, key) => value.length + key.length || 1,
  });
  const under = (prefix: string) => (key: string) => !prefix || key === prefix || key.startsWith(`${prefix}:`);
  const live = (prefix: string) => {
    lru.purgeStale();
    return [...lru.keys()].filter(under(prefix));
  };
  return {
    backend: "memory",
    get: async (key) => lru.get(key),
    async set(key, text, ttlSeconds) {
      lru.set(key, text, { ttl: ttlSeconds * 1000 });
    },
    async del(key) {
      lru.delete(key);
    },
    async scan(prefix, visit) {
      await visit(live(prefix));
    },
    async remove(keys) {
      return keys.filter((k) => lru.delete(k)).length;
    },
    async removeUnder(prefix) {
      const keys = live(prefix);
      for (const key of keys) lru.delete(key);
      return keys.length;
    },
    async sizeOf(keys) {
      return keys.reduce((sum, k) => sum + (lru.peek(k)?.length ?? 0) + k.length, 0);
    },
    async memory() {
      lru.purgeStale();
      return { usedBytes: lru.calculatedSize, totalBytes: maxBytes };
    },
    ping: async () => true,
  };
}
