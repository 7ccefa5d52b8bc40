import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { client, databaseKinds, startServer, uniqueIp, type TestServer } from "../support/server";
import { api, browserSignIn, expectError, newCredentials, registerV1 } from "./helpers/accounts";

// Holes an attacker would use on accounts: passwords cut at 72 bytes, password guessing (in
// parallel, across an account's names, through the browser's login, through change-password),
// probing which emails are registered, and an account taken over by changing its email with a
// stolen token. The default failed-login budget is 10 a minute per account.
const BUDGET = 10;
// Each test checks dozens of bcrypt hashes on the server; a busy 2-core machine needs the room.
vi.setConfig({ testTimeout: 90_000 });

describe.each(databaseKinds())("account security on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe("passwords", () => {
    it("a long passphrase is checked in full: its first 72 bytes do not log in", async () => {
      const call = api(server.url);
      const passphrase = "correct horse battery staple ".repeat(3) + "and a tail of 22 more!";
      expect(Buffer.byteLength(passphrase)).toBe(109);
      const acc = await registerV1(call, { password: passphrase });
      expectError(await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: passphrase.slice(0, 72) } }), 401);
      expectError(await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: passphrase.slice(0, 72) + "different tail!!" } }), 401);
      expect((await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: passphrase } })).status).toBe(200);
    });

    if (kind === "postgres") {
      it("an account hashed the old way (plain bcrypt) still logs in, and is rehashed on that login", async () => {
        const db = new pg.Client({ connectionString: server.databaseUrl });
        await db.connect();
        try {
          const creds = newCredentials("legacy");
          await db.query(
            `INSERT INTO users (id, email, username, password_hash, role, locale, created_at, updated_at)
             VALUES (gen_random_uuid(), $1, $2, $3, 'candidate', 'en', now(), now())`,
            [creds.email, creds.username, bcrypt.hashSync(creds.password, 10)],
          );
          const call = api(server.url);
          expect((await call("POST", "/api/v1/auth/login", { json: { email: creds.email, password: creds.password } })).status).toBe(200);
          const [row] = (await db.query(`SELECT password_hash FROM users WHERE email = $1`, [creds.email])).rows;
          expect(row.password_hash).toMatch(/^\$bcrypt-sha256\$/);
          expect((await call("POST", "/api/v1/auth/login", { json: { username: creds.username, password: creds.password } })).status).toBe(200);
        } finally {
          await db.end();
        }
      });
    }
  });

  describe("password guessing is limited per account", () => {
    it(`40 parallel wrong passwords from many addresses: exactly ${BUDGET} are checked, the rest get 429; then even the right one waits`, async () => {
      const acc = await registerV1(api(server.url));
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          client(server.url, { ip: uniqueIp() })("POST", "/api/v1/auth/login", {
            // Half by email, half by username: one account, one counter.
            json: { ...(i % 2 ? { email: acc.email } : { username: acc.username }), password: `wrong-guess-${i}` },
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(BUDGET);
      expect(statuses.filter((s) => s === 429)).toHaveLength(40 - BUDGET);
      const owner = await client(server.url, { ip: uniqueIp() })("POST", "/api/login", { json: { email: acc.email, password: acc.password } });
      expectError(owner, 429, "RATE_LIMITED");
    });

    it("the email and the username of one account share the count", async () => {
      const acc = await registerV1(api(server.url));
      const call = api(server.url);
      for (let i = 0; i < BUDGET / 2; i++) {
        expectError(await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: `by-email-${i}` } }), 401);
        expectError(await call("POST", "/api/auth/login", { json: { username: acc.username.toUpperCase(), password: `by-name-${i}` } }), 401);
      }
      expectError(await call("POST", "/api/v1/auth/login", { json: { username: acc.username, password: acc.password } }), 429, "RATE_LIMITED");
    });

    it("the browser's sign-in (Auth.js) counts against the same account, and is refused once the budget is spent", async () => {
      const acc = await registerV1(api(server.url));
      for (let i = 0; i < BUDGET; i++) {
        const res = await browserSignIn(server.url, uniqueIp(), acc.email, `browser-guess-${i}`);
        expect(res.location).toMatch(/error=CredentialsSignin/);
      }
      expectError(await api(server.url)("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } }), 429, "RATE_LIMITED");
      const browser = await browserSignIn(server.url, uniqueIp(), acc.email, acc.password);
      expect(browser.location).toMatch(/code=rate_limited/);
      expect(browser.signedIn).toBe(false);
    });

    it("a right password from the browser clears the count", async () => {
      const acc = await registerV1(api(server.url));
      const call = api(server.url);
      for (let i = 0; i < BUDGET - 1; i++) expectError(await call("POST", "/api/login", { json: { email: acc.email, password: `nope-${i}-xxxx` } }), 401);
      const ok = await browserSignIn(server.url, uniqueIp(), acc.email, acc.password);
      expect(ok.signedIn).toBe(true);
      for (let i = 0; i < BUDGET - 1; i++) expectError(await call("POST", "/api/login", { json: { email: acc.email, password: `again-${i}-xxxx` } }), 401);
      expect((await call("POST", "/api/login", { json: { email: acc.email, password: acc.password } })).status).toBe(200);
    });

    it("wrong current passwords on change-password are limited too, and the right one then waits", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          call("POST", "/api/v1/user/change-password", { token: acc.token, json: { currentPassword: `guess-${i}-xxxx`, newPassword: "An0ther-long-secret" } }),
        ),
      );
      expect(results.filter((r) => r.status === 400)).toHaveLength(BUDGET);
      expect(results.filter((r) => r.status === 429)).toHaveLength(20 - BUDGET);
      const right = await call("POST", "/api/v1/user/change-password", { token: acc.token, json: { currentPassword: acc.password, newPassword: "An0ther-long-secret" } });
      expectError(right, 429, "RATE_LIMITED");
    });
  });

  describe("registration does not tell which accounts exist", () => {
    it("a taken email and a taken username get one answer; after 5 such answers the address gets 429, another address does not", async () => {
      const call = api(server.url);
      const owner = await registerV1(call);
      const prober = client(server.url, { ip: uniqueIp() });
      const byEmail = await prober("POST", "/api/v1/auth/register", { json: { ...newCredentials(), email: owner.email } });
      const byName = await prober("POST", "/api/v1/auth/register", { json: { ...newCredentials(), username: owner.username } });
      expectError(byEmail, 409, "CONFLICT");
      expectError(byName, 409, "CONFLICT");
      const strip = (b: { error: { details?: Record<string, unknown> } }) => ({ ...b, error: { ...b.error, details: undefined } });
      expect(strip(byName.body)).toEqual(strip(byEmail.body));

      const more = await Promise.all(
        Array.from({ length: 8 }, () => prober("POST", "/api/auth/register", { json: { email: owner.email, password: "Str0ng-pass-probe" } })),
      );
      expect(more.filter((r) => r.status === 409)).toHaveLength(3);
      expect(more.filter((r) => r.status === 429)).toHaveLength(5);
      // Blocked for every registration from that address, so a 201 cannot tell a free address either.
      expectError(await prober("POST", "/api/v1/auth/register", { json: newCredentials() }), 429, "RATE_LIMITED");
      expectError(await api(server.url)("POST", "/api/register/company", { json: { email: owner.email, password: "Str0ng-pass-probe", name: "X" } }), 409, "CONFLICT");
    });
  });

  describe("changing the email needs the current password", () => {
    it("without it: 422 and the email stays; with a wrong one: refused; with the right one: changed", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const next = newCredentials().email;
      const bare = await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { email: next } });
      expectError(bare, 422, "VALIDATION_ERROR");
      expect(bare.body.error.message).toMatch(/current password/i);
      const wrong = await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { email: next, currentPassword: "not-the-password" } });
      expectError(wrong, 400, "INVALID_CREDENTIALS");
      expect((await call("GET", "/api/v1/user/profile", { token: acc.token })).body.email).toBe(acc.email);

      const done = await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { email: next, password: acc.password } });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(done.body.email).toBe(next);
      expect((await call("POST", "/api/v1/auth/login", { json: { email: next, password: acc.password } })).status).toBe(200);
    });

    it("sending the unchanged email (in any case) with other fields needs no password", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const res = await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { email: acc.email.toUpperCase(), firstName: "Same" } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ email: acc.email, firstName: "Same" });
    });
  });
});
