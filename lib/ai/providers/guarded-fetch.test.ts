import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isPrivateHost, isPublicAddress } from "./address-policy";
import { BlockedAddressError, guardedFetch, type Resolve } from "./guarded-fetch";

// A loopback HTTP server standing for anything on the server's own network: the guard must
// refuse before a connection is ever opened, so it counts connections, not requests.
interface Listener {
  port: number;
  connections: number;
  close(): Promise<void>;
}

async function listen(handler: http.RequestListener = (_req, res) => res.end("{}"), host = "127.0.0.1"): Promise<Listener> {
  const server = http.createServer(handler);
  const l: Listener = { port: 0, connections: 0, close: () => new Promise((r) => server.close(() => r())) };
  server.on("connection", () => void l.connections++);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  l.port = (server.address() as AddressInfo).port;
  return l;
}

const resolvesTo = (...addresses: string[]): Resolve => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  const err = await promise.then(
    () => expect.unreachable("the request went through"),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TypeError); // fetch's "fetch failed"
  return (err as TypeError).cause;
}

let local: Listener;
beforeAll(async () => {
  local = await listen();
});
afterAll(() => local.close());
beforeEach(() => {
  local.connections = 0;
});

describe("a user's base URL, private addresses not allowed", () => {
  const fetchAsUser = guardedFetch({ allowPrivate: false });
  const spellings = ["127.0.0.1", "0.0.0.0", "127.1", "2130706433", "0x7f.1", "[::1]", "[::ffff:127.0.0.1]", "localhost", "localhost.", "foo.localhost"];

  it.each(spellings)("refuses %s before connecting", async (host) => {
    const cause = await refusal(fetchAsUser(`http://${host}:${local.port}/v1/models`));
    expect(cause).toBeInstanceOf(BlockedAddressError);
    expect(local.connections).toBe(0);
  });

  it("refuses a public-looking name that resolves to loopback (checked after resolution)", async () => {
    const viaDns = guardedFetch({ allowPrivate: false, resolve: resolvesTo("127.0.0.1") });
    expect(await refusal(viaDns(`http://llm.example.com:${local.port}/v1/models`))).toBeInstanceOf(BlockedAddressError);
    const mixed = guardedFetch({ allowPrivate: false, resolve: resolvesTo("8.8.8.8", "127.0.0.1") });
    expect(await refusal(mixed(`http://llm.example.com:${local.port}/v1/models`))).toBeInstanceOf(BlockedAddressError);
    expect(local.connections).toBe(0);
  });

  it("connects to the very address it checked (no second lookup)", async () => {
    // With private addresses allowed, the injected resolver's answer is where the socket goes.
    let lookups = 0;
    const allowed = guardedFetch({ allowPrivate: true, resolve: async () => (lookups++, [{ address: "127.0.0.1", family: 4 }]) });
    const res = await allowed(`http://llm.example.com:${local.port}/v1/models`);
    expect(res.status).toBe(200);
    expect(local.connections).toBe(1);
    expect(lookups).toBe(1);
  });
});

describe("redirects", () => {
  it("are not followed, so the key is never re-sent elsewhere", async () => {
    const elsewhere = await listen();
    const redirecting = await listen((_req, res) => {
      res.writeHead(307, { location: `http://127.0.0.1:${elsewhere.port}/v1/chat/completions` });
      res.end();
    });
    try {
      const fetchAsUser = guardedFetch({ allowPrivate: true });
      const res = await fetchAsUser(`http://127.0.0.1:${redirecting.port}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: "Bearer sk-user-key" },
        body: "{}",
      });
      expect(res.status).toBe(307);
      expect(redirecting.connections).toBe(1);
      expect(elsewhere.connections).toBe(0);
    } finally {
      await Promise.all([elsewhere.close(), redirecting.close()]);
    }
  });
});

describe("address policy", () => {
  it("passes only public unicast addresses", () => {
    for (const ip of ["8.8.8.8", "1.1.1.1", "2001:4860:4860::8888"]) expect(isPublicAddress(ip), ip).toBe(true);
    for (const ip of [
      "127.0.0.1", "0.0.0.0", "10.0.0.5", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1",
      "240.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1", "::1", "::", "fc00::1", "fd12::1", "fe80::1",
      "ff02::1", "::ffff:127.0.0.1", "::ffff:8.8.8.8", "64:ff9b::7f00:1", "2002:7f00:1::", "2001:db8::1", "127.1", "not an ip",
    ]) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });

  it("knows the server's own names whatever DNS says", () => {
    for (const h of ["localhost", "localhost.", "foo.localhost", "LOCALHOST", "redis", "printer.local", "db.internal", "[::1]", "127.0.0.1"]) {
      expect(isPrivateHost(h), h).toBe(true);
    }
    for (const h of ["api.openai.com", "openrouter.ai", "8.8.8.8", "[2001:4860:4860::8888]"]) expect(isPrivateHost(h), h).toBe(false);
  });
});
