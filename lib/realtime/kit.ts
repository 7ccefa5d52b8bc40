import type { Namespace, Server, Socket } from "socket.io";
import type { z } from "zod";
import { actorFromAccessToken, type Actor } from "@/lib/auth";
import { ApiError } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { emittingServer, state } from "./state";

/*
 * The realtime kit: a feature describes its namespace once (who may connect, which events it
 * takes and their payload schemas, which events it sends) and the kit adds what every namespace
 * needs: the handshake's token authentication, the role check, payload validation, a per-socket
 * event rate limit, and the session's end ending the socket. The Origin check and the frame size
 * limit apply to the whole Socket.IO server (see server.ts), so to every namespace alike.
 */

export type Role = Actor["role"];

/** What a client gets back (its ack, or an `error` event without one) when an event is refused. */
export interface RealtimeError {
  error: { code: "VALIDATION_ERROR" | "UNKNOWN_EVENT" | "RATE_LIMITED" | "INTERNAL_ERROR" | (string & {}); message: string; details?: unknown };
}

export type Ack = (reply: unknown) => void;

export interface EventContext<Data> {
  actor: Actor;
  socket: Socket;
  /** The payload, parsed by the event's schema. */
  data: Data;
  /** Answers the client's acknowledgement callback; does nothing when the client sent none. */
  ack: Ack;
}

export interface EventSpec<S extends z.ZodType> {
  schema: S;
  handler: (ctx: EventContext<z.output<S>>) => unknown;
}

type Schemas = Record<string, z.ZodType>;

export interface NamespaceOptions<In extends Schemas, Out extends Schemas> {
  /** `/name`. */
  name: `/${string}`;
  /** Roles that may connect, or "any" for every signed-in user. */
  roles: readonly Role[] | "any";
  /** Events clients may send, each with its payload schema and handler. */
  events: { [E in keyof In]: EventSpec<In[E]> };
  /** Events the server sends, with their payload schemas: `to(room).emit` is typed by them. */
  emits?: Out;
  /** Runs once a socket is admitted, e.g. to join rooms the actor may see. */
  onConnect?: (ctx: { actor: Actor; socket: Socket }) => unknown;
  /** Events one socket may send per window; past it they are refused, past twice it is disconnected. */
  rateLimit?: { events: number; windowMs: number };
}

export interface RoomEmitter<Out extends Schemas> {
  /**
   * Sends to every socket in the room(s), on whichever app process they are connected to (through
   * Redis when configured, also from a worker process). False when no client can be reached from here.
   */
  emit<E extends keyof Out & string>(event: E, payload: z.input<Out[E]>): boolean;
}

export interface NamespaceDefinition<In extends Schemas = Schemas, Out extends Schemas = Schemas> {
  readonly name: string;
  readonly options: NamespaceOptions<In, Out>;
  /** Emits to rooms of this namespace, from domain code anywhere (route handlers, jobs). */
  to(room: string | string[]): RoomEmitter<Out>;
  /** Emits to every socket of one user in this namespace. */
  toUser(userId: string): RoomEmitter<Out>;
}

export const DEFAULT_RATE_LIMIT = { events: 30, windowMs: 1000 };

/** The rooms every admitted socket joins: its user's, and its login session's (to end it with the session). */
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * Describes a namespace; list the module that calls it in namespace-modules.ts so the server
 * attaches it. Returns the typed way to emit to its rooms.
 */
export function defineNamespace<In extends Schemas, Out extends Schemas = Record<never, z.ZodType>>(
  options: NamespaceOptions<In, Out>,
): NamespaceDefinition<In, Out> {
  if (!/^\/[a-z0-9][a-z0-9-]{0,49}$/.test(options.name)) throw new Error(`invalid namespace name: ${options.name}`);
  const to = (room: string | string[]): RoomEmitter<Out> => ({
    emit(event, payload) {
      const io = emittingServer();
      if (!io) return false;
      io.of(options.name).to(room).emit(event, payload);
      return true;
    },
  });
  const definition: NamespaceDefinition<In, Out> = { name: options.name, options, to, toUser: (userId) => to(userRoom(userId)) };
  state.namespaces.set(options.name, definition as unknown as NamespaceDefinition);
  if (state.io) attachNamespace(state.io, definition as unknown as NamespaceDefinition);
  return definition;
}

/** The access token of a handshake, as the API takes it: `auth: { token }` or `Authorization: Bearer`. */
function handshakeToken(socket: Socket): string | undefined {
  const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  if (typeof fromAuth === "string") return fromAuth;
  const header = socket.handshake.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice(7) : undefined;
}

const refusal = (code: string) => Object.assign(new Error(code), { data: { code } });

const reply = (ack: Ack | undefined, socket: Socket, event: string, err: RealtimeError) => {
  if (ack) ack(err);
  else socket.emit("error", { event, ...err });
};

/** Adds a defined namespace to a Socket.IO server: handshake guards, then one listener per event. */
export function attachNamespace(io: Server, def: NamespaceDefinition): Namespace {
  const { options } = def;
  const nsp = io.of(options.name);
  const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const log = logger.child({ namespace: options.name });

  nsp.use((socket, next) => {
    const token = handshakeToken(socket);
    if (!token) return next(refusal("UNAUTHORIZED"));
    actorFromAccessToken(token).then(
      (actor) => {
        if (options.roles !== "any" && !options.roles.includes(actor.role)) return next(refusal("FORBIDDEN"));
        socket.data.actor = actor;
        next();
      },
      () => next(refusal("UNAUTHORIZED")),
    );
  });

  nsp.on("connection", (socket) => {
    const actor = socket.data.actor as Actor;
    // The session's room lets its end (logout, password change, a stolen refresh token) end the socket.
    void socket.join([sessionRoom(actor.sessionId), userRoom(actor.id)]);

    let windowStart = Date.now();
    let count = 0;
    /** Counts an event: "ok", "refuse" past the limit, "disconnect" past twice it. */
    const rate = (): "ok" | "refuse" | "disconnect" => {
      const now = Date.now();
      if (now - windowStart >= limit.windowMs) {
        windowStart = now;
        count = 0;
      }
      count += 1;
      return count <= limit.events ? "ok" : count <= 2 * limit.events ? "refuse" : "disconnect";
    };

    // One listener for every event (Socket.IO runs `onAny` listeners before `socket.use`
    // middleware, so the rate limit is counted here): a flood costs a counter, not a parse.
    socket.onAny((event: string, ...args: unknown[]) => {
      const last = args[args.length - 1];
      const ack = typeof last === "function" ? (last as Ack) : undefined;
      const counted = rate();
      if (counted === "disconnect") {
        log.warn({ userId: actor.id, event }, "socket disconnected: event rate limit");
        return void socket.disconnect(true);
      }
      if (counted === "refuse") {
        return reply(ack, socket, event, { error: { code: "RATE_LIMITED", message: `At most ${limit.events} events per ${limit.windowMs} ms` } });
      }
      const spec = Object.hasOwn(options.events, event) ? options.events[event] : undefined;
      if (!spec) return reply(ack, socket, event, { error: { code: "UNKNOWN_EVENT", message: `No event ${event} here` } });
      const parsed = spec.schema.safeParse(ack ? args.slice(0, -1)[0] : args[0]);
      if (!parsed.success) {
        return reply(ack, socket, event, {
          error: { code: "VALIDATION_ERROR", message: "Invalid payload", details: parsed.error.issues.map(({ path, message }) => ({ path, message })) },
        });
      }
      // A handler refuses with an ApiError (`errors.forbidden()`, ...), as route handlers do;
      // anything else is a bug, answered without its details.
      const failed = (err: unknown) => {
        if (err instanceof ApiError && err.status < 500) {
          return reply(ack, socket, event, { error: { code: err.code, message: err.message, details: err.details } });
        }
        log.error({ err, event, userId: actor.id }, "socket event handler failed");
        reply(ack, socket, event, { error: { code: "INTERNAL_ERROR", message: "Internal error" } });
      };
      try {
        const result = spec.handler({ actor, socket, data: parsed.data, ack: ack ?? (() => undefined) });
        if (result instanceof Promise) result.catch(failed);
      } catch (err) {
        failed(err);
      }
    });

    if (options.onConnect) {
      try {
        const result = options.onConnect({ actor, socket });
        if (result instanceof Promise) result.catch((err) => (log.error({ err }, "onConnect failed"), socket.disconnect(true)));
      } catch (err) {
        log.error({ err }, "onConnect failed");
        socket.disconnect(true);
      }
    }
  });
  return nsp;
}

/**
 * Disconnects the sockets opened with these sessions, in every namespace and, through Redis, on
 * every app process. A socket is authenticated once, at its handshake; without this it would
 * outlive the session it was opened with.
 */
export function disconnectSessions(io: Server, sessionIds: string[]): void {
  if (sessionIds.length === 0) return;
  const rooms = sessionIds.map(sessionRoom);
  for (const name of state.namespaces.keys()) io.of(name).in(rooms).disconnectSockets(true);
}
