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

  /** An account logged in twice (two sessions), with a connected /system socket for each. */
  async function accountWithTwoSessions(call: ReturnType<typeof api>) {
    const acc = await registerV1(call);
    const second = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
    expect(second.status).toBe(200);
    const first = openSystemSocket(server.url, acc.token);
    const other = openSystemSocket(server.url, second.body.token as string);
    await Promise.all([connected(first), connected(other)]);
    return { acc, first, other };
  }

  it("logout disconnects that session's socket and leaves the account's other sessions connected", async () => {
    const call = api(server.url);
    const { acc, first: ending, other: staying } = await accountWithTwoSessions(call);

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
    const { acc, first: here, other: there } = await accountWithTwoSessions(call);

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
