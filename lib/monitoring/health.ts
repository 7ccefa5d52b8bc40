import { cache } from "@/lib/cache";
import { pingDb } from "@/lib/db";
import { queueHealth } from "@/lib/queue";
import { rateLimitHealth } from "@/lib/rate-limit";
import { realtimeMode } from "@/lib/realtime";
import { storageHealth } from "@/lib/storage";
import { pingRedis } from "@/lib/redis";

type Status = "healthy" | "unhealthy";

export interface HealthReport {
  status: "healthy" | "degraded" | "unhealthy";
  cache_service: Status;
  database: { status: Status; driver: string; latency_ms: number };
  cache: { status: Status; backend: "memory" | "redis" };
  rate_limit: { status: Status; backend: "memory" | "redis" };
  realtime: { status: Status; mode: "in-process" | "redis" };
  queue: { status: Status; backend: "in-process" | "bullmq"; workers_in_this_process: boolean };
  storage: { status: Status; backend: string; latency_ms: number };
  timestamp: string;
  uptime_seconds: number;
}

const status = (ok: boolean): Status => (ok ? "healthy" : "unhealthy");

/**
 * Seed 004's health answer, plus each adapter. Without the database nothing works (unhealthy,
 * 503); a failed Redis-backed adapter leaves the service up but degraded: the rate limit falls
 * back to per-process counting, the cache to computing, and realtime to this process's clients.
 */
export async function checkHealth(): Promise<HealthReport> {
  const store = cache();
  const mode = realtimeMode();
  const [database, cacheOk, rateLimit, realtimeOk, queue, storage] = await Promise.all([
    pingDb(),
    store.ping(),
    rateLimitHealth(),
    mode === "redis" ? pingRedis().then((r) => r.ok) : true,
    queueHealth(),
    storageHealth(),
  ]);
  const adaptersOk = cacheOk && rateLimit.healthy && realtimeOk && queue.ok && storage.ok;
  return {
    status: !database.ok ? "unhealthy" : adaptersOk ? "healthy" : "degraded",
    cache_service: status(cacheOk),
    database: { status: status(database.ok), driver: database.driver, latency_ms: database.latencyMs },
    cache: { status: status(cacheOk), backend: store.backend },
    rate_limit: { status: status(rateLimit.healthy), backend: rateLimit.backend },
    realtime: { status: status(realtimeOk), mode },
    queue: { status: status(queue.ok), backend: queue.backend, workers_in_this_process: queue.workers_in_this_process },
    storage: { status: status(storage.ok), backend: storage.backend, latency_ms: storage.latency_ms },
    timestamp: new Date().toISOString(),
    uptime_seconds: Math.round(process.uptime()),
  };
}
