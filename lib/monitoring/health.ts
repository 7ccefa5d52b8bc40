import { pingDb } from "@/lib/db";

export interface HealthReport {
  status: "healthy" | "degraded" | "unhealthy";
  cache_service: "healthy" | "unhealthy";
  database: { status: "healthy" | "unhealthy"; driver: string; latency_ms: number };
  timestamp: string;
  uptime_seconds: number;
}

/** Seed 004's health answer, plus the database, which everything depends on. */
export async function checkHealth(): Promise<HealthReport> {
  const database = await pingDb();
  return {
    status: database.ok ? "healthy" : "unhealthy",
    // The cache is in-process until a shared cache is configured, so it is up whenever we are.
    cache_service: "healthy",
    database: { status: database.ok ? "healthy" : "unhealthy", driver: database.driver, latency_ms: database.latencyMs },
    timestamp: new Date().toISOString(),
    uptime_seconds: Math.round(process.uptime()),
  };
}
