import http from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from "vitest";
import { z } from "zod";

// Tokens name their actor, so the kit's guards are tested without a database.
vi.mock("@/lib/auth", async () => {
  const events = await import("@/lib/auth/session-events");
  const actors: Record<string, object> = {
    "candidate-token": { id: "u-candidate", role: "candidate", email: null, companyId: null, sessionId: "s-candidate" },
    "company-token": { id: "u-company", role: "company", email: null, companyId: "c-1", sessionId: "s-company" },
  };
  return {
    ...events,
    actorFromAccessToken: async (token: string) => {
      if (!actors[token]) throw new Error("UNAUTHORIZED");
      return actors[token];
    },
  };
});

const { announceSessionsEnded } = await import("@/lib/auth/session-events");
const { errors } = await import("@/lib/http/errors");
const { defineNamespace } = await import("./kit");
const { attachRealtime, MAX_FRAME_BYTES, originAllowed } = await import("./server");

const Echo = z.object({ text: z.string().max(50) });
const room = defineNamespace({
  name: "/test-room",
  roles: ["candidate"],
  rateLimit: { events: 10, windowMs: 60_000 },
  events: {
    echo: {
      schema: Echo,
      handler: ({ data, ack }) => {
        expectTypeOf(data).toEqualTypeOf<{ text: string }>();
        ack({ ok: true, text: data.text });
      },
    },
    join: {
      schema: z.object({ room: z.string() }),
      handler: async ({ socket, data, ack }) => {
        await socket.join(`r:${data.room}`);
        ack({ ok: true });
      },
    },
    refuse: {
      schema: z.undefined(),
      handler: () => {
        throw errors.forbidden("Not your room");
      },
    },
    explode: {
      schema: z.undefined(),
      handler: () => {
        throw new Error("handler bug");
      },
    },
  },
  emits: { said: z.object({ by: z.string() }) },
});

let url = "";
const httpServer = http.createServer();
const opened: Socket[] = [];
beforeAll(async () => {
  attachRealtime(httpServer, { allowedOrigins: ["https://allowed.example"] });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of opened) s.disconnect();
  await new Promise((resolve) => httpServer.close(resolve));
});

function open(path: string, token?: string, headers: Record<string, string> = {}): Socket {
  const socket = connect(`${url}${path}`, {
    auth: token ? { token } : {},
    extraHeaders: headers,
    transports: ["websocket"],
    reconnection: false,
  });
  opened.push(socket);
  return socket;
}

/** Resolves once connected; rejects with the connect_error's message. */
const connected = (socket: Socket) =>
  new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
const disconnected = (socket: Socket) => new Promise<string>((resolve) => socket.once("disconnect", resolve));
const send = (socket: Socket, event: string, ...args: unknown[]) =>
  socket.timeout(3000).emitWithAck(event, ...args) as Promise<Record<string, unknown>>;

describe("the realtime kit", () => {
  it("refuses a handshake without a token, or with a forged one", async () => {
    await expect(connected(open("/test-room"))).rejects.toThrow("UNAUTHORIZED");
    await expect(connected(open("/test-room", "forged"))).rejects.toThrow("UNAUTHORIZED");
    await expect(connected(open("/system", "forged"))).rejects.toThrow("UNAUTHORIZED");
  });

  it("refuses a role the namespace does not admit", async () => {
    await expect(connected(open("/test-room", "company-token"))).rejects.toThrow("FORBIDDEN");
    await connected(open("/system", "company-token"));
  });

  it("serves nothing on the default namespace", async () => {
    await expect(connected(open("/"))).rejects.toThrow("NOT_FOUND");
    await expect(connected(open("/", "candidate-token"))).rejects.toThrow("NOT_FOUND");
  });

  it("refuses a foreign Origin in every namespace, and admits its own, a listed one, or none", async () => {
    const evil = { origin: "https://evil.example" };
    await expect(connected(open("/test-room", "candidate-token", evil))).rejects.toThrow();
    await expect(connected(open("/system", "candidate-token", evil))).rejects.toThrow();
    await expect(connected(open("/system", "candidate-token", { origin: "null" }))).rejects.toThrow();
    await connected(open("/test-room", "candidate-token", { origin: url }));
    await connected(open("/test-room", "candidate-token", { origin: "https://allowed.example" }));
    await connected(open("/test-room", "candidate-token"));
  });

  it("validates payloads: an invalid one gets an error ack (or an error event), and the socket lives on", async () => {
    const socket = open("/test-room", "candidate-token");
    await connected(socket);
    expect(await send(socket, "echo", { text: "hi" })).toEqual({ ok: true, text: "hi" });
    const bad = await send(socket, "echo", { text: 42 });
    expect(bad).toMatchObject({ error: { code: "VALIDATION_ERROR", details: [{ path: ["text"] }] } });
    expect(await send(socket, "nope", {})).toMatchObject({ error: { code: "UNKNOWN_EVENT" } });
    // Without an ack the refusal comes as an `error` event.
    const errorEvent = new Promise((resolve) => socket.once("error", resolve));
    socket.emit("echo", "not an object");
    expect(await errorEvent).toMatchObject({ event: "echo", error: { code: "VALIDATION_ERROR" } });
    // A handler refuses with an ApiError, as a route handler does.
    expect(await send(socket, "refuse")).toEqual({ error: { code: "FORBIDDEN", message: "Not your room" } });
    // A handler that throws anything else answers INTERNAL_ERROR instead of crashing anything.
    expect(await send(socket, "explode")).toMatchObject({ error: { code: "INTERNAL_ERROR" } });
    expect(await send(socket, "echo", { text: "still here" })).toEqual({ ok: true, text: "still here" });
  });

  it("limits events per socket: refused past the limit, disconnected past twice it", async () => {
    const socket = open("/test-room", "candidate-token");
    await connected(socket);
    const replies = [];
    for (let i = 0; i < 11; i += 1) replies.push(await send(socket, "echo", { text: `${i}` }));
    expect(replies.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(replies[10]).toMatchObject({ error: { code: "RATE_LIMITED" } });
    const gone = disconnected(socket);
    for (let i = 0; i < 10; i += 1) socket.emit("echo", { text: "flood" });
    expect(await gone).toBe("io server disconnect");
  });

  it("closes a connection that sends a frame over the size limit", async () => {
    const socket = open("/test-room", "candidate-token");
    await connected(socket);
    const gone = disconnected(socket);
    socket.emit("echo", { text: "x".repeat(MAX_FRAME_BYTES + 10) });
    expect(await gone).toBe("transport close");
  });

  it("lets handlers join rooms, and domain code emit to them, typed", async () => {
    const socket = open("/test-room", "candidate-token");
    await connected(socket);
    expect(await send(socket, "join", { room: "a" })).toEqual({ ok: true });
    const said = new Promise((resolve) => socket.once("said", resolve));
    expect(room.to("r:a").emit("said", { by: "server" })).toBe(true);
    expect(await said).toEqual({ by: "server" });
    // @ts-expect-error: the payload is typed by the namespace's `emits`.
    room.to("r:a").emit("said", { by: 1 });
    // @ts-expect-error: so is the event's name.
    room.to("r:a").emit("unsaid", {});
  });

  it("disconnects a session's sockets in every namespace when auth announces its end", async () => {
    const inRoom = open("/test-room", "candidate-token");
    const inSystem = open("/system", "candidate-token");
    const other = open("/system", "company-token");
    await Promise.all([connected(inRoom), connected(inSystem), connected(other)]);
    const gone = Promise.all([disconnected(inRoom), disconnected(inSystem)]);
    announceSessionsEnded(["s-candidate"]);
    expect(await gone).toEqual(["io server disconnect", "io server disconnect"]);
    await new Promise((r) => setTimeout(r, 100));
    expect(other.connected).toBe(true);
  });
});

describe("originAllowed", () => {
  it("admits no Origin, the requested host, and listed origins only", () => {
    expect(originAllowed(undefined, "app.example", [])).toBe(true);
    expect(originAllowed("https://app.example", "app.example", [])).toBe(true);
    expect(originAllowed("https://APP.example", "app.example", [])).toBe(true);
    expect(originAllowed("https://app.example.evil", "app.example", [])).toBe(false);
    expect(originAllowed("https://other.example", "app.example", ["https://other.example"])).toBe(true);
    expect(originAllowed("null", "app.example", [])).toBe(false);
    expect(originAllowed("https://app.example", undefined, [])).toBe(false);
  });
});
