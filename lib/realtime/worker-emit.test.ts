import http from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { io as connect } from "socket.io-client";
import { afterAll, describe, expect, it, vi } from "vitest";
import { testRedis } from "@/lib/redis/testing";

// Before lib/config is loaded (by the imports above): this process is configured with Redis.
vi.hoisted(() => {
  process.env.REDIS_URL ||= "redis://127.0.0.1:6379";
  Object.assign(process.env, { REDIS_PREFIX: `offerpath-sio-worker-${process.pid}-${Date.now()}`, LOG_LEVEL: "silent" });
});

// A worker process has no Socket.IO server of its own: a namespace's `to(...).emit` must reach a
// client connected to a web process through Redis. The web process is played by a Socket.IO
// server in this test; this process never attaches one, as a worker does not.
const probe = await testRedis("the worker-emit test is skipped");
probe?.disconnect();

vi.mock("@/lib/auth", async () => ({
  ...(await import("@/lib/auth/session-events")),
  actorFromAccessToken: async (token: string) => {
    if (token !== "worker-test-token") throw new Error("UNAUTHORIZED");
    return { id: "u-1", role: "candidate", email: null, companyId: null, sessionId: "s-1" };
  },
}));

describe.skipIf(!probe)("emitting from a process without a Socket.IO server", () => {
  const httpServer = http.createServer();
  let web: Server | undefined;
  afterAll(async () => {
    await web?.close();
    const { closeRedis } = await import("@/lib/redis");
    await closeRedis();
  });

  it("reaches the user's socket on the web process through Redis", async () => {
    const { attachNamespace } = await import("./kit");
    const { redisAdapter } = await import("./redis-adapter");
    const { notifyUser, systemNamespace } = await import("./index");
    web = new Server(httpServer, { serveClient: false });
    web.adapter(redisAdapter());
    attachNamespace(web, systemNamespace as never);
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const { port } = httpServer.address() as AddressInfo;

    const client = connect(`http://127.0.0.1:${port}/system`, { auth: { token: "worker-test-token" }, transports: ["websocket"], reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => (client.once("connect", resolve), client.once("connect_error", reject)));
      const received = new Promise((resolve) => client.once("cache:cleared", resolve));
      // The emitter's Redis subscription takes a moment: emit until it arrives.
      const timer = setInterval(() => expect(notifyUser("u-1", "cache:cleared", { prefix: null, cleared: 3 })).toBe(true), 100);
      try {
        expect(await received).toEqual({ prefix: null, cleared: 3 });
      } finally {
        clearInterval(timer);
      }
    } finally {
      client.disconnect();
    }
  });
});
