import type http from "node:http";
import { Readable } from "node:stream";
import { isFormType } from "@/lib/http/handle";
import { errors } from "@/lib/http/errors";
import type { ApiRequest, Reply, RouteHandler } from "@/lib/http/handle";

type Route = { pattern: RegExp; params: string[]; module: Partial<Record<string, unknown>> };

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/**
 * API route handlers are built by `handle` (lib/http), which does its own auth, parsing and
 * errors, and can serve a request without Web Request/Response objects (`serve`). Next's routing
 * in front of them costs several times the handler's own work, so the server calls them
 * directly: reads, and writes with JSON bodies, which this module reads with the same limits
 * and errors as on Next's path. Form and multipart bodies (uploads), HEAD, and anything not in
 * the table (pages, Auth.js, unknown paths, methods a route lacks) still go through Next.
 */
export function createApiFastPath(routes: Route[]) {
  return function match(req: http.IncomingMessage): (() => Promise<Reply | Response>) | null {
    const method = req.method ?? "";
    if (!METHODS.has(method)) return null;
    let pathname = (req.url ?? "/").split("?")[0];
    // Seed 000's base /v1 is served at /api/v1 (Next does this with a rewrite).
    if (pathname.startsWith("/v1/")) pathname = "/api" + pathname;
    for (const route of routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      const handler = route.module[method] as RouteHandler | undefined;
      if (typeof handler?.serve !== "function") return null;
      if (method !== "GET" && sendsForm(req, handler)) return null;
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

/** Uploads and form posts stay with Next, which parses multipart. */
function sendsForm(req: http.IncomingMessage, handler: RouteHandler): boolean {
  if (handler.endpoint.bodyType === "multipart") return true;
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  return handler.endpoint.body !== undefined && isFormType(type);
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
    readBody: (limit) => readBody(req, limit),
  };
}

/**
 * The request's body, at most `limit` bytes: more is a 413, whatever Content-Length said. On a
 * 413 the rest is left unread; `sendReply` then closes the connection instead of draining it.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(errors.tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err?: unknown) => {
      req.off("data", onData).off("end", onEnd).off("error", done).off("aborted", onAborted);
      if (err) reject(err);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        done(errors.tooLarge(limit));
      } else chunks.push(chunk);
    };
    const onEnd = () => done();
    const onAborted = () => done(new Error("request aborted"));
    req.on("data", onData).on("end", onEnd).on("error", done).on("aborted", onAborted);
  });
}

export async function sendReply(reply: Reply | Response, res: http.ServerResponse): Promise<void> {
  // A body left unread (a 413 mid-upload) would otherwise be read to its end to keep the
  // connection: close it instead.
  const unread = !res.req.complete;
  if (!(reply instanceof Response)) {
    // Whole, with a Content-Length: one write, no chunked framing.
    if (reply.body !== undefined) reply.headers["content-length"] = String(Buffer.byteLength(reply.body));
    if (unread) reply.headers.connection = "close";
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
  if (unread) res.setHeader("connection", "close");
  if (!reply.body) {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(reply.body as import("node:stream/web").ReadableStream).pipe(res).on("finish", resolve).on("error", reject);
  });
}
