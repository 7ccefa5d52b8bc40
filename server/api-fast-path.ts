import type http from "node:http";
import { Readable } from "node:stream";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { pattern: RegExp; params: string[]; module: Partial<Record<string, Handler>> };

/**
 * API route handlers are plain `(Request) => Response` functions built by `handle` (lib/http),
 * which does its own auth, parsing and errors. Next's routing in front of them costs several
 * times the handler's own work, so the server calls them directly for reads (GET); writes,
 * whose request bodies Next already streams, limits and drains correctly, and anything not in
 * the table (pages, Auth.js, unknown paths, methods a route lacks) still go through Next.
 */
export function createApiFastPath(routes: Route[]) {
  return function match(req: http.IncomingMessage): (() => Promise<Response>) | null {
    const method = req.method;
    if (method !== "GET") return null;
    let pathname = (req.url ?? "/").split("?")[0];
    // Seed 000's base /v1 is served at /api/v1 (Next does this with a rewrite).
    if (pathname.startsWith("/v1/")) pathname = "/api" + pathname;
    for (const route of routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      const handler = route.module[method];
      if (typeof handler !== "function") return null;
      const params: Record<string, string> = {};
      try {
        route.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
      } catch {
        return null;
      }
      return () => handler(toWebRequest(req), { params: Promise.resolve(params) });
    }
    return null;
  };
}

function toWebRequest(req: http.IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, { method: req.method, headers });
}

export async function sendWebResponse(response: Response, res: http.ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  if (!response.body) {
    res.end();
    return;
  }
  // JSON answers are small and complete: sent whole with a Content-Length they leave in one
  // write, where piping the web stream costs a chunked frame, a second write and stream plumbing.
  if (response.headers.get("content-type")?.startsWith("application/json")) {
    const body = Buffer.from(await response.arrayBuffer());
    res.setHeader("content-length", body.length);
    res.end(body);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(res).on("finish", resolve).on("error", reject);
  });
}
