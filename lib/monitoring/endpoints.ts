import { z } from "zod";
import { CACHE_PREFIXES } from "@/lib/cache/types";
import { defineEndpoint } from "@/lib/http/endpoint";

const Status = z.enum(["healthy", "unhealthy"]);
const tags = ["Monitoring"];

export const HealthResponse = z.object({
  status: z.enum(["healthy", "degraded", "unhealthy"]),
  cache_service: Status,
  database: z.object({ status: Status, driver: z.string(), latency_ms: z.number() }),
  cache: z.object({ status: Status, backend: z.enum(["memory", "redis"]) }),
  rate_limit: z.object({ status: Status, backend: z.enum(["memory", "redis"]) }),
  realtime: z.object({ status: Status, mode: z.enum(["in-process", "redis"]) }),
  queue: z.object({ status: Status, backend: z.enum(["in-process", "bullmq"]), workers_in_this_process: z.boolean() }),
  storage: z.object({ status: Status, backend: z.string(), latency_ms: z.number() }),
  timestamp: z.iso.datetime(),
  uptime_seconds: z.number(),
});

export const CachePrefixQuery = z.object({
  prefix: z.enum(CACHE_PREFIXES).optional(),
});

const prefixCounts = Object.fromEntries(CACHE_PREFIXES.map((p) => [p, z.number().int()])) as Record<
  (typeof CACHE_PREFIXES)[number],
  z.ZodNumber
>;
export const CacheInfoResponse = z.object({
  cache_info: z.object({
    ...prefixCounts,
    total_keys: z.number().int(),
    // Text, as in seed 004: "50MB", "1GB". Redis reports its own usage; the in-memory cache its size and cap.
    memory_usage: z.object({ used_memory: z.string(), total_memory: z.string() }),
  }),
  cache_healthy: z.boolean(),
});

export const CacheClearResponse = z.object({
  success: z.literal(true),
  message: z.string(),
  cleared: z.number().int(),
});

export const monitoringEndpoints = {
  health: defineEndpoint({
    method: "GET", path: "/api/v1/monitoring/health", summary: "Service health (database, cache, rate limits, realtime, queue)",
    tags, auth: "public", responses: { 200: HealthResponse }, errors: [503],
  }),
  cacheInfo: defineEndpoint({
    method: "GET", path: "/api/v1/monitoring/cache/info", summary: "Cache keys per area and memory use: a company's own entries, or the whole cache for an admin",
    tags, auth: "user", roles: ["admin", "company"], responses: { 200: CacheInfoResponse },
  }),
  cacheClear: defineEndpoint({
    method: "POST", path: "/api/v1/monitoring/cache/clear", summary: "Clear the cache, or one area of it (?prefix=): a company clears its own entries, an admin the whole cache",
    tags, auth: "user", roles: ["admin", "company"], query: CachePrefixQuery, responses: { 200: CacheClearResponse },
  }),
};
