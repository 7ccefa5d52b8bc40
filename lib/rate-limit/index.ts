import { logger } from "@/lib/log";

/**
 * Fixed-window counters. The in-memory store serves one process; a shared store (Redis) plugs
 * in through `setRateLimitStore` so the limit holds across processes.
 */
export interface RateLimitStore {
  readonly backend: "memory" | "redis";
  /** Counts one hit on `key` in the current window and returns the count so far. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  peek(key: string): Promise<{ count: number; resetAt: number } | null>;
  reset(key: string): Promise<void>;
  ping?(): Promise<boolean>;
}

export function memoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let lastSweep = Date.now();
  const sweep = (now: number) => {
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
  };
  return {
    backend: "memory",
    async hit(key, windowMs) {
      const now = Date.now();
      sweep(now);
      let w = windows.get(key);
      if (!w || w.resetAt <= now) windows.set(key, (w = { count: 0, resetAt: now + windowMs }));
      w.count += 1;
      return { ...w };
    },
    async peek(key) {
      const w = windows.get(key);
      return w && w.resetAt > Date.now() ? { ...w } : null;
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}

const state = ((globalThis as unknown as { offerpathRateLimit?: { store: RateLimitStore; fallback: RateLimitStore } }).offerpathRateLimit ??= {
  store: memoryRateLimitStore(),
  fallback: memoryRateLimitStore(),
});

export function setRateLimitStore(store: RateLimitStore): void {
  state.store = store;
}

let lastFailureLogged = 0;
/**
 * Runs `op` on the configured store. When a shared store fails (Redis down), the limit falls back
 * to this process's own counters: still a limit, and the API keeps answering instead of failing
 * every request with a 500.
 */
async function withStore<T>(op: (store: RateLimitStore) => Promise<T>): Promise<T> {
  try {
    return await op(state.store);
  } catch (err) {
    if (state.store === state.fallback) throw err;
    if (Date.now() - lastFailureLogged > 60_000) {
      lastFailureLogged = Date.now();
      logger.error({ err, backend: state.store.backend }, "rate-limit store failed; counting in this process");
    }
    return op(state.fallback);
  }
}

/** Which store counts requests, and whether it answers (health report). */
export async function rateLimitHealth(): Promise<{ backend: RateLimitStore["backend"]; healthy: boolean }> {
  const store = state.store;
  const healthy = store.ping ? await store.ping().catch(() => false) : true;
  return { backend: store.backend, healthy };
}

export interface LimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  retryAfterSeconds: number;
}

export async function consume(key: string, limit: number, windowMs = 60_000): Promise<LimitResult> {
  const { count, resetAt } = await withStore((store) => store.hit(key, windowMs));
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
  };
}

/** Whether `key` is already over `limit`, without counting a hit. */
export async function isBlocked(key: string, limit: number): Promise<LimitResult> {
  const w = await withStore((store) => store.peek(key));
  const count = w?.count ?? 0;
  return {
    allowed: count < limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: w ? Math.max(1, Math.ceil((w.resetAt - Date.now()) / 1000)) : 0,
  };
}

export async function clearLimit(key: string): Promise<void> {
  await withStore((store) => store.reset(key));
}

export { redisRateLimitStore } from "./redis-store";
