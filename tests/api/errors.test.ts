import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startServer, uniqueIp, type TestServer } from "../support/server";
import { api, expectError, expectNoStackTrace, newCredentials, registerV1, type Res } from "./helpers/accounts";

const MB = 1024 * 1024;

/**
 * A request written in pieces with no Content-Length (Transfer-Encoding: chunked), as a
 * streaming client sends it: the server cannot know the size up front.
 */
function chunkedRequest(base: string, method: string, path: string, headers: Record<string, string>, chunks: Iterable<Buffer>): Promise<Res> {
  return new Promise((resolve, reject) => {
// A socket of its own: one the server abandoned mid-upload must not be reused for the next request.
    const req = http.request(base + path, { method, agent: false, headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => {
        req.destroy();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode ?? 0, body: body as never, headers: new Headers(res.headers as Record<string, string>) });
      });
    });
    // The server may answer 413 and close before we finish writing; that is the point. The
    // pieces are small enough to buffer, so no backpressure handling is needed.
    req.on("error", (err: NodeJS.ErrnoException) => (err.code === "EPIPE" || err.code === "ECONNRESET" ? undefined : reject(err)));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe.each(databaseKinds())("bad input and errors on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const loginWorks = async (email: string, password: string) =>
    (await api(server.url)("POST", "/api/v1/auth/login", { json: { email, password } })).status === 200;

  describe("malformed and mistyped bodies", () => {
    it("malformed JSON -> 400 INVALID_JSON, and the profile is unchanged", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const res = await call("PATCH", "/api/v1/user/profile", {
        token: acc.token,
        body: '{"firstName": "Broken",',
        headers: { "content-type": "application/json" },
      });
      expectError(res, 400, "INVALID_JSON");
      expect((await call("GET", "/api/v1/user/profile", { token: acc.token })).body.firstName).toBe("Ada");
    });

    it("malformed JSON on a public endpoint -> 400 INVALID_JSON", async () => {
      const res = await api(server.url)("POST", "/api/v1/auth/login", {
        body: "{not json",
        headers: { "content-type": "application/json" },
      });
      expectError(res, 400, "INVALID_JSON");
    });

    it.each([
      ["a number for email", { email: 12345 }],
      ["a missing password", { password: undefined }],
      ["an invalid email", { email: "not-an-email" }],
      ["a short password", { password: "short1" }],
      ["a common password", { password: "password123" }],
      ["a bad username", { username: "no spaces allowed!" }],
      ["a role that cannot be chosen", { role: "admin" }],
      ["an array body", null],
    ])("registration with %s -> 422 VALIDATION_ERROR, no account", async (_label, patch) => {
      const call = api(server.url);
      const creds = newCredentials();
      const json = patch === null ? [creds] : { ...creds, ...patch };
      const res = await call("POST", "/api/v1/auth/register", { json });
      expectError(res, 422, "VALIDATION_ERROR");
      expect(res.body.error.details).toMatchObject({ issues: expect.any(Array) });
      // Nothing was created: the intended account can still be registered afresh.
      expect((await call("POST", "/api/v1/auth/register", { json: creds })).status).toBe(201);
    });

    it("a privileged field on a profile write (role) is ignored, as the seeds' backends did, and the role stays", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      expect((await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { firstName: "X", role: "admin" } })).status).toBe(200);
      expect((await call("PUT", "/api/user/updateprofile", { token: acc.token, json: { name: "X", role: "company" } })).status).toBe(200);
      const profile = await call("GET", "/api/v1/user/profile", { token: acc.token });
      expect(profile.body).toMatchObject({ role: "candidate", firstName: "X" });
    });

    it("wrong types on a profile write -> 422 and nothing changes", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      expectError(await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { firstName: 42 } }), 422, "VALIDATION_ERROR");
      expectError(await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: {} }), 422, "VALIDATION_ERROR");
      expect((await call("GET", "/api/v1/user/profile", { token: acc.token })).body.firstName).toBe("Ada");
    });

    it("a login without password -> 422", async () => {
      expectError(await api(server.url)("POST", "/api/login", { json: { email: "a@b.test" } }), 422, "VALIDATION_ERROR");
    });
  });

  describe("content types", () => {
    it("text/plain on a JSON endpoint -> 415, no account", async () => {
      const call = api(server.url);
      const creds = newCredentials();
      const res = await call("POST", "/api/v1/auth/register", { body: JSON.stringify(creds), headers: { "content-type": "text/plain" } });
      expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
      expect(await loginWorks(creds.email, creds.password)).toBe(false);
    });

    it("a form body on a JSON-only endpoint -> 415", async () => {
      const creds = newCredentials();
      const res = await api(server.url)("POST", "/api/v1/auth/register", {
        body: new URLSearchParams(creds).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    });
  });

  describe("body size", () => {
    it("a JSON body over 1 MB with Content-Length -> 413, no account", async () => {
      const call = api(server.url);
      const creds = newCredentials();
      const res = await call("POST", "/api/v1/auth/register", { json: { ...creds, firstName: "A".repeat(MB + 10) } });
      expectError(res, 413, "PAYLOAD_TOO_LARGE");
      expect(await loginWorks(creds.email, creds.password)).toBe(false);
    });

    it("a JSON body over 1 MB sent chunked without Content-Length -> 413, no account", async () => {
      const creds = newCredentials();
      const head = Buffer.from(JSON.stringify({ ...creds, firstName: "" }).slice(0, -2));
      const filler = Buffer.alloc(64 * 1024, "A");
      const chunks = [head, ...Array.from({ length: 20 }, () => filler), Buffer.from('"}')];
      const res = await chunkedRequest(server.url, "POST", "/api/v1/auth/register", {
        "content-type": "application/json",
        "x-forwarded-for": uniqueIp(),
      }, chunks);
      expectError(res, 413, "PAYLOAD_TOO_LARGE");
      expect(await loginWorks(creds.email, creds.password)).toBe(false);
    });

    it("a small chunked JSON body is read normally", async () => {
      const creds = newCredentials();
      const body = Buffer.from(JSON.stringify(creds));
      const res = await chunkedRequest(server.url, "POST", "/api/v1/auth/register", {
        "content-type": "application/json",
        "x-forwarded-for": uniqueIp(),
      }, [body.subarray(0, 10), body.subarray(10)]);
      expect(res.status).toBe(201);
    });
  });

  describe("unknown routes and methods", () => {
    it.each(["/api/does-not-exist", "/api/v1/nothing/here", "/api/v1/user/profile/extra"])(
      "GET %s -> 404 JSON envelope",
      async (p) => {
        expectError(await api(server.url)("GET", p), 404, "NOT_FOUND");
      },
    );

    it("POST to an unknown /api path -> 404 JSON envelope", async () => {
      expectError(await api(server.url)("POST", "/api/nope", { json: { a: 1 } }), 404, "NOT_FOUND");
    });

    it("a method the route does not serve -> 405 JSON envelope", async () => {
      const res = await api(server.url)("DELETE", "/api/v1/user/profile");
      expectError(res, 405, "METHOD_NOT_ALLOWED");
      expectNoStackTrace(res);
    });
  });

  describe("no account enumeration", () => {
    it("unknown email and wrong password get the same answer", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const strip = (r: Res) => {
        const { request_id: _r, ...details } = r.body.error.details ?? {};
        return { status: r.status, body: { ...r.body, error: { ...r.body.error, details } } };
      };
      for (const path of ["/api/v1/auth/login", "/api/login", "/api/auth/login"]) {
        const unknown = await call("POST", path, { json: { email: `ghost.${Date.now()}@example.test`, password: acc.password } });
        const wrong = await call("POST", path, { json: { email: acc.email, password: "Wrong-password-123" } });
        expectError(unknown, 401);
        expect(strip(unknown), path).toEqual(strip(wrong));
      }
    });

    it("registering a taken email says 409 CONFLICT without touching the existing account", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const res = await call("POST", "/api/v1/auth/register", { json: { ...newCredentials(), email: acc.email, password: "Takeover-pass-1" } });
      expectError(res, 409, "CONFLICT");
      expect(await loginWorks(acc.email, acc.password)).toBe(true);
      expect(await loginWorks(acc.email, "Takeover-pass-1")).toBe(false);
    });
  });

  describe("concurrency", () => {
    it("20 parallel registrations with one email: exactly one 201, the rest 409 CONFLICT", async () => {
      const email = newCredentials().email;
      // Each from its own address: duplicate answers are also limited per address (account-security.test.ts).
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api(server.url)("POST", "/api/v1/auth/register", { json: { ...newCredentials(), email, password: `Parallel-pass-${i}` } }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      for (const r of results.filter((r) => r.status === 409)) expectError(r, 409, "CONFLICT");
      const winner = statuses.indexOf(201);
      expect(await loginWorks(email, `Parallel-pass-${winner}`)).toBe(true);
    });
  });

  describe("response headers", () => {
    it("API responses carry x-content-type-options: nosniff (set by proxy.ts)", async () => {
      const call = api(server.url);
      const ok = await call("GET", "/api/v1/monitoring/health");
      const err = await call("GET", "/api/v1/user/profile");
      expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
      expect(err.headers.get("x-content-type-options")).toBe("nosniff");
    });

    it("every error carries a request id, in the header and in details", async () => {
      const res = await api(server.url)("GET", "/api/v1/user/profile", { headers: { "x-request-id": "trace-abc-123" } });
      expectError(res, 401);
      expect(res.headers.get("x-request-id")).toBe("trace-abc-123");
      expect(res.body.error.details.request_id).toBe("trace-abc-123");
    });
  });

  it(`runs on ${kind}`, async () => {
    const res = await api(server.url)("GET", "/api/v1/monitoring/health");
    expect(res.body.database.driver).toBe(kind === "postgres" ? "postgresql" : "pglite");
  });
});
