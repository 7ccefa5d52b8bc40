import type http from "node:http";
import { ApiError, envelope } from "@/lib/http/errors";

const BODY = JSON.stringify(envelope(new ApiError("METHOD_NOT_ALLOWED", "This method is not allowed on this resource")));

/** The methods anything here answers; TRACE, PROPFIND, MKCOL and the like are refused up front. */
export const SERVED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * Answers a method no page or route serves with a 405 in the error envelope, before Next sees it
 * (Next would render a page for TRACE). Returns true when it answered.
 */
export function refuseUnservedMethod(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (SERVED_METHODS.includes(req.method ?? "")) return false;
  res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  res.writeHead(405, { "content-type": "application/json", "content-length": Buffer.byteLength(BODY), allow: SERVED_METHODS.join(", ") });
  res.end(BODY);
  return true;
}

/**
 * Next answers a method a route does not export with an empty 405; API clients get the error
 * envelope instead, like every other error (the caller applies this to API paths only). Next flushes the headers before ending, so the
 * content type is set as the head goes out and the body is added at the end.
 */
export function envelopeEmpty405(res: http.ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 405) {
      res.setHeader("content-type", "application/json");
      res.removeHeader("content-length");
    }
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.end = ((...args: unknown[]) => {
    const empty = args[0] === undefined || args[0] === null || typeof args[0] === "function";
    if (res.statusCode === 405 && empty) {
      if (!res.headersSent) res.setHeader("content-type", "application/json");
      return end(BODY);
    }
    return end(...args);
  }) as typeof res.end;
}
