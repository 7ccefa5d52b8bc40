import { handle } from "@/lib/http/handle";
import { clearCache } from "@/lib/monitoring";
import { monitoringEndpoints } from "@/lib/monitoring/endpoints";

export const POST = handle(monitoringEndpoints.cacheClear, async ({ actor, query }) => {
  const cleared = await clearCache({ actor, prefix: query.prefix });
  return {
    success: true,
    message: query.prefix ? `Cleared cache with prefix ${query.prefix}` : "Cleared all cache",
    cleared,
  };
});
