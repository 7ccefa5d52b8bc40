import { afterAll, beforeAll } from "vitest";
import { dropRedisPrefix, testRedis, TEST_REDIS_URL, uniqueRedisPrefix } from "@/lib/redis/testing";
import { freshPostgresDatabase, startServer, type TestServer } from "../support/server";

/**
 * Two app processes as in production: one PostgreSQL database and one Redis, each run on a key
 * prefix of its own. PGlite cannot be shared, so this needs PostgreSQL (TEST_DATABASE_URL, else
 * the local default) and Redis (REDIS_URL, else the local default).
 */
export async function twoProcessCluster(label: string) {
  const redis = await testRedis(`the ${label} tests are skipped`);
  const state: { a?: TestServer; b?: TestServer; ready: boolean } = { ready: false };
  const prefix = uniqueRedisPrefix(label);
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (!redis) return;
    const database = await freshPostgresDatabase(process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres");
    drop = database.drop;
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix };
    // One after the other: the second start finds the schema migrated.
    state.a = await startServer({ databaseUrl: database.url, env });
    state.b = await startServer({ databaseUrl: database.url, env });
    state.ready = true;
  }, 180_000);
  afterAll(async () => {
    await Promise.all([state.a?.stop(), state.b?.stop()]);
    await drop?.().catch(() => undefined);
    if (redis) {
      await dropRedisPrefix(redis, prefix);
      redis.disconnect();
    }
  });
  return { available: Boolean(redis), servers: state };
}
