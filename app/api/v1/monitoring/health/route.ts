import { handle, json } from "@/lib/http/handle";
import { checkHealth } from "@/lib/monitoring";
import { HealthResponse, monitoringEndpoints } from "@/lib/monitoring/endpoints";

export const GET = handle(monitoringEndpoints.health, async () => {
  const report = HealthResponse.parse(await checkHealth());
  return json(report, report.status === "unhealthy" ? 503 : 200);
});
