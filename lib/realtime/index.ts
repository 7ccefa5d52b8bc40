import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { actorFromAccessToken, type Actor } from "@/lib/auth";
import { logger } from "@/lib/log";

type Registrar = (io: Server) => void;

const state = ((globalThis as unknown as { offerpathRealtime?: { io?: Server; registrars: Registrar[] } }).offerpathRealtime ??= {
  registrars: [],
});

/** Feature modules add their namespaces here; they are attached when the server starts. */
export function registerNamespace(registrar: Registrar): void {
  state.registrars.push(registrar);
  if (state.io) registrar(state.io);
}

export function attachRealtime(server: HttpServer): Server {
  const io = new Server(server, { serveClient: false, cors: { origin: false } });
  state.io = io;
  for (const registrar of state.registrars) registrar(io);
  logger.info({ namespaces: state.registrars.length }, "socket.io attached");
  return io;
}

export function realtime(): Server | undefined {
  return state.io;
}

/** Handshake authentication, like the API: `auth: { token }` or `Authorization: Bearer`. */
export async function socketActor(socket: Socket): Promise<Actor> {
  const fromAuth = (socket.handshake.auth as { token?: unknown })?.token;
  const header = socket.handshake.headers.authorization;
  const token = typeof fromAuth === "string" ? fromAuth : header?.startsWith("Bearer ") ? header.slice(7) : undefined;
  if (!token) throw new Error("UNAUTHORIZED");
  return actorFromAccessToken(token);
}
