import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { api, registerV1 } from "./helpers/accounts";
import { closeSockets, connected, openSocket } from "./helpers/sockets";

const PARTNER = "https://partner.example";

// The handshake guards every namespace gets, against the real server.
describe("Socket.IO handshake guards", () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startServer({ env: { CORS_ORIGINS: PARTNER } });
    token = (await registerV1(api(server.url))).token as string;
  });
  afterAll(async () => {
    closeSockets();
    await server?.stop();
  });

  it.for(["/", "/system"])("%s refuses a socket with no token or a forged one", async (namespace) => {
    await expect(connected(openSocket(server.url, namespace))).rejects.toThrow();
    await expect(connected(openSocket(server.url, namespace, { token: `${token}x` }))).rejects.toThrow();
    await expect(connected(openSocket(server.url, namespace, { token: "not-a-token" }))).rejects.toThrow();
  });

  it("the default namespace serves nothing, even to a valid token", async () => {
    await expect(connected(openSocket(server.url, "/", { token }))).rejects.toThrow("NOT_FOUND");
  });

  it.for(["/", "/system"])("%s refuses a valid token from a foreign Origin", async (namespace) => {
    const evil = openSocket(server.url, namespace, { token, origin: "https://evil.example" });
    await expect(connected(evil)).rejects.toThrow();
  });

  it("admits a valid token from the app's own origin, a CORS_ORIGINS one, or with no Origin (non-browser)", async () => {
    await connected(openSocket(server.url, "/system", { token, origin: server.url }));
    await connected(openSocket(server.url, "/system", { token, origin: PARTNER }));
    await connected(openSocket(server.url, "/system", { token }));
  });
});
