import { readFileSync } from "node:fs";
import path from "node:path";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, b64url, expectError, jwtPayload, registerV1 } from "./helpers/accounts";

// tests/support/server.ts gives PostgreSQL servers this AUTH_SECRET.
const HARNESS_PG_SECRET = "test-secret-test-secret-test-secret-0123";

describe.each(databaseKinds({ embedded: true }))("sessions and tokens on %s", (kind) => {
  let server: TestServer;
  let secret: Uint8Array;
  beforeAll(async () => {
    server = await startServer({ kind });
    // The key the server signs with: generated into the data folder in the embedded setup, the
    // harness's AUTH_SECRET on PostgreSQL.
    const raw = kind === "pglite" ? readFileSync(path.join(server.dataDir, "auth-secret"), "utf8").trim() : HARNESS_PG_SECRET;
    secret = new TextEncoder().encode(raw);
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Signs claims like the server does (same issuer, audience, key), with the given expiry. */
  async function sign(claims: Record<string, unknown>, opts: { exp: number | string; key?: Uint8Array }) {
    const { sub, iat: _iat, exp: _exp, ...rest } = claims;
    return new SignJWT(rest)
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(String(sub))
      .setIssuer(String(claims.iss))
      .setAudience(claims.aud as string)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(opts.exp)
      .sign(opts.key ?? secret);
  }

  describe("refresh rotation", () => {
    it("exchanges a refresh token for a new working pair", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const res = await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: acc.refreshToken } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ token: expect.any(String), refreshToken: expect.any(String), tokenType: "Bearer", expiresIn: expect.any(Number) });
      expect(res.body.refreshToken).not.toBe(acc.refreshToken);
      expect((await call("GET", "/api/v1/user/profile", { token: res.body.token })).status).toBe(200);
      const next = await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: res.body.refreshToken } });
      expect(next.status).toBe(200);
    });

    it("reusing a rotated refresh token is refused and ends the whole session", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const rotated = await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: acc.refreshToken } });
      expect(rotated.status).toBe(200);
      const newest = rotated.body;
      expect((await call("GET", "/api/v1/user/profile", { token: newest.token })).status).toBe(200);

      const reuse = await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: acc.refreshToken } });
      expectError(reuse, 401);
      // The family is revoked: the newest refresh token and the session's access tokens stop working.
      expectError(await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: newest.refreshToken } }), 401);
      expectError(await call("GET", "/api/v1/user/profile", { token: newest.token }), 401);
      expectError(await call("GET", "/api/v1/user/profile", { token: acc.token }), 401);
      // Other logins of the same account are not affected.
      const other = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
      expect((await call("GET", "/api/v1/user/profile", { token: other.body.token })).status).toBe(200);
    });

    it("two concurrent uses of one refresh token: exactly one wins, and the session ends", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const results = await Promise.all(
        [1, 2].map(() => call("POST", "/api/v1/auth/refresh", { json: { refreshToken: acc.refreshToken } })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
      const winner = results.find((r) => r.status === 200)!.body;
      // The second use is a reuse: the family is revoked, the winner's pair included.
      expectError(await call("GET", "/api/v1/user/profile", { token: winner.token }), 401);
      expectError(await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: winner.refreshToken } }), 401);
    });

    it("refuses an unknown refresh token", async () => {
      const res = await api(server.url)("POST", "/api/v1/auth/refresh", { json: { refreshToken: "x".repeat(43) } });
      expectError(res, 401);
    });
  });

  describe("logout and password change", () => {
    it("logout ends the access token and the refresh token of that session only", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const second = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
      const out = await call("POST", "/api/v1/auth/logout", { token: acc.token });
      expect(out.status).toBe(200);
      expectError(await call("GET", "/api/v1/user/profile", { token: acc.token }), 401);
      expectError(await call("GET", "/api/auth/me", { token: acc.token }), 401);
      expectError(await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: acc.refreshToken } }), 401);
      expect((await call("GET", "/api/v1/user/profile", { token: second.body.token })).status).toBe(200);
    });

    it("a password change ends the account's other sessions and keeps the caller's", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const other = await call("POST", "/api/login", { json: { email: acc.email, password: acc.password } });
      expect((await call("GET", "/api/profile", { token: other.body.token })).status).toBe(200);
      const res = await call("POST", "/api/v1/user/change-password", {
        token: acc.token,
        json: { currentPassword: acc.password, newPassword: "Brand-new-secret-77" },
      });
      expect(res.status).toBe(200);
      expect((await call("GET", "/api/v1/user/profile", { token: acc.token })).status).toBe(200);
      expect((await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: acc.refreshToken } })).status).toBe(200);
      expectError(await call("GET", "/api/profile", { token: other.body.token }), 401);
      expectError(await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: other.body.refresh_token } }), 401);
    });
  });

  describe("bad, forged and expired tokens get 401", () => {
    it("a token we sign with the server's key works (the control for the forgeries below)", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const token = await sign(jwtPayload(acc.token), { exp: "10m" });
      const res = await call("GET", "/api/v1/user/profile", { token });
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(acc.user.id);
    });

    it("an expired token", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const token = await sign(jwtPayload(acc.token), { exp: Math.floor(Date.now() / 1000) - 60 });
      expectError(await call("GET", "/api/v1/user/profile", { token }), 401);
      expectError(await call("GET", "/api/auth/me", { token }), 401);
    });

    it("an `alg: none` token", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const payload = jwtPayload(acc.token);
      for (const alg of ["none", "None", "NONE"]) {
        const token = `${b64url({ alg, typ: "JWT" })}.${b64url(payload)}.`;
        expectError(await call("GET", "/api/v1/user/profile", { token }), 401);
      }
    });

    it("a token whose payload was changed (role: admin) without re-signing", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const [header, , signature] = acc.token.split(".");
      const token = `${header}.${b64url({ ...jwtPayload(acc.token), role: "admin" })}.${signature}`;
      expectError(await call("GET", "/api/v1/user/profile", { token }), 401);
    });

    it("a token signed with another secret", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const token = await sign(jwtPayload(acc.token), { exp: "10m", key: new TextEncoder().encode("another-secret-another-secret-0123456") });
      expectError(await call("GET", "/api/v1/user/profile", { token }), 401);
    });

    it.each([
      ["garbage", "Bearer not-a-jwt"],
      ["an empty bearer", "Bearer "],
      ["another scheme", "Basic dXNlcjpwYXNz"],
    ])("%s in the Authorization header", async (_label, header) => {
      const res = await api(server.url)("GET", "/api/v1/user/profile", { headers: { authorization: header } });
      expectError(res, 401);
    });

    it("a forged token never changes data", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const token = `${b64url({ alg: "none", typ: "JWT" })}.${b64url(jwtPayload(acc.token))}.`;
      expectError(await call("PATCH", "/api/v1/user/profile", { token, json: { firstName: "Forged" } }), 401);
      expect((await call("GET", "/api/v1/user/profile", { token: acc.token })).body.firstName).toBe("Ada");
    });
  });

  describe("roles", () => {
    it("a guest may read its profile but not change it or set a password (403)", async () => {
      const call = api(server.url);
      const guest = await call("POST", "/api/auth/guest-login", { json: {} });
      const token = guest.body.access_token;
      expect((await call("GET", "/api/v1/user/profile", { token })).status).toBe(200);
      expectError(await call("PATCH", "/api/v1/user/profile", { token, json: { firstName: "Sneaky" } }), 403, "FORBIDDEN");
      expectError(
        await call("POST", "/api/v1/user/change-password", { token, json: { currentPassword: "whatever1", newPassword: "Guest-new-pass-1" } }),
        403,
        "FORBIDDEN",
      );
      expect((await call("GET", "/api/auth/me", { token })).body.first_name).toBe("Guest");
    });

    it("a candidate gets 403 on the company endpoints", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      expectError(await call("GET", "/api/company", { token: acc.token }), 403, "FORBIDDEN");
      expectError(await call("PUT", "/api/company/updateprofile", { token: acc.token, json: { name: "Mine now" } }), 403, "FORBIDDEN");
    });

    it("no token: 401 on every private endpoint", async () => {
      const call = api(server.url);
      for (const [method, p] of [
        ["GET", "/api/v1/user/profile"],
        ["PATCH", "/api/v1/user/profile"],
        ["POST", "/api/v1/user/change-password"],
        ["POST", "/api/v1/auth/logout"],
        ["GET", "/api/auth/me"],
        ["GET", "/api/profile"],
        ["PUT", "/api/user/updateprofile"],
        ["GET", "/api/company"],
        ["PUT", "/api/company/updateprofile"],
      ]) {
        expectError(await call(method, p, { json: method === "GET" ? undefined : {} }), 401, "UNAUTHORIZED");
      }
    });
  });
});
