import type { Redis } from "ioredis";
import { pingRedis, scanPrefix, unlinkPrefix } from "@/lib/redis";
import { emptyCounts, prefixOf, serialize, type Cache } from "./types";

/**
 * The shared cache: keys `<namespace>:<prefix>:<key>` (namespace `offerpath:cache`), JSON values,
 * expiry by SET EX. Clearing and counting walk the namespace with SCAN.
 */
export function redisCache(client: Redis, namespace: string): Cache {
  const full = (key: string) => `${namespace}:${key}`;

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
      return unlinkPrefix(client, prefix ? full(prefix) : namespace);
    },
    async info() {
      const counts = emptyCounts();
      const seen = new Set<string>();
      await scanPrefix(client, namespace, (keys) => {
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
      return (await pingRedis(client)).ok;
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
