import type { IncomingMessage, Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { onSessionsEnded } from "@/lib/auth";
import { config, trustProxy } from "@/lib/config";
import { logger } from "@/lib/log";
import { redisConfigured } from "@/lib/redis";
import { attachNamespace, disconnectSessions } from "./kit";
import "./namespace-modules";
import { redisAdapter } from "./redis-adapter";
import { state } from "./state";

/*
 * The custom server's entry to realtime (the only file that loads namespace-modules.ts, so that
 * feature modules defining namespaces can import lib/realtime without a cycle).
 */

/** The largest frame a client may send; a bigger one closes its connection. Socket.IO's default is 1 MB. */
export const MAX_FRAME_BYTES = 128 * 1024;

/**
 * Whether a handshake's Origin may connect: none at all (a non-browser client, which still needs
 * a token), the app's own (the Host it asked for), or one listed in CORS_ORIGINS. A browser page
 * of any other site is refused, though the browser would send it no cookies: its user's token
 * could have been lured into it.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

function requestHost(req: IncomingMessage): string | undefined {
  const forwarded = trustProxy ? String(req.headers["x-forwarded-host"] ?? "").split(",")[0].trim() : "";
  return forwarded || req.headers.host;
}

/** A Socket.IO server with the guards that apply to every namespace: Origin, frame size, no default namespace. */
export function createRealtimeServer(server: HttpServer, allowedOrigins: readonly string[] = config.corsOrigins): Server {
  const io = new Server(server, {
    serveClient: false,
    // CORS headers for the polling transport, for the same origins the check below admits.
    cors: { origin: allowedOrigins.length ? [...allowedOrigins] : false },
    maxHttpBufferSize: MAX_FRAME_BYTES,
    // Checked once per connection, before any namespace: so no namespace can forget it.
    allowRequest: (req, callback) => {
      const ok = originAllowed(req.headers.origin, requestHost(req), allowedOrigins);
      callback(ok ? null : "FORBIDDEN_ORIGIN", ok);
    },
  });
  // The default namespace serves nothing: every connection to it is refused.
  io.of("/").use((_socket, next) => next(Object.assign(new Error("NOT_FOUND"), { data: { code: "NOT_FOUND" } })));
  return io;
}

/**
 * Attaches Socket.IO to the HTTP server with every namespace listed in namespace-modules.ts. With
 * REDIS_URL, emits fan out through Redis, so a client connected to one app process receives what
 * another process sends.
 */
export function attachRealtime(server: HttpServer, opts: { allowedOrigins?: readonly string[] } = {}): Server {
  const io = createRealtimeServer(server, opts.allowedOrigins);
  state.mode = redisConfigured() ? "redis" : "in-process";
  if (state.mode === "redis") io.adapter(redisAdapter());
  state.io = io;
  for (const def of state.namespaces.values()) attachNamespace(io, def);
  state.stopListening?.();
  state.stopListening = onSessionsEnded((ids) => disconnectSessions(io, ids));
  logger.info({ namespaces: [...state.namespaces.keys()], mode: state.mode }, "socket.io attached");
  return io;
}
