import type http from "node:http";
import { config } from "@/lib/config";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";

/**
 * Headers for every /api response, and CORS for API clients in other origins. Set here rather
 * than in proxy.ts: Next's proxy costs about a third of an API request's time, and pages are
 * the only thing that need it (for the CSP nonce).
 */
const API_HEADERS: Record<string, string> = {
  // JSON needs no scripts, styles or frames: anything a response could be coaxed into rendering is refused.
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  ...SECURITY_HEADERS,
  Vary: "Origin",
};

const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Credentials": "false",
  "Access-Control-Allow-Headers": "authorization, content-type, x-request-id",
  "Access-Control-Allow-Methods": "GET,POST,PUT,PATCH,DELETE,OPTIONS",
  "Access-Control-Max-Age": "600",
  "Access-Control-Expose-Headers": "x-request-id, retry-after",
};

export function isApiPath(url: string): boolean {
  return /^\/(api|v1)(\/|\?|$)/.test(url);
}

/** Sets the API headers; returns true when it answered a CORS preflight itself. */
export function applyApiHeaders(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  for (const [name, value] of Object.entries(API_HEADERS)) res.setHeader(name, value);
  const origin = req.headers.origin;
  // Only origins listed in CORS_ORIGINS get CORS headers; an empty list means same-origin only.
  if (origin && config.corsOrigins.includes(origin)) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
  }
  if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
    res.writeHead(204).end();
    return true;
  }
  return false;
}
