export { checkHealth, type HealthReport } from "./health";
export { cacheStatus, clearCache } from "./cache";
