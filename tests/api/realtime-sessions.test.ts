import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { api, registerV1 } from "./helpers/accounts";
import { closeSockets, connected, nextEvent, openSystemSocket } from "./helpers/sockets";

// A socket is authenticated once, at its handshake; these check it does not outlive its session.
describe("sockets end with their session", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    closeSockets();
    await server?.stop();
  });

  /** A second login of the same account: its own session and token. */
  async function login(call: ReturnType<typeof api>, acc: { email: string; password: string }) {
    const res = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
    expect(res.status).toBe(200);
    return res.body.token as string;
  }

  it("logout disconnects that session's socket and leaves the account's other sessions connected", async () => {
    const call = api(server.url);
    const acc = await registerV1(call);
    const other = await login(call, acc);
    const ending = openSystemSocket(server.url, acc.token);
    const staying = openSystemSocket(server.url, other);
    await Promise.all([connected(ending), connected(staying)]);

    const reason = nextEvent<string>(ending, "disconnect");
    expect((await call("POST", "/api/v1/auth/logout", { token: acc.token })).status).toBe(200);
    expect(await reason).toBe("io server disconnect");
    await new Promise((r) => setTimeout(r, 300));
    expect(staying.connected).toBe(true);
    // And the ended session cannot open a new one.
    await expect(connected(openSystemSocket(server.url, acc.token))).rejects.toThrow("UNAUTHORIZED");
  });

  it("a password change disconnects the account's other sessions, not the one that changed it", async () => {
    const call = api(server.url);
    const acc = await registerV1(call);
    const elsewhere = await login(call, acc);
    const here = openSystemSocket(server.url, acc.token);
    const there = openSystemSocket(server.url, elsewhere);
    await Promise.all([connected(here), connected(there)]);

    const reason = nextEvent<string>(there, "disconnect");
    const res = await call("POST", "/api/v1/user/change-password", {
      token: acc.token,
      json: { currentPassword: acc.password, newPassword: "Brand-new-secret-77" },
    });
    expect(res.status).toBe(200);
    expect(await reason).toBe("io server disconnect");
    await new Promise((r) => setTimeout(r, 300));
    expect(here.connected).toBe(true);
  });
});
