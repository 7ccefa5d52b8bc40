import { LRUCache } from "lru-cache";
import { emptyCounts, prefixOf, serialize, type Cache } from "./types";

/**
 * The embedded cache: one process, least recently used entries evicted past `maxBytes`. Entries
 * are stored as JSON text, which is also how their size is counted.
 */
export function memoryCache({ maxBytes = 64 * 1024 * 1024 }: { maxBytes?: number } = {}): Cache {
  const lru = new LRUCache<string, string>({
    maxSize: maxBytes,
    sizeCalculation: (value, key) => value.length + key.length || 1,
  });
  const under = (prefix?: string) => (key: string) => !prefix || key.startsWith(`${prefix}:`);
  return {
    backend: "memory",
    async get<T>(key: string) {
      const text = lru.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    },
    async set(key, value, ttlSeconds) {
      lru.set(key, serialize(key, value, ttlSeconds), { ttl: ttlSeconds * 1000 });
    },
    async del(key) {
      lru.delete(key);
    },
    async clear(prefix) {
      lru.purgeStale();
      const keys = [...lru.keys()].filter(under(prefix));
      for (const key of keys) lru.delete(key);
      return keys.length;
    },
    async info() {
      lru.purgeStale();
      const counts = emptyCounts();
      let totalKeys = 0;
      for (const key of lru.keys()) {
        totalKeys += 1;
        const prefix = prefixOf(key);
        if (prefix) counts[prefix] += 1;
      }
      return { backend: "memory", counts, totalKeys, memory: { usedBytes: lru.calculatedSize, totalBytes: maxBytes } };
    },
    async ping() {
      return true;
    },
  };
}
