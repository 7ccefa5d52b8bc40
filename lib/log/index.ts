import pino from "pino";
import { config } from "@/lib/config";

// One logger per process, shared by the custom server and Next's bundled route handlers.
const globalForLog = globalThis as unknown as { offerpathLogger?: pino.Logger };

export const logger: pino.Logger =
  globalForLog.offerpathLogger ??
  (globalForLog.offerpathLogger = pino({
    level: config.logLevel,
    base: { app: "offerpath" },
    redact: ["req.headers.authorization", "req.headers.cookie", "password", "*.password"],
  }));
