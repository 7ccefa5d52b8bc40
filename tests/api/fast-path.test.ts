import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { api, registerCompany, registerV1, type Call, type Res } from "./helpers/accounts";

// The server answers API reads and JSON writes itself (server/api-fast-path.ts) and everything
// else through Next; API_FAST_PATH=off sends them through Next too. The same requests against one server of
// each kind must get the same answers: status, body and the headers clients rely on.
const servers: Record<"fast" | "next", TestServer | undefined> = { fast: undefined, next: undefined };

beforeAll(async () => {
  [servers.fast, servers.next] = await Promise.all([
    // Both its own: the two must hold the same data for their answers to compare.
    startServer({ own: true }),
    startServer({ env: { API_FAST_PATH: "off" } }),
  ]);
});
afterAll(async () => {
  await Promise.all([servers.fast?.stop(), servers.next?.stop()]);
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;
const JWT = /[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g;

/** What must match between the two paths, with ids, times and per-account values blanked. */
function comparable(res: Res, account: { email: string; username?: string }) {
  const body = JSON.stringify(res.body ?? null)
    .replace(JWT, "<jwt>")
    .replace(UUID, "<uuid>")
    .replace(ISO, "<time>")
    .replaceAll(account.email, "<email>")
    .replaceAll(account.username ?? "\0", "<username>")
    .replace(/"(total|pages|remaining_|latency_ms|uptime_seconds|limit_bytes)":\d+/g, '"$1":<n>')
    .replace(/"refreshToken":"[^"]+"|"refresh_token":"[^"]+"/g, '"<refresh>"');
  const headers = Object.fromEntries(
    ["content-type", "content-security-policy", "x-content-type-options", "x-frame-options", "retry-after"].map((h) => [h, res.headers.get(h)]),
  );
  return { status: res.status, body, headers, hasRequestId: Boolean(res.headers.get("x-request-id")) };
}

async function answers(call: Call) {
  const candidate = await registerV1(call);
  await registerCompany(call, "Parity Co");
  const auth = { token: candidate.token };
  const reads: Array<[string, { token?: string; headers?: Record<string, string> }]> = [
    ["/api/auth/me", auth],
    ["/api/auth/me", { token: "not.a.token" }],
    ["/api/auth/me", {}],
    ["/api/auth/me", { headers: { authorization: "Basic abc" } }],
    ["/api/v1/user/profile", auth],
    ["/v1/user/profile", auth],
    ["/api/profile", auth],
    ["/api/company", auth],
    ["/api/companies?per_page=1", {}],
    ["/api/companies?per_page=0", {}],
    // Unknown query fields are ignored, as the seeds' backends did.
    ["/api/companies?unknown=1", {}],
    ["/api/v1/files/not-a-real-token", {}],
    ["/api/no-such-route", {}],
  ];
  const out = [];
  for (const [path, opts] of reads) out.push({ path, ...comparable(await call("GET", path, opts), candidate) });
  return out;
}

describe("API reads with and without the fast path", () => {
  it("answer the same", async () => {
    const [fast, next] = await Promise.all([answers(api(servers.fast!.url)), answers(api(servers.next!.url))]);
    expect(fast.map((a) => a.status)).toEqual([200, 401, 401, 401, 200, 200, 200, 403, 200, 422, 200, 403, 404]);
    expect(fast.every((a) => a.hasRequestId)).toBe(true);
    expect(fast).toEqual(next);
  });
});

const MB = 1024 * 1024;

async function writes(call: Call) {
  const candidate = await registerV1(call);
  const other = await registerV1(call);
  const auth = { token: candidate.token };
  const json = { "content-type": "application/json" };
  const requests: Array<[string, string, Parameters<Call>[2]]> = [
    ["PATCH", "/api/v1/user/profile", { ...auth, json: { firstName: "Grace", lastName: null } }],
    ["PATCH", "/v1/user/profile", { ...auth, json: { locale: "ru" } }],
    ["PATCH", "/api/v1/user/profile", { ...auth, body: '{"firstName": "Broken",', headers: json }],
    ["PATCH", "/api/v1/user/profile", { ...auth, body: JSON.stringify({ firstName: "A" }), headers: { "content-type": "text/plain" } }],
    ["PATCH", "/api/v1/user/profile", { ...auth, body: "firstName=A", headers: { "content-type": "application/x-www-form-urlencoded" } }],
    ["PATCH", "/api/v1/user/profile", { ...auth, json: { firstName: "A".repeat(MB + 10) } }],
    ["PATCH", "/api/v1/user/profile", { ...auth, json: { firstName: 42 } }],
    ["PATCH", "/api/v1/user/profile", { ...auth, body: "", headers: json }],
    ["PATCH", "/api/v1/user/profile", { ...auth, json: { email: other.email } }],
    ["PATCH", "/api/v1/user/profile", { ...auth, json: { email: other.email, currentPassword: candidate.password } }],
    ["PATCH", "/api/v1/user/profile", { json: { firstName: "Nobody" } }],
    ["PATCH", "/api/v1/user/profile", { ...auth, json: { firstName: "Nul\u0000" } }],
    ["PUT", "/api/user/updateprofile", { ...auth, json: { name: "Grace", surname: "Hopper" } }],
    ["POST", "/api/v1/auth/login", { json: { email: candidate.email, password: "Wrong-password-1" } }],
    ["POST", "/api/v1/auth/login", { json: { email: candidate.email, password: candidate.password } }],
    ["POST", "/api/v1/auth/register", { json: { username: candidate.username, email: candidate.email, password: candidate.password } }],
    ["DELETE", "/api/v1/user/profile", auth],
    ["POST", "/api/nope", { json: { a: 1 } }],
    ["GET", "/api/v1/user/profile", auth],
  ];
  const out = [];
  for (const [method, path, opts] of requests) out.push({ method, path, ...comparable(await call(method, path, opts), candidate) });
  return out;
}

describe("API writes with and without the fast path", () => {
  it("answer the same: status, body, headers and errors", async () => {
    const [fast, next] = await Promise.all([writes(api(servers.fast!.url)), writes(api(servers.next!.url))]);
    expect(fast.map((a) => a.status)).toEqual([200, 200, 400, 415, 415, 413, 422, 422, 422, 409, 401, 422, 200, 401, 200, 409, 405, 404, 200]);
    expect(fast.every((a) => a.hasRequestId)).toBe(true);
    expect(fast).toEqual(next);
  });
});
