import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";

const Status = z.enum(["healthy", "unhealthy"]);
export const HealthResponse = z.object({
  status: z.enum(["healthy", "degraded", "unhealthy"]),
  cache_service: Status,
  database: z.object({ status: Status, driver: z.string(), latency_ms: z.number() }),
  timestamp: z.iso.datetime(),
  uptime_seconds: z.number(),
});

export const monitoringEndpoints = {
  health: defineEndpoint({
    method: "GET", path: "/api/v1/monitoring/health", summary: "Service health (database, cache)",
    tags: ["Monitoring (seed 004)"], auth: "public", responses: { 200: HealthResponse }, errors: [503],
  }),
};
