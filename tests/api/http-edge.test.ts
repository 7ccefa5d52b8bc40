import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startServer, uniqueIp, type TestServer } from "../support/server";
import { api, expectError, registerV1, type Res } from "./helpers/accounts";

// The HTTP edge: what the server answers before (or instead of) a route handler, for input no
// client should send: NUL bytes, foreign origins, odd methods, oversized or broken requests.

const SECURITY = ["x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy"];

/** One request on a socket of its own, any method (fetch refuses TRACE and CONNECT). */
function rawRequest(base: string, method: string, path: string, headers: Record<string, string> = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request(base + path, { method, agent: false, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode ?? 0, body: body as never, headers: new Headers(res.headers as Record<string, string>) });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/** Bytes written straight to a socket, and everything the server answers until it closes. */
function rawSocket(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (d) => (answer += d));
    socket.on("end", () => resolve(answer));
    socket.on("close", () => resolve(answer));
    socket.on("error", (err: NodeJS.ErrnoException) => (err.code === "ECONNRESET" ? resolve(answer) : reject(err)));
    socket.write(bytes);
    setTimeout(() => socket.destroy(), 5000);
  });
}

/** A raw HTTP answer split into status, headers and the parsed JSON body. */
function parseRaw(answer: string) {
  const [head, ...rest] = answer.split("\r\n\r\n");
  const [statusLine, ...headerLines] = head.split("\r\n");
  const headers = new Headers(headerLines.map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()] as [string, string]));
  return { status: Number(statusLine.split(" ")[1]), headers, body: JSON.parse(rest.join("\r\n")) };
}

/** Signs in through Auth.js as a browser does and returns the session cookie. */
async function browserSession(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/authjs/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const signIn = await fetch(`${base}/api/authjs/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), "x-forwarded-for": uniqueIp() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/dashboard" }),
  });
  const session = signIn.headers.getSetCookie().find((c) => c.includes("authjs.session-token="));
  if (!session) throw new Error(`no session cookie (${signIn.status})`);
  return session.split(";")[0];
}

describe.each(databaseKinds())("NUL bytes in input on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("in a login email, before any login -> 422 VALIDATION_ERROR", async () => {
    const res = await api(server.url)("POST", "/api/v1/auth/login", { json: { email: "ada\u0000@example.test", password: "whatever-1" } });
    expectError(res, 422, "VALIDATION_ERROR");
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: "email" })]);
  });

  it("in the other login endpoints and in registration -> 422", async () => {
    const call = api(server.url);
    expectError(await call("POST", "/api/login", { json: { email: "a@b.test", password: "x\u0000y" } }), 422, "VALIDATION_ERROR");
    expectError(await call("POST", "/api/auth/login", { json: { email: "\u0000", password: "x" } }), 422, "VALIDATION_ERROR");
    const reg = await call("POST", "/api/v1/auth/register", {
      json: { username: "nul_user", email: "nul@example.test", password: "Str0ng-pass-nul", firstName: "Ada\u0000" },
    });
    expectError(reg, 422, "VALIDATION_ERROR");
    expect(reg.body.error.details.issues[0].path).toBe("firstName");
  });

  it("deep in a body, in a key, in a query and in path params -> 422", async () => {
    const call = api(server.url);
    const acc = await registerV1(call);
    expectError(await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { lastName: "x", ["a\u0000"]: 1 } }), 422, "VALIDATION_ERROR");
    expectError(await call("GET", "/api/companies?city=%00"), 422, "VALIDATION_ERROR");
    expectError(await call("GET", "/api/v1/files/abcdefghijkl%00mnop"), 422, "VALIDATION_ERROR");
    const profile = await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { firstName: "Ada\u0000Lovelace" } });
    expectError(profile, 422, "VALIDATION_ERROR");
    expect((await call("GET", "/api/v1/user/profile", { token: acc.token })).body.firstName).toBe("Ada");
  });

  it("in a form field or an uploaded file's name -> 422", async () => {
    const form = (name: string, fileName: string) => {
      const f = new FormData();
      f.set("email", `nul.${Date.now()}@example.test`);
      f.set("password", "Str0ng-pass-nul");
      f.set("name", name);
      f.set("surname", "Lovelace");
      f.set("resume", new File(["%PDF-1.4\n%%EOF\n"], fileName, { type: "application/pdf" }));
      return f;
    };
    const call = api(server.url);
    expectError(await call("POST", "/api/register", { body: form("Ada\u0000", "cv.pdf") }), 422, "VALIDATION_ERROR");
    const file = await call("POST", "/api/register", { body: form("Ada", "cv\u0000.exe.pdf") });
    expectError(file, 422, "VALIDATION_ERROR");
    expect(file.body.error.details.issues[0].path).toBe("resume.name");
  });
});

describe("the HTTP edge (TRUST_PROXY=1, as behind a proxy)", () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startServer();
    const acc = await registerV1(api(server.url));
    cookie = await browserSession(server.url, acc.email, acc.password);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const write = (headers: Record<string, string>) =>
    api(server.url)("PATCH", "/api/v1/user/profile", { json: { lastName: "Byron" }, headers: { cookie, ...headers } });

  describe("cross-site writes with a session cookie", () => {
    it("our own origin may write", async () => {
      expect((await write({ origin: server.url })).status).toBe(200);
    });

    it.each([
      ["no Origin", {}],
      ["Origin: null (sandboxed frames, file: pages)", { origin: "null" }],
      ["a host that only starts like ours", { origin: "" }],
      ["another scheme on our host", { origin: "https://localhost:PORT" }],
      ["a malformed origin", { origin: "http://[not a host" }],
      ["a foreign site", { origin: "https://evil.example" }],
    ])("%s -> 403", async (_label, headers: Record<string, string>) => {
      const origin = headers.origin === "" ? `${server.url}.evil.example` : headers.origin?.replace("PORT", String(server.port));
      expectError(await write(origin === undefined ? {} : { origin }), 403, "FORBIDDEN");
    });

    it("behind a trusted proxy, the forwarded host and scheme are ours", async () => {
      const forwarded = { "x-forwarded-host": "app.example", "x-forwarded-proto": "https" };
      expect((await write({ ...forwarded, origin: "https://app.example" })).status).toBe(200);
      expectError(await write({ ...forwarded, origin: "http://app.example" }), 403, "FORBIDDEN");
      expectError(await write({ ...forwarded, origin: server.url }), 403, "FORBIDDEN");
    });
  });

  describe("methods", () => {
    it.each([
      ["TRACE", "/api/auth/me"],
      ["TRACE", "/"],
      ["PROPFIND", "/api/v1/user/profile"],
      ["PROPFIND", "/dashboard"],
      ["MKCOL", "/no-such-page"],
    ])("%s %s -> 405 with the envelope", async (method, path) => {
      const res = await rawRequest(server.url, method, path);
      expectError(res, 405, "METHOD_NOT_ALLOWED");
      expect(res.headers.get("allow")).toContain("GET");
      for (const h of SECURITY) expect(res.headers.get(h), h).toBeTruthy();
    });

    it("a method HTTP does not know -> 405 with the envelope", async () => {
      const res = parseRaw(await rawSocket(server.port, "FROBNICATE / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
      expect(res.status).toBe(405);
      expect(res.body.error.code).toBe("METHOD_NOT_ALLOWED");
    });
  });

  describe("requests node cannot parse", () => {
    it("oversized headers -> 431 with the envelope", async () => {
      const res = parseRaw(await rawSocket(server.port, `GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(64 * 1024)}\r\n\r\n`));
      expect(res.status).toBe(431);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(res.body).toMatchObject({ error: { code: "HEADERS_TOO_LARGE" }, detail: expect.any(String) });
      for (const h of SECURITY) expect(res.headers.get(h), h).toBeTruthy();
    });

    it("a malformed request -> 400 with the envelope", async () => {
      const res = parseRaw(await rawSocket(server.port, "GET / HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n"));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "BAD_REQUEST" }, detail: expect.any(String) });
    });

    it("the server still serves afterwards", async () => {
      expect((await api(server.url)("GET", "/api/v1/monitoring/health")).status).toBe(200);
    });
  });

  it("keeps idle sockets open longer than a load balancer's 60 s, and says so", async () => {
    const res = await rawRequest(server.url, "GET", "/api/v1/monitoring/health", { connection: "keep-alive" });
    expect(res.headers.get("keep-alive")).toBe("timeout=65");
  });

  describe("security headers on every answer", () => {
    it.each(["/no-such-page", "/favicon.ico", "/_next/static/chunks/nope.js", "/api/nope"])("GET %s", async (path) => {
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      for (const h of SECURITY) expect(res.headers.get(h), `${path}: ${h}`).toBeTruthy();
    });
  });
});

describe("cross-site writes without a trusted proxy (TRUST_PROXY=0)", () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startServer({ env: { TRUST_PROXY: "0" } });
    const acc = await registerV1(api(server.url));
    cookie = await browserSession(server.url, acc.email, acc.password);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const write = (headers: Record<string, string>) =>
    api(server.url)("PATCH", "/api/v1/user/profile", { json: { lastName: "Byron" }, headers: { cookie, ...headers } });

  it("forwarded headers are the client's own words: ignored", async () => {
    expectError(await write({ "x-forwarded-host": "evil.example", origin: "http://evil.example" }), 403, "FORBIDDEN");
    expectError(await write({ "x-forwarded-host": "app.example", "x-forwarded-proto": "https", origin: "https://app.example" }), 403, "FORBIDDEN");
    expect((await write({ "x-forwarded-host": "evil.example", origin: server.url })).status).toBe(200);
  });
});
