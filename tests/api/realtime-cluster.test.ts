import { afterAll, describe, expect, it } from "vitest";
import { api, registerCompany, registerV1 } from "./helpers/accounts";
import { closeSockets, connected, nextEvent, openSystemSocket as open } from "./helpers/sockets";
import { twoProcessCluster } from "./cluster-support";

const cluster = await twoProcessCluster("realtime");
afterAll(closeSockets);

describe.skipIf(!cluster.available)("Socket.IO across two app processes (Redis adapter)", () => {
  it("refuses a /system connection without a valid token", async () => {
    const { a } = cluster.servers;
    await expect(connected(open(a!.url))).rejects.toThrow("UNAUTHORIZED");
    await expect(connected(open(a!.url, "not-a-token"))).rejects.toThrow("UNAUTHORIZED");
  });

  it("delivers a notice sent by process B to the user's socket on process A, and to nobody else", async () => {
    const { a, b } = cluster.servers;
    const company = await registerCompany(api(a!.url));
    const bystander = await registerV1(api(a!.url));

    const mine = open(a!.url, company.token);
    const theirs = open(a!.url, bystander.token);
    await Promise.all([connected(mine), connected(theirs)]);
    let bystanderGotIt = false;
    theirs.on("cache:cleared", () => (bystanderGotIt = true));

    const notice = nextEvent<{ prefix: string | null; cleared: number }>(mine, "cache:cleared");
    const res = await api(b!.url)("POST", "/api/v1/monitoring/cache/clear?prefix=statistics", { token: company.token });
    expect(res.status).toBe(200);
    expect(await notice).toEqual({ prefix: "statistics", cleared: 0 });

    // Give a misrouted copy time to arrive before concluding none did.
    await new Promise((r) => setTimeout(r, 500));
    expect(bystanderGotIt).toBe(false);
  });

  it("ends a socket on process A when its session is logged out on process B", async () => {
    const { a, b } = cluster.servers;
    const acc = await registerV1(api(a!.url));
    const socket = open(a!.url, acc.token);
    await connected(socket);
    const reason = nextEvent<string>(socket, "disconnect");
    expect((await api(b!.url)("POST", "/api/v1/auth/logout", { token: acc.token })).status).toBe(200);
    expect(await reason).toBe("io server disconnect");
  });
});
