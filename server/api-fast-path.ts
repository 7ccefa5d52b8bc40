import type http from "node:http";
import { Readable } from "node:stream";
import type { ApiRequest, Reply, RouteHandler } from "@/lib/http/handle";

type Route = { pattern: RegExp; params: string[]; module: Partial<Record<string, unknown>> };

/**
 * API route handlers are built by `handle` (lib/http), which does its own auth, parsing and
 * errors, and can serve a request without Web Request/Response objects (`serve`). Next's routing
 * in front of them costs several times the handler's own work, so the server calls them
 * directly for reads (GET); writes, whose request bodies Next already streams, limits and drains
 * correctly, and anything not in the table (pages, Auth.js, unknown paths, methods a route
 * lacks) still go through Next.
 */
export function createApiFastPath(routes: Route[]) {
  return function match(req: http.IncomingMessage): (() => Promise<Reply | Response>) | null {
    const method = req.method;
    if (method !== "GET") return null;
    let pathname = (req.url ?? "/").split("?")[0];
    // Seed 000's base /v1 is served at /api/v1 (Next does this with a rewrite).
    if (pathname.startsWith("/v1/")) pathname = "/api" + pathname;
    for (const route of routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      const handler = route.module[method] as RouteHandler | undefined;
      if (typeof handler?.serve !== "function") return null;
      const params: Record<string, string> = {};
      try {
        route.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
      } catch {
        return null;
      }
      return () => handler.serve(apiRequest(req), params);
    }
    return null;
  };
}

/** What `handle` reads of node's request, without building a Web Request (headers are validated by node's parser already). */
function apiRequest(req: http.IncomingMessage): ApiRequest {
  return {
    method: req.method ?? "GET",
    url: `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
    headers: {
      get(name) {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
  };
}

export async function sendReply(reply: Reply | Response, res: http.ServerResponse): Promise<void> {
  if (!(reply instanceof Response)) {
    // Whole, with a Content-Length: one write, no chunked framing.
    if (reply.body !== undefined) reply.headers["content-length"] = String(Buffer.byteLength(reply.body));
    res.writeHead(reply.status, reply.headers).end(reply.body);
    return;
  }
  // Files and redirects: handlers made these Responses themselves.
  res.statusCode = reply.status;
  reply.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = reply.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  if (!reply.body) {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(reply.body as import("node:stream/web").ReadableStream).pipe(res).on("finish", resolve).on("error", reject);
  });
}
