import type { Redis } from "ioredis";
import { emptyCounts, prefixOf, serialize, type Cache } from "./types";

const SCAN_BATCH = 500;

/** Glob characters in our own namespace must not act as patterns in SCAN MATCH. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, "\\$&");
}

/**
 * The shared cache: keys `<namespace>:<prefix>:<key>` (namespace `offerpath:cache`), JSON values,
 * expiry by SET EX. Clearing and counting walk the keyspace with SCAN, never KEYS, which would
 * block a production Redis while it lists everything.
 */
export function redisCache(client: Redis, namespace: string): Cache {
  const full = (key: string) => `${namespace}:${key}`;

  async function scan(match: string, onBatch: (keys: string[]) => Promise<void> | void): Promise<void> {
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", match, "COUNT", SCAN_BATCH);
      cursor = next;
      if (keys.length) await onBatch(keys);
    } while (cursor !== "0");
  }

  return {
    backend: "redis",
    async get<T>(key: string) {
      const text = await client.get(full(key));
      return text === null ? undefined : (JSON.parse(text) as T);
    },
    async set(key, value, ttlSeconds) {
      await client.set(full(key), serialize(key, value, ttlSeconds), "EX", ttlSeconds);
    },
    async del(key) {
      await client.unlink(full(key));
    },
    async clear(prefix) {
      let cleared = 0;
      const match = `${escapeGlob(prefix ? full(prefix) : namespace)}:*`;
      // UNLINK frees memory in the background; SCAN may return a key twice, so count what UNLINK removed.
      await scan(match, async (keys) => {
        cleared += await client.unlink(...keys);
      });
      return cleared;
    },
    async info() {
      const counts = emptyCounts();
      const seen = new Set<string>();
      await scan(`${escapeGlob(namespace)}:*`, (keys) => {
        for (const key of keys) seen.add(key);
      });
      for (const key of seen) {
        const prefix = prefixOf(key.slice(namespace.length + 1));
        if (prefix) counts[prefix] += 1;
      }
      const memory = parseInfo(await client.info("memory"));
      const maxmemory = Number(memory.maxmemory ?? 0);
      const system = Number(memory.total_system_memory ?? 0);
      return {
        backend: "redis",
        counts,
        totalKeys: seen.size,
        // Redis's own figures: memory used by the server, and its limit (maxmemory, else the machine's).
        memory: { usedBytes: Number(memory.used_memory ?? 0), totalBytes: maxmemory || system || null },
      };
    },
    async ping() {
      // A health check must answer even while the connection is retrying.
      const timeout = new Promise<string>((resolve) => setTimeout(resolve, 2_000, "TIMEOUT").unref());
      return (await Promise.race([client.ping().catch(() => "ERROR"), timeout])) === "PONG";
    },
    async close() {
      /* the connection belongs to lib/redis, which closes it on shutdown */
    },
  };
}

function parseInfo(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0 && !line.startsWith("#")) out[line.slice(0, i)] = line.slice(i + 1).trim();
  }
  return out;
}
