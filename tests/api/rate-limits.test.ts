import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, databaseKinds, startServer, uniqueIp, type TestServer } from "../support/server";
import { api, expectError, registerV1 } from "./helpers/accounts";

// Seed 004: 100 requests a minute per client, then 429 with Retry-After. Password guesses have
// their own, stricter limit per account (tests/api/account-security.test.ts tests it further). The test server trusts X-Forwarded-For,
// so each test is its own client.
describe.each(databaseKinds())("rate limits on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("the 101st request in a minute from one client gets 429 RATE_LIMITED with Retry-After", async () => {
    const ip = uniqueIp();
    const call = client(server.url, { ip });
    const statuses: number[] = [];
    // Sequential in small parallel batches: fast, and the count is exact.
    for (let batch = 0; batch < 10; batch++) {
      const results = await Promise.all(Array.from({ length: 10 }, () => call("GET", "/api/companies?per_page=1")));
      statuses.push(...results.map((r) => r.status));
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    const over = await call("GET", "/api/companies?per_page=1");
    expectError(over, 429, "RATE_LIMITED");
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another client is not affected.
    expect((await client(server.url, { ip: uniqueIp() })("GET", "/api/companies?per_page=1")).status).toBe(200);
  });

  it("successful responses tell the client its budget", async () => {
    const res = await api(server.url)("GET", "/api/companies?per_page=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-ratelimit-limit")).toBe("100");
    expect(Number(res.headers.get("x-ratelimit-remaining"))).toBe(99);
  });

  it("10 failed logins lock that account for the minute, from every address, even with the right password", async () => {
    const acc = await registerV1(api(server.url));
    const attacker = client(server.url, { ip: uniqueIp() });
    for (let i = 0; i < 10; i++) {
      const res = await attacker("POST", "/api/v1/auth/login", { json: { email: acc.email, password: `wrong-guess-${i}` } });
      expectError(res, 401);
    }
    const locked = await attacker("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
    expectError(locked, 429, "RATE_LIMITED");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // The same lock holds on the other seeds' login endpoints, and from another address: a
    // guesser who changes address is still counted against the one account.
    expectError(await attacker("POST", "/api/login", { json: { email: acc.email, password: acc.password } }), 429, "RATE_LIMITED");
    const elsewhere = client(server.url, { ip: uniqueIp() });
    expectError(await elsewhere("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } }), 429, "RATE_LIMITED");
    // Other accounts are not affected.
    const other = await registerV1(api(server.url));
    expect((await attacker("POST", "/api/v1/auth/login", { json: { email: other.email, password: other.password } })).status).toBe(200);
  });

  it("a successful login clears the failure count", async () => {
    const acc = await registerV1(api(server.url));
    const call = client(server.url, { ip: uniqueIp() });
    for (let i = 0; i < 9; i++) {
      expectError(await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: `nope-${i}-xxxx` } }), 401);
    }
    expect((await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } })).status).toBe(200);
    for (let i = 0; i < 9; i++) {
      expectError(await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: `again-${i}-xxxx` } }), 401);
    }
    expect((await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } })).status).toBe(200);
  });
});
