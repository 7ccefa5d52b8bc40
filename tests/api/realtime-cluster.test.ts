import { io as connect, type Socket } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import { api, registerCompany, registerV1 } from "./helpers/accounts";
import { twoProcessCluster } from "./cluster-support";

const cluster = await twoProcessCluster("realtime");

const sockets: Socket[] = [];
afterAll(() => {
  for (const s of sockets) s.disconnect();
});

function open(url: string, token?: string): Socket {
  const socket = connect(`${url}/system`, { auth: token ? { token } : {}, transports: ["websocket"], reconnection: false });
  sockets.push(socket);
  return socket;
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}

function nextEvent<T>(socket: Socket, event: string, ms = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

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
});
