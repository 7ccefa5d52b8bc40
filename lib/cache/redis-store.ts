import type { Redis } from "ioredis";
import { pingRedis, scanPrefix, unlinkPrefix } from "@/lib/redis";
import { sharedCache } from "./shared-cache";
import type { CacheStore, SharedCache } from "./types";

/**
 * The shared cache: keys `<namespace>:<key>` (namespace `offerpath:cache`; see keys.ts for the
 * owner part), JSON values, expiry by SET EX. Counting and clearing walk a prefix with SCAN MATCH,
 * so one owner's view touches only its own keys.
 */
export function redisCache(client: Redis, namespace: string): SharedCache {
  return sharedCache(redisStore(client, namespace));
}

function redisStore(client: Redis, namespace: string): CacheStore {
  const full = (key: string) => `${namespace}:${key}`;
  const relative = (key: string) => key.slice(namespace.length + 1);

  return {
    backend: "redis",
    get: async (key) => (await client.get(full(key))) ?? undefined,
    async set(key, text, ttlSeconds) {
      await client.set(full(key), text, "EX", ttlSeconds);
    },
    async del(key) {
      await client.unlink(full(key));
    },
    scan: (prefix, visit) => scanPrefix(client, prefix ? full(prefix) : namespace, (keys) => visit(keys.map(relative))),
    async remove(keys) {
      return keys.length ? client.unlink(...keys.map(full)) : 0;
    },
    removeUnder: (prefix) => unlinkPrefix(client, prefix ? full(prefix) : namespace),
    async sizeOf(keys) {
      let bytes = 0;
      for (let i = 0; i < keys.length; i += 500) {
        const batch = keys.slice(i, i + 500);
        const lengths = await client.pipeline(batch.map((k) => ["strlen", full(k)])).exec();
        batch.forEach((k, j) => (bytes += Number(lengths?.[j]?.[1] ?? 0) + k.length));
      }
      return bytes;
    },
    async memory() {
      const memory = parseInfo(await client.info("memory"));
      const maxmemory = Number(memory.maxmemory ?? 0);
      const system = Number(memory.total_system_memory ?? 0);
      // Redis's own figures: memory used by the server, and its limit (maxmemory, else the machine's).
      return { usedBytes: Number(memory.used_memory ?? 0), totalBytes: maxmemory || system || null };
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
