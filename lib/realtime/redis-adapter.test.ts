import http from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { io as connect } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import { closeRedis } from "@/lib/redis";
import { testRedis, TEST_REDIS_URL, uniqueRedisPrefix } from "@/lib/redis/testing";
import { redisAdapter } from "./redis-adapter";

const probe = await testRedis("the Socket.IO Redis adapter tests are skipped");
probe?.disconnect();

describe.skipIf(!probe)("Socket.IO Redis adapter", () => {
  const key = uniqueRedisPrefix("sio");
  const httpServer = http.createServer();
  const serving = new Server(httpServer, { serveClient: false });
  // A second server with no HTTP server, like a worker process that only emits.
  const emitting = new Server();
  serving.adapter(redisAdapter({ url: TEST_REDIS_URL, key }));
  emitting.adapter(redisAdapter({ url: TEST_REDIS_URL, key }));
  serving.on("connection", (socket) => void socket.join("user:42"));

  afterAll(async () => {
    await serving.close();
    await emitting.of("/").adapter.close();
    await closeRedis();
  });

  it("carries a room emit from one server to a client of the other, and sees the other's sockets", async () => {
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const { port } = httpServer.address() as AddressInfo;
    const client = connect(`http://127.0.0.1:${port}`, { transports: ["websocket"], reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => {
        client.once("connect", resolve);
        client.once("connect_error", reject);
      });
      const received = new Promise((resolve) => client.once("hello", resolve));
      emitting.to("user:42").emit("hello", { from: "emitter" });
      expect(await received).toEqual({ from: "emitter" });

      // fetchSockets asks every server over Redis; the adapter counts them first (PUBSUB NUMSUB).
      expect(await emitting.of("/").adapter.serverCount()).toBe(2);
      const remote = await emitting.in("user:42").fetchSockets();
      expect(remote.map((s) => s.id)).toEqual([client.id]);
    } finally {
      client.disconnect();
    }
  });
});
