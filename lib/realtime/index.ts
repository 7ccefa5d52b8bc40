import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { actorFromAccessToken, type Actor } from "@/lib/auth";
import { logger } from "@/lib/log";
import { redisConfigured } from "@/lib/redis";
import { redisAdapter } from "./redis-adapter";

type Registrar = (io: Server) => void;
export type RealtimeMode = "in-process" | "redis";

interface RealtimeState {
  io?: Server;
  /** A Socket.IO server with no HTTP server of its own: how a worker process emits to clients. */
  emitter?: Server;
  mode?: RealtimeMode;
  registrars: Registrar[];
}
const state = ((globalThis as unknown as { offerpathRealtime?: RealtimeState }).offerpathRealtime ??= {
  registrars: [],
});

/** Feature modules add their namespaces here; they are attached when the server starts. */
export function registerNamespace(registrar: Registrar): void {
  state.registrars.push(registrar);
  if (state.io) registrar(state.io);
}

/**
 * Attaches Socket.IO to the HTTP server. With REDIS_URL, emits fan out through Redis, so a
 * client connected to one app process receives what another process sends.
 */
export function attachRealtime(server: HttpServer): Server {
  const io = new Server(server, { serveClient: false, cors: { origin: false } });
  state.mode = redisConfigured() ? "redis" : "in-process";
  if (state.mode === "redis") io.adapter(redisAdapter());
  state.io = io;
  attachSystemNamespace(io);
  for (const registrar of state.registrars) registrar(io);
  logger.info({ namespaces: state.registrars.length + 1, mode: state.mode }, "socket.io attached");
  return io;
}

export function realtime(): Server | undefined {
  return state.io;
}

/** How emits reach clients: this process only, or every process through Redis. */
export function realtimeMode(): RealtimeMode {
  return state.mode ?? (redisConfigured() ? "redis" : "in-process");
}

/** Handshake authentication, like the API: `auth: { token }` or `Authorization: Bearer`. */
export async function socketActor(socket: Socket): Promise<Actor> {
  const fromAuth = (socket.handshake.auth as { token?: unknown })?.token;
  const header = socket.handshake.headers.authorization;
  const token = typeof fromAuth === "string" ? fromAuth : header?.startsWith("Bearer ") ? header.slice(7) : undefined;
  if (!token) throw new Error("UNAUTHORIZED");
  const actor = await actorFromAccessToken(token);
  // Every authenticated socket, in whichever namespace, sits in its session's room, so the
  // session's end (logout, password change, a stolen refresh token) can end the socket too.
  void socket.join(sessionRoom(actor.sessionId));
  return actor;
}

const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * Disconnects the sockets opened with these sessions, in every namespace and, through Redis,
 * on every app process. A socket is authenticated once, at its handshake; without this it would
 * outlive the session it was opened with.
 */
export function disconnectSessions(sessionIds: string[]): void {
  const io = state.io;
  if (!io || sessionIds.length === 0) return;
  const rooms = sessionIds.map(sessionRoom);
  for (const nsp of io._nsps.values()) nsp.in(rooms).disconnectSockets(true);
}

export const SYSTEM_NAMESPACE = "/system";
const userRoom = (userId: string) => `user:${userId}`;

/**
 * `/system`: the built-in namespace for notices addressed to one user (cache cleared, and later
 * job progress and the like). The handshake is authenticated like the API (`auth: { token }` with
 * an access token, or `Authorization: Bearer`); a refused handshake gets a connect_error
 * "UNAUTHORIZED". Each socket joins its user's room `user:<id>` and nothing else: clients cannot
 * join rooms or send events here, they only listen. `notifyUser` emits to that room.
 */
function attachSystemNamespace(io: Server): void {
  const nsp = io.of(SYSTEM_NAMESPACE);
  nsp.use((socket, next) => {
    socketActor(socket).then(
      (actor) => {
        socket.data.actor = actor;
        next();
      },
      () => next(new Error("UNAUTHORIZED")),
    );
  });
  nsp.on("connection", (socket) => {
    void socket.join(userRoom((socket.data.actor as Actor).id));
  });
}

/**
 * Sends `event` to every socket of one user in `/system`, on whichever app process it is
 * connected to. A process without a Socket.IO server of its own (a worker) emits through Redis
 * when it is configured. Returns false when there is no way to reach clients from here.
 */
export function notifyUser(userId: string, event: string, payload: unknown): boolean {
  let io = state.io;
  if (!io && redisConfigured()) {
    if (!state.emitter) {
      state.emitter = new Server();
      state.emitter.adapter(redisAdapter());
    }
    io = state.emitter;
  }
  if (!io) return false;
  io.of(SYSTEM_NAMESPACE).to(userRoom(userId)).emit(event, payload);
  return true;
}
