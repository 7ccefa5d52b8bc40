import { config, trustProxy } from "@/lib/config";
import { logger } from "@/lib/log";

let warned = false;

/**
 * The address links in mail point to: APP_URL, else the address this request came to. The
 * request's Host is the client's to choose, so a reset link built from it could point anywhere:
 * production must set APP_URL, and is warned once when it does not.
 */
export async function appUrl(): Promise<string> {
  if (config.mail.appUrl) return config.mail.appUrl;
  if (config.env === "production" && !warned) {
    warned = true;
    logger.warn("APP_URL is not set: links in mail use the address each request came to");
  }
  try {
    // Imported when needed: route modules are also compiled into the custom server
    // (dist/server.mjs), where "next/headers" does not resolve; there (the API fast path, reads
    // only) this is never reached, and outside a request it throws and falls through.
    const { headers } = await import("next/headers");
    const h = await headers();
    const host = (trustProxy && h.get("x-forwarded-host")) || h.get("host");
    const proto = (trustProxy && h.get("x-forwarded-proto")?.split(",")[0].trim()) || "http";
    if (host && /^[A-Za-z0-9.:[\]-]+$/.test(host)) return `${proto === "https" ? "https" : "http"}://${host}`;
  } catch {
    // Outside a request (a script, a job): nothing to go by but this server's own port.
  }
  return `http://localhost:${config.port}`;
}
