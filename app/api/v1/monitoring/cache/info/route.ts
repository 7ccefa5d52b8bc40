import { formatBytes } from "@/lib/cache";
import { handle } from "@/lib/http/handle";
import { cacheStatus } from "@/lib/monitoring";
import { monitoringEndpoints } from "@/lib/monitoring/endpoints";

export const GET = handle(monitoringEndpoints.cacheInfo, async ({ actor }) => {
  const { info, healthy } = await cacheStatus({ actor });
  return {
    cache_info: {
      ...info.counts,
      total_keys: info.totalKeys,
      memory_usage: {
        used_memory: formatBytes(info.memory.usedBytes),
        total_memory: info.memory.totalBytes === null ? "unknown" : formatBytes(info.memory.totalBytes),
      },
    },
    cache_healthy: healthy,
  };
});
