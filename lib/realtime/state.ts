import { Server } from "socket.io";
import { redisConfigured } from "@/lib/redis";
import { redisAdapter } from "./redis-adapter";
import type { NamespaceDefinition } from "./kit";

export type RealtimeMode = "in-process" | "redis";

interface RealtimeState {
  /** The Socket.IO server of this process, once the custom server attached it. */
  io?: Server;
  /** A Socket.IO server with no HTTP server of its own: how a worker process emits to clients. */
  emitter?: Server;
  mode?: RealtimeMode;
  /** Every namespace defined with `defineNamespace`, by name. */
  namespaces: Map<string, NamespaceDefinition>;
  /** Unsubscribes the attached server from ended sessions. */
  stopListening?: () => void;
}

// On globalThis: the custom server and Next's bundled route handlers load lib/realtime separately
// in one process; domain code in a route handler must emit through the server's Socket.IO.
export const state: RealtimeState = ((globalThis as unknown as { offerpathRealtime?: RealtimeState }).offerpathRealtime ??= {
  namespaces: new Map(),
});

/**
 * The server to emit through: this process's own or, in a process without one (a worker), an
 * emitter on the Redis adapter when Redis is configured. Undefined when no client can be reached.
 */
export function emittingServer(): Server | undefined {
  if (state.io) return state.io;
  if (!redisConfigured()) return undefined;
  if (!state.emitter) {
    state.emitter = new Server();
    state.emitter.adapter(redisAdapter());
  }
  return state.emitter;
}

/** How emits reach clients: this process only, or every process through Redis. */
export function realtimeMode(): RealtimeMode {
  return state.mode ?? (redisConfigured() ? "redis" : "in-process");
}
