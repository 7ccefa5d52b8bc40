import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startServer, uniqueIp, type TestServer } from "../support/server";
import { api, browserSignIn, expectError, newCredentials, registerCompany, registerV1 } from "./helpers/accounts";

// What account endpoints accept: the seeds' clients were written against FastAPI and Flask, which
// ignore fields they do not know, and they name some fields their own way. Privileged fields are
// in no input schema, so sending them changes nothing (proven by re-reading the record).

const RESUME = readFileSync(path.join(import.meta.dirname, "../fixtures/cv-009.txt"));
const PRIVILEGED = {
  id: "00000000-0000-4000-8000-000000000001",
  user_id: "00000000-0000-4000-8000-000000000002",
  company_id: "00000000-0000-4000-8000-000000000003",
  status: "offer",
  score: 100,
  is_demo: true,
  isDemo: true,
  passwordHash: "$2b$10$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyzabcd",
  password_hash: "x",
};

describe.each(databaseKinds())("account inputs on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe("unknown and privileged fields are ignored, never assigned", () => {
    it("seed 000 registration with a confirmation field, a cache-buster and privileged fields: 201, and none of them stuck", async () => {
      const call = api(server.url);
      const creds = newCredentials();
      const res = await call("POST", "/api/v1/auth/register", {
        json: { ...creds, confirmPassword: creds.password, _ts: 1712345678, ...PRIVILEGED, role: "candidate" },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const profile = await call("GET", "/api/v1/user/profile", { token: res.body.token });
      expect(profile.body.id).not.toBe(PRIVILEGED.id);
      expect(profile.body.role).toBe("candidate");
      // The password is the one sent, not a planted hash.
      expect((await call("POST", "/api/v1/auth/login", { json: { email: creds.email, password: creds.password } })).status).toBe(200);
    });

    it.each(["admin", "guest"])("seed 000 registration can never choose role %s (422, no account)", async (role) => {
      const call = api(server.url);
      const creds = newCredentials();
      expectError(await call("POST", "/api/v1/auth/register", { json: { ...creds, role } }), 422, "VALIDATION_ERROR");
      expectError(await call("POST", "/api/v1/auth/login", { json: { email: creds.email, password: creds.password } }), 401);
    });

    it("seed 000 registration as a company stays possible", async () => {
      const call = api(server.url);
      const res = await call("POST", "/api/v1/auth/register", { json: { ...newCredentials(), role: "company", company_name: "Aliased Co" } });
      expect(res.status).toBe(201);
      expect(res.body.user.role).toBe("company");
      expect((await call("GET", "/api/company", { token: res.body.token })).body.name).toBe("Aliased Co");
    });

    it("profile writes ignore role, id and is_demo; the record is unchanged but for the real fields", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const v1 = await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { firstName: "Kept", ...PRIVILEGED, role: "admin" } });
      expect(v1.status, JSON.stringify(v1.body)).toBe(200);
      const hiring = await call("PUT", "/api/user/updateprofile", { token: acc.token, json: { surname: "Also", ...PRIVILEGED, role: "company" } });
      expect(hiring.status).toBe(200);
      const after = await call("GET", "/api/v1/user/profile", { token: acc.token });
      expect(after.body).toMatchObject({ id: acc.user.id, role: "candidate", firstName: "Kept", lastName: "Also", email: acc.email });
    });

    it("seed 003 company registration and profile update ignore privileged fields; the company keeps its id and owner", async () => {
      const call = api(server.url);
      const creds = newCredentials("co");
      const reg = await call("POST", "/api/register/company", {
        json: { email: creds.email, password: creds.password, name: "Plain Co", ...PRIVILEGED, role: "admin", owner_id: PRIVILEGED.user_id },
      });
      expect(reg.status, JSON.stringify(reg.body)).toBe(201);
      expect(reg.body.company_id).not.toBe(PRIVILEGED.company_id);
      const login = await call("POST", "/api/login", { json: { email: creds.email, password: creds.password, remember: true } });
      expect(login.body.role).toBe("company");
      const upd = await call("PUT", "/api/company/updateprofile", {
        token: login.body.token,
        json: { city: "Omsk", ...PRIVILEGED, email: "someone.else@example.test" },
      });
      expect(upd.status).toBe(200);
      const company = await call("GET", "/api/company", { token: login.body.token });
      expect(company.body).toMatchObject({ id: reg.body.company_id, email: creds.email, city: "Omsk" });
    });

    it("seed 002 login, registration and guest entry take extra fields", async () => {
      const call = api(server.url);
      const creds = newCredentials("learn");
      const reg = await call("POST", "/api/auth/register", { json: { email: creds.email, password: creds.password, password_confirm: creds.password, role: "admin" } });
      expect(reg.status).toBe(201);
      expect(reg.body.user.role).toBe("candidate");
      const login = await call("POST", "/api/auth/login", { json: { email: creds.email, password: creds.password, client_id: "web", remember_me: true } });
      expect(login.status).toBe(200);
      const guest = await call("POST", "/api/auth/guest-login", { json: { locale: "ru", role: "admin" } });
      expect(guest.status).toBe(200);
      expect(guest.body.user.role).toBe("guest");
    });

    it("an unknown query parameter (a cache-buster) is ignored", async () => {
      const res = await api(server.url)("GET", "/api/companies?per_page=2&_=1712345678&sort=name");
      expect(res.status).toBe(200);
      expect(res.body.per_page).toBe(2);
    });
  });

  describe("the names each seed's clients send", () => {
    it.each([
      [{ oldPassword: "CURRENT", newPassword: "NEW" }],
      [{ old_password: "CURRENT", new_password: "NEW", confirm_password: "NEW" }],
      [{ currentPassword: "CURRENT", newPassword: "NEW", newPasswordConfirm: "NEW" }],
      [{ current_password: "CURRENT", new_password: "NEW", confirmPassword: "NEW" }],
    ])("change-password accepts %j", async (shape) => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const newPassword = `N3w-${acc.password}`;
      const json = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v === "CURRENT" ? acc.password : newPassword]));
      const res = await call("POST", "/api/v1/user/change-password", { token: acc.token, json });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect((await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: newPassword } })).status).toBe(200);
    });

    it("change-password refuses a confirmation that does not match (422), and keeps the password", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const res = await call("POST", "/api/v1/user/change-password", {
        token: acc.token,
        json: { old_password: acc.password, new_password: "An0ther-long-secret", confirm_password: "An0ther-long-secreT" },
      });
      expectError(res, 422, "VALIDATION_ERROR");
      expect(JSON.stringify(res.body.error.details)).toContain("confirmPassword");
      expect((await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } })).status).toBe(200);
    });

    it.each(["name", "company_name", "companyName"])("seed 003 company sign-up takes the company's name as %s", async (key) => {
      const call = api(server.url);
      const creds = newCredentials("co");
      const reg = await call("POST", "/api/register/company", { json: { email: creds.email, password: creds.password, [key]: `Named by ${key}` } });
      expect(reg.status, JSON.stringify(reg.body)).toBe(201);
      const login = await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } });
      expect((await call("GET", "/api/company", { token: login.body.token })).body.name).toBe(`Named by ${key}`);
    });

    it("seed 003 candidate sign-up takes first_name and last_name for name and surname", async () => {
      const call = api(server.url);
      const creds = newCredentials("cand");
      const form = new FormData();
      for (const [k, v] of Object.entries({ email: creds.email, password: creds.password, first_name: "Irina", last_name: "Petrova", agree: "on" })) form.append(k, v);
      form.append("resume", new Blob([new Uint8Array(RESUME)], { type: "text/plain" }), "cv.txt");
      const reg = await call("POST", "/api/register", { body: form });
      expect(reg.status, JSON.stringify(reg.body)).toBe(201);
      const login = await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } });
      expect((await call("GET", "/api/profile", { token: login.body.token })).body).toMatchObject({ name: "Irina", surname: "Petrova" });
    });

    it("seed 002 registration takes firstName/lastName, seed 000 takes first_name/last_name", async () => {
      const call = api(server.url);
      const a = newCredentials("learn");
      const learn = await call("POST", "/api/auth/register", { json: { email: a.email, password: a.password, firstName: "Olga", lastName: "Orlova" } });
      expect(learn.body.user).toMatchObject({ first_name: "Olga", last_name: "Orlova" });
      const v1 = await call("POST", "/api/v1/auth/register", { json: { ...newCredentials(), first_name: "Pavel", last_name: "Popov" } });
      expect(v1.body.user).toMatchObject({ firstName: "Pavel", lastName: "Popov" });
    });

    it("the OpenAPI document names the aliases", async () => {
      const doc = (await api(server.url)("GET", "/api/openapi.json")).body;
      const text = JSON.stringify(doc.components.schemas);
      for (const alias of ["oldPassword", "old_password", "new_password", "confirm_password", "company_name", "first_name", "refresh_token"]) {
        expect(text).toContain(`\`${alias}\``);
      }
    });
  });

  describe("seed 000 refresh with the access token alone", () => {
    it("a valid Bearer token and no body get a fresh {token, expiresIn} that works", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const res = await call("POST", "/api/v1/auth/refresh", { token: acc.token });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ token: expect.any(String), expiresIn: expect.any(Number) });
      expect((await call("GET", "/api/v1/user/profile", { token: res.body.token })).body.id).toBe(acc.user.id);
      // The refresh-token body keeps its full answer, also under refresh_token.
      const rotated = await call("POST", "/api/v1/auth/refresh", { json: { refresh_token: acc.refreshToken } });
      expect(rotated.body).toEqual({ token: expect.any(String), refreshToken: expect.any(String), tokenType: "Bearer", expiresIn: expect.any(Number) });
    });

    it("no token and no body, a forged token, or an ended session: 401", async () => {
      const call = api(server.url);
      expectError(await call("POST", "/api/v1/auth/refresh"), 401);
      expectError(await call("POST", "/api/v1/auth/refresh", { token: "not.a.token" }), 401);
      const acc = await registerV1(call);
      expect((await call("POST", "/api/v1/auth/logout", { token: acc.token })).status).toBe(200);
      expectError(await call("POST", "/api/v1/auth/refresh", { token: acc.token }), 401);
    });
  });

  describe("stored values", () => {
    const NUL = "\u0000";
    it.each([
      ["/api/v1/auth/login", { email: `a${NUL}@example.test`, password: "whatever-123" }],
      ["/api/v1/auth/login", { username: `ada${NUL}`, password: "whatever-123" }],
      ["/api/login", { email: `a${NUL}@example.test`, password: "whatever-123" }],
      ["/api/auth/login", { email: `a${NUL}@example.test`, password: "whatever-123" }],
      ["/api/auth/register", { email: "nul.name@example.test", password: "Str0ng-pass-nul", first_name: `Ni${NUL}na` }],
      ["/api/v1/auth/register", { username: "nul_user", email: "nul.user@example.test", password: "Str0ng-pass-nul", lastName: `X${NUL}` }],
      ["/api/register/company", { email: "nul.co@example.test", password: "Str0ng-pass-nul", name: "Nul Co", city: `Ka${NUL}zan` }],
    ])("a NUL byte in %s -> 422, never a database error", async (route, json) => {
      expectError(await api(server.url)("POST", route, { json }), 422, "VALIDATION_ERROR");
    });

    it("a NUL byte in a profile field -> 422 and nothing changes", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      expectError(await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { firstName: `A${NUL}` } }), 422, "VALIDATION_ERROR");
      expectError(await call("PUT", "/api/user/updateprofile", { token: acc.token, json: { telegram_id: `@a${NUL}` } }), 422, "VALIDATION_ERROR");
      expect((await call("GET", "/api/v1/user/profile", { token: acc.token })).body.firstName).toBe("Ada");
    });

    it("the browser's sign-in (Auth.js) refuses a NUL byte as a failed sign-in, not a server error", async () => {
      const res = await browserSignIn(server.url, uniqueIp(), `a${NUL}@example.test`, "whatever-123");
      expect(res.status).toBe(302);
      expect(res.location).toMatch(/error=CredentialsSignin/);
      expect(res.signedIn).toBe(false);
      expect(server.logs()).not.toMatch(/auth\.js error/);
    });

    it.each(["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "ftp://files.example", "vbscript:msgbox(1)"])(
      "a company website %s is refused at sign-up and on update",
      async (website) => {
        const call = api(server.url);
        const creds = newCredentials("co");
        expectError(await call("POST", "/api/register/company", { json: { email: creds.email, password: creds.password, name: "Bad Link", website } }), 422, "VALIDATION_ERROR");
        expectError(await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } }), 401);
        const co = await registerCompany(call);
        expectError(await call("PUT", "/api/company/updateprofile", { token: co.token, json: { website } }), 422, "VALIDATION_ERROR");
        expect((await call("GET", "/api/company", { token: co.token })).body.website).toBe("https://acme.example");
      },
    );

    it("usernames are unique regardless of case, and log in in any case", async () => {
      const call = api(server.url);
      const creds = newCredentials();
      const username = `Case_${creds.username}`;
      expect((await call("POST", "/api/v1/auth/register", { json: { ...creds, username } })).status).toBe(201);
      const twin = await call("POST", "/api/v1/auth/register", { json: { ...newCredentials(), username: username.toUpperCase() } });
      expectError(twin, 409, "CONFLICT");
      const login = await call("POST", "/api/v1/auth/login", { json: { username: username.toLowerCase(), password: creds.password } });
      expect(login.status).toBe(200);
      expect(login.body.user.username).toBe(username);
      // A rename to another account's name in another case is refused too.
      const other = await registerV1(call);
      expectError(await call("PATCH", "/api/v1/user/profile", { token: other.token, json: { username: username.toLowerCase() } }), 409, "CONFLICT");
    });

    it("emails compare without case: a sign-up in capitals logs in in lower case, and a twin in other case is refused", async () => {
      const call = api(server.url);
      const creds = newCredentials();
      const upper = creds.email.toUpperCase();
      expect((await call("POST", "/api/v1/auth/register", { json: { ...creds, email: upper } })).status).toBe(201);
      expect((await call("POST", "/api/v1/auth/login", { json: { email: creds.email, password: creds.password } })).status).toBe(200);
      expectError(await call("POST", "/api/v1/auth/register", { json: { ...newCredentials(), email: creds.email } }), 409, "CONFLICT");
    });
  });
});
