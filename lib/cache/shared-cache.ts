import { assertSharedKey, ownerScope, splitKey } from "./keys";
import { emptyCounts, prefixOf, serialize, type Cache, type CacheInfo, type CacheOwner, type CacheStore, type SharedCache } from "./types";

const parse = <T>(text: string | undefined) => (text === undefined ? undefined : (JSON.parse(text) as T));

/** The whole cache over a store: shared entries, every owner's entries in info() and clear(). */
export function sharedCache(store: CacheStore): SharedCache {
  return {
    backend: store.backend,
    async get<T>(key: string) {
      assertSharedKey(key);
      return parse<T>(await store.get(key));
    },
    async set(key, value, ttlSeconds) {
      assertSharedKey(key);
      await store.set(key, serialize(key, value, ttlSeconds), ttlSeconds);
    },
    async del(key) {
      assertSharedKey(key);
      await store.del(key);
    },
    async clear(prefix) {
      if (!prefix) return store.removeUnder("");
      // One area across every owner: walk the namespace and pick the area's keys.
      let removed = 0;
      await store.scan("", async (keys) => {
        const inArea = keys.filter((k) => isUnder(splitKey(k).rest, prefix));
        if (inArea.length) removed += await store.remove(inArea);
      });
      return removed;
    },
    async info() {
      const counts = emptyCounts();
      const seen = new Set<string>();
      await store.scan("", (keys) => {
        for (const k of keys) seen.add(k);
      });
      for (const k of seen) {
        const area = prefixOf(splitKey(k).rest);
        if (area) counts[area] += 1;
      }
      return { backend: store.backend, counts, totalKeys: seen.size, memory: await store.memory() };
    },
    ping: () => store.ping(),
    scoped: (owner) => ownedCache(store, owner),
  };
}

/** One owner's view: its keys live under `c:<companyId>:` or `u:<userId>:`; nothing else is in reach. */
function ownedCache(store: CacheStore, owner: CacheOwner): Cache {
  const scope = ownerScope(owner);
  const full = (key: string) => `${scope}:${key}`;
  return {
    backend: store.backend,
    get: async <T>(key: string) => parse<T>(await store.get(full(key))),
    async set(key, value, ttlSeconds) {
      await store.set(full(key), serialize(key, value, ttlSeconds), ttlSeconds);
    },
    del: (key) => store.del(full(key)),
    clear: (prefix) => store.removeUnder(prefix ? full(prefix) : scope),
    async info(): Promise<CacheInfo> {
      const counts = emptyCounts();
      const seen = new Set<string>();
      await store.scan(scope, (keys) => {
        for (const k of keys) seen.add(k);
      });
      for (const k of seen) {
        const area = prefixOf(k.slice(scope.length + 1));
        if (area) counts[area] += 1;
      }
      const [usedBytes, { totalBytes }] = await Promise.all([store.sizeOf([...seen]), store.memory()]);
      return { backend: store.backend, counts, totalKeys: seen.size, memory: { usedBytes, totalBytes } };
    },
    ping: () => store.ping(),
  };
}

function isUnder(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix}:`);
}
