import type { Redis, RedisOptions } from "ioredis";
import { config } from "@/lib/config";
import { logger } from "@/lib/log";
import { ioredis } from "@/lib/packages";

/**
 * One place that opens Redis connections, so every one of them is named, logs its errors once,
 * and is closed on shutdown. The custom server and Next's bundled route handlers run in the same
 * process but load this module separately: the connections live on globalThis so both share them.
 */
interface RedisState {
  shared?: Redis;
  open: Set<Redis>;
}
const state = ((globalThis as unknown as { offerpathRedis?: RedisState }).offerpathRedis ??= { open: new Set() });

/** Whether REDIS_URL is set: the switch between the embedded and the scaled-out setup. */
export function redisConfigured(): boolean {
  return Boolean(config.redisUrl);
}

/** `offerpath:<parts...>`: every key we write starts with REDIS_PREFIX. */
export function redisKey(...parts: string[]): string {
  return [config.redisPrefix, ...parts].join(":");
}

/**
 * A new connection of its own: pub/sub and blocking clients (Socket.IO adapter, BullMQ) cannot
 * share the command connection. Closed by `closeRedis()`.
 */
export function createRedisConnection(name: string, options: RedisOptions & { url?: string } = {}): Redis {
  const { url = config.redisUrl, ...rest } = options;
  if (!url) throw new Error("REDIS_URL is not set");
  const client = new (ioredis().Redis)(url, {
    connectionName: `${config.redisPrefix}:${name}`,
    connectTimeout: 5_000,
    // A command fails after one reconnect attempt instead of piling up in the offline queue:
    // a request waiting on the cache should get an error it can handle, not hang.
    maxRetriesPerRequest: 1,
    ...rest,
  });
  let lastLogged = 0;
  client.on("error", (err) => {
    // ioredis emits an error on every failed reconnect; once a minute is enough to notice.
    if (Date.now() - lastLogged < 60_000) return;
    lastLogged = Date.now();
    logger.error({ err, connection: name }, "redis connection error");
  });
  state.open.add(client);
  client.once("end", () => state.open.delete(client));
  return client;
}

/** The shared command connection (cache, rate limits); opened on first use. */
export function redis(): Redis {
  return (state.shared ??= createRedisConnection("commands"));
}

export async function pingRedis(client: Redis = redis()): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  try {
    const answer = await withTimeout(client.ping(), 2_000);
    return { ok: answer === "PONG", latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  }
}

/** Glob characters in our own prefixes must not act as patterns in SCAN MATCH. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, "\\$&");
}

/**
 * Walks every key under `prefix:` with SCAN, never KEYS, which would block a production Redis
 * while it lists everything. SCAN may return a key more than once.
 */
export async function scanPrefix(client: Redis, prefix: string, onBatch: (keys: string[]) => Promise<void> | void): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${escapeGlob(prefix)}:*`, "COUNT", 500);
    cursor = next;
    if (keys.length) await onBatch(keys);
  } while (cursor !== "0");
}

/** Removes every key under `prefix:` (UNLINK frees memory in the background); returns how many. */
export async function unlinkPrefix(client: Redis, prefix: string): Promise<number> {
  let removed = 0;
  await scanPrefix(client, prefix, async (keys) => {
    removed += await client.unlink(...keys);
  });
  return removed;
}

/** Closes every connection opened here (graceful shutdown). */
export async function closeRedis(): Promise<void> {
  const clients = [...state.open];
  state.open.clear();
  state.shared = undefined;
  await Promise.all(
    clients.map(async (c) => {
      try {
        await withTimeout(c.quit(), 2_000);
      } catch {
        c.disconnect();
      }
    }),
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`redis did not answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export type { Redis };
