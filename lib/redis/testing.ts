import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { unlinkPrefix } from "./index";

/** Tests use REDIS_URL when set, else the local default. */
export const TEST_REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/**
 * A connection for tests that need a real Redis, or null when none answers. In CI (CI=true) a
 * missing Redis is an error, so those tests can never pass by being skipped there.
 */
export async function testRedis(purpose: string): Promise<Redis | null> {
  const client = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (err) {
    client.disconnect();
    const reason = `Redis at ${TEST_REDIS_URL} is unreachable (${(err as Error).message})`;
    if (process.env.CI === "true") throw new Error(`${reason}: Redis is required in CI`);
    console.warn(`SKIPPED: ${reason}; ${purpose}. Start Redis or set REDIS_URL to run them.`);
    return null;
  }
}

/** A key prefix of its own per test run, so parallel runs on one Redis never collide. */
export function uniqueRedisPrefix(label = "test"): string {
  return `offerpath-${label}-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/** Deletes every key under `prefix:`. */
export async function dropRedisPrefix(client: Redis, prefix: string): Promise<void> {
  await unlinkPrefix(client, prefix);
}
