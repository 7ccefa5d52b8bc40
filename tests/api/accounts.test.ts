import { readFileSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, newCredentials, registerCompany, registerV1 } from "./helpers/accounts";

// A synthetic resume from the shared dev set (shared/datasets/resumes-dev), copied so tests need nothing outside the repo.
const RESUME_PATH = path.join(import.meta.dirname, "../fixtures/cv-009.txt");
const resumeBytes = () => readFileSync(RESUME_PATH);

function resumeForm(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append("resume", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "text/plain" }), file.name);
  return form;
}

describe.each(databaseKinds({ embedded: true }))("accounts on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe("seed 000: /api/v1/auth and /api/v1/user", () => {
    it("registers, and returns the token pair and the user in seed 000's shape", async () => {
      const call = api(server.url);
      const creds = newCredentials();
      const res = await call("POST", "/api/v1/auth/register", { json: { ...creds, firstName: "Ada", lastName: "Lovelace" } });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        token: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: "Bearer",
        expiresIn: expect.any(Number),
        user: expect.objectContaining({
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          username: creds.username,
          email: creds.email,
          firstName: "Ada",
          lastName: "Lovelace",
          role: "candidate",
        }),
      });
      expect(res.body.expiresIn).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toMatch(/password/i);
    });

    it("logs in by email or by username; the token reads the profile", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      for (const by of [{ email: acc.email }, { username: acc.username }]) {
        const login = await call("POST", "/api/v1/auth/login", { json: { ...by, password: acc.password } });
        expect(login.status).toBe(200);
        expect(login.body).toMatchObject({ tokenType: "Bearer", user: { id: acc.user.id, email: acc.email } });
        const profile = await call("GET", "/api/v1/user/profile", { token: login.body.token });
        expect(profile.status).toBe(200);
        expect(profile.body).toMatchObject({ id: acc.user.id, username: acc.username, email: acc.email, firstName: "Ada" });
      }
    });

    it("updates the profile with PATCH and keeps the change", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const patched = await call("PATCH", "/api/v1/user/profile", { token: acc.token, json: { firstName: "Grace", lastName: "Hopper" } });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ firstName: "Grace", lastName: "Hopper", email: acc.email });
      const again = await call("GET", "/api/v1/user/profile", { token: acc.token });
      expect(again.body).toMatchObject({ firstName: "Grace", lastName: "Hopper" });
    });

    it("refuses a profile change to an email another account holds (409) and changes nothing", async () => {
      const call = api(server.url);
      const a = await registerV1(call);
      const b = await registerV1(call);
      const res = await call("PATCH", "/api/v1/user/profile", { token: b.token, json: { email: a.email, firstName: "Mallory", currentPassword: b.password } });
      expectError(res, 409, "CONFLICT");
      const profile = await call("GET", "/api/v1/user/profile", { token: b.token });
      expect(profile.body).toMatchObject({ email: b.email, firstName: "Ada" });
    });

    it("changes the password: the old one stops working, the new one logs in", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const newPassword = "An0ther-long-secret";
      const res = await call("POST", "/api/v1/user/change-password", {
        token: acc.token,
        json: { currentPassword: acc.password, newPassword },
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ message: expect.any(String) });
      const old = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
      expectError(old, 401);
      const fresh = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: newPassword } });
      expect(fresh.status).toBe(200);
    });

    it("refuses a password change with the wrong current password, and keeps the old password", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const res = await call("POST", "/api/v1/user/change-password", {
        token: acc.token,
        json: { currentPassword: "not-my-password-1", newPassword: "An0ther-long-secret" },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectError(res, res.status);
      const login = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
      expect(login.status).toBe(200);
    });

    it("serves seed 000's /v1/* paths through the rewrite", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const login = await call("POST", "/v1/auth/login", { json: { email: acc.email, password: acc.password } });
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({ tokenType: "Bearer", user: { email: acc.email } });
      const profile = await call("GET", "/v1/user/profile", { token: login.body.token });
      expect(profile.status).toBe(200);
      expect(profile.body.id).toBe(acc.user.id);
      expectError(await call("GET", "/v1/user/profile"), 401, "UNAUTHORIZED");
    });
  });

  describe("seed 002: /api/auth", () => {
    it("registers a learner, logs in with JSON, and reads /api/auth/me", async () => {
      const call = api(server.url);
      const creds = newCredentials("learn");
      const reg = await call("POST", "/api/auth/register", {
        json: { email: creds.email, password: creds.password, first_name: "Lena", last_name: "Smirnova" },
      });
      expect(reg.status).toBe(201);
      expect(reg.body).toMatchObject({
        access_token: expect.any(String),
        refresh_token: expect.any(String),
        token_type: "bearer",
        expires_in: expect.any(Number),
        user: { email: creds.email, first_name: "Lena", last_name: "Smirnova", is_guest: false },
      });
      const login = await call("POST", "/api/auth/login", { json: { email: creds.email, password: creds.password } });
      expect(login.status).toBe(200);
      const me = await call("GET", "/api/auth/me", { token: login.body.access_token });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: reg.body.user.id, email: creds.email, is_guest: false });
    });

    it("accepts FastAPI's OAuth2 password form (application/x-www-form-urlencoded, username=)", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const form = new URLSearchParams({ username: acc.email, password: acc.password, grant_type: "password" });
      const res = await call("POST", "/api/auth/login", {
        body: form.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ token_type: "bearer", user: { id: acc.user.id } });
      const wrong = await call("POST", "/api/auth/login", {
        body: new URLSearchParams({ username: acc.email, password: "wrong-password-9" }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expectError(wrong, 401);
    });

    it("lets a guest in, and /api/auth/me says it is a guest", async () => {
      const call = api(server.url);
      const guest = await call("POST", "/api/auth/guest-login", { json: {} });
      expect(guest.status).toBe(200);
      expect(guest.body).toMatchObject({ access_token: expect.any(String), token_type: "bearer", user: { is_guest: true, role: "guest" } });
      const me = await call("GET", "/api/auth/me", { token: guest.body.access_token });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: guest.body.user.id, is_guest: true });
    });
  });

  describe("seed 003: /api/login, /api/register, /api/profile, /api/company", () => {
    it("registers a candidate with a resume file (multipart) who then logs in with role 'user'", async () => {
      const call = api(server.url);
      const creds = newCredentials("cand");
      const reg = await call("POST", "/api/register", {
        body: resumeForm(
          { email: creds.email, password: creds.password, name: "Dmitry", surname: "Kuznetsov", telegram_id: "@dk" },
          { name: "cv-009.txt", bytes: resumeBytes() },
        ),
      });
      expect(reg.status, JSON.stringify(reg.body)).toBe(201);
      expect(reg.body).toEqual({ message: expect.any(String), user_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });

      const login = await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } });
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({ token: expect.any(String), role: "user" });

      const profile = await call("GET", "/api/profile", { token: login.body.token });
      expect(profile.status).toBe(200);
      expect(profile.body).toMatchObject({
        id: reg.body.user_id,
        email: creds.email,
        name: "Dmitry",
        surname: "Kuznetsov",
        telegram_id: "@dk",
        role: "user",
        resume: { filename: "cv-009.txt", size: resumeBytes().length },
      });
    });

    it.each([
      ["an .exe file", { name: "setup.exe", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 1, 2, 3]), type: "application/octet-stream" }, [415]],
      ["a file over 10 MB", { name: "huge.txt", bytes: new Uint8Array(10 * 1024 * 1024 + 200 * 1024).fill(65) }, [413, 422]],
      ["no file at all", undefined, [422]],
    ] as const)("refuses registration with %s, and creates no account", async (_label, file, statuses) => {
      const call = api(server.url);
      const creds = newCredentials("cand");
      const res = await call("POST", "/api/register", {
        body: resumeForm({ email: creds.email, password: creds.password, name: "Eve", surname: "Doe" }, file as never),
      });
      expect(statuses as readonly number[]).toContain(res.status);
      expectError(res, res.status, res.status === 413 ? "PAYLOAD_TOO_LARGE" : res.status === 415 ? "UNSUPPORTED_MEDIA_TYPE" : "VALIDATION_ERROR");
      const login = await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } });
      expectError(login, 401);
    });

    it("refuses a JSON body on the multipart-only registration (415)", async () => {
      const call = api(server.url);
      const creds = newCredentials("cand");
      const res = await call("POST", "/api/register", { json: { email: creds.email, password: creds.password, name: "A", surname: "B" } });
      expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    });

    it("updates a candidate's name, surname and telegram_id", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const res = await call("PUT", "/api/user/updateprofile", { token: acc.token, json: { name: "Nina", surname: "Ivanova", telegram_id: "@nina" } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ message: expect.any(String), profile: { name: "Nina", surname: "Ivanova", telegram_id: "@nina" } });
      const profile = await call("GET", "/api/profile", { token: acc.token });
      expect(profile.body).toMatchObject({ name: "Nina", surname: "Ivanova", telegram_id: "@nina", resume: null });
    });

    it("registers a company that logs in with role 'company', reads and updates its profile", async () => {
      const call = api(server.url);
      const co = await registerCompany(call, "Blue Fin");
      const login = await call("POST", "/api/login", { json: { email: co.email, password: co.password } });
      expect(login.body.role).toBe("company");
      const company = await call("GET", "/api/company", { token: co.token });
      expect(company.status).toBe(200);
      expect(company.body).toMatchObject({ id: co.companyId, name: "Blue Fin", email: co.email, city: "Kazan" });
      const upd = await call("PUT", "/api/company/updateprofile", { token: co.token, json: { description: "We fish", city: "Perm" } });
      expect(upd.status).toBe(200);
      expect(upd.body).toMatchObject({ company: { id: co.companyId, description: "We fish", city: "Perm", name: "Blue Fin" } });
      const after = await call("GET", "/api/company", { token: co.token });
      expect(after.body).toMatchObject({ description: "We fish", city: "Perm" });
    });

    it("pages through the company directory with page and per_page", async () => {
      const call = api(server.url);
      for (let i = 0; i < 3; i++) await registerCompany(call, `Pager ${i}`);
      const first = await call("GET", "/api/companies?page=1&per_page=2");
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ page: 1, per_page: 2, total: expect.any(Number), pages: expect.any(Number) });
      expect(first.body.total).toBeGreaterThanOrEqual(3);
      expect(first.body.pages).toBe(Math.ceil(first.body.total / 2));
      expect(first.body.companies).toHaveLength(2);
      // The public directory never shows an owner's email.
      expect(first.body.companies[0]).not.toHaveProperty("email");
      const second = await call("GET", "/api/companies?page=2&per_page=2");
      expect(second.status).toBe(200);
      const ids1 = first.body.companies.map((c: { id: string }) => c.id);
      const ids2 = second.body.companies.map((c: { id: string }) => c.id);
      expect(ids2.length).toBeGreaterThan(0);
      expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);
      const all = await call("GET", "/api/companies?per_page=100");
      expect(all.body.companies).toHaveLength(Math.min(100, all.body.total));
      // Past the last page: no companies, but the total and page count are still told.
      const past = await call("GET", `/api/companies?page=${first.body.pages + 1}&per_page=2`);
      expect(past.status).toBe(200);
      expect(past.body).toMatchObject({ companies: [], total: first.body.total, pages: first.body.pages });
    });

    it.each(["per_page=101", "per_page=0", "page=0", "page=abc", "per_page=1000"])("refuses /api/companies?%s with 422", async (qs) => {
      expectError(await api(server.url)("GET", `/api/companies?${qs}`), 422, "VALIDATION_ERROR");
    });
  });

  describe("one identity: a token from any login works on every API", () => {
    it("a /api/login token reads /api/v1/user/profile, /api/auth/me and /api/profile", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const login = await call("POST", "/api/login", { json: { email: acc.email, password: acc.password } });
      expect(login.body.role).toBe("user");
      const token = login.body.token;
      for (const path of ["/api/v1/user/profile", "/api/auth/me", "/api/profile"]) {
        const res = await call("GET", path, { token });
        expect(res.status, path).toBe(200);
        expect(res.body.id, path).toBe(acc.user.id);
      }
    });

    it("a /api/auth/login token and a /api/v1/auth/login token work on the other seeds' endpoints", async () => {
      const call = api(server.url);
      const acc = await registerV1(call);
      const learn = await call("POST", "/api/auth/login", { json: { email: acc.email, password: acc.password } });
      const v1 = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
      expect((await call("GET", "/api/v1/user/profile", { token: learn.body.access_token })).body.id).toBe(acc.user.id);
      expect((await call("GET", "/api/profile", { token: v1.body.token })).body.id).toBe(acc.user.id);
      const upd = await call("PUT", "/api/user/updateprofile", { token: learn.body.access_token, json: { name: "Via002" } });
      expect(upd.status).toBe(200);
      expect((await call("GET", "/api/v1/user/profile", { token: v1.body.token })).body.firstName).toBe("Via002");
    });

    it("a company's /api/v1 token opens /api/company", async () => {
      const call = api(server.url);
      const co = await registerCompany(call);
      const v1 = await call("POST", "/api/v1/auth/login", { json: { email: co.email, password: co.password } });
      expect(v1.body.user.role).toBe("company");
      const company = await call("GET", "/api/company", { token: v1.body.token });
      expect(company.status).toBe(200);
      expect(company.body.id).toBe(co.companyId);
    });
  });

  describe("demo accounts", () => {
    if (kind === "pglite") {
      it.each(DEMO_ACCOUNTS.map((a) => [a.email, a.role] as const))("embedded setup: %s logs in", async (email, role) => {
        const res = await api(server.url)("POST", "/api/v1/auth/login", { json: { email, password: DEMO_PASSWORD } });
        expect(res.status).toBe(200);
        expect(res.body.user).toMatchObject({ email, role });
      });
    } else {
      it("PostgreSQL (production): demo accounts do not exist", async () => {
        const call = api(server.url);
        for (const a of DEMO_ACCOUNTS) {
          expectError(await call("POST", "/api/v1/auth/login", { json: { email: a.email, password: DEMO_PASSWORD } }), 401);
        }
      });

      it("PostgreSQL (production): a demo account inserted into the database is still refused", async () => {
        const email = `planted.${Date.now()}@demo.offerpath.dev`;
        const password = "offerpath-demo";
        const db = new pg.Client({ connectionString: server.databaseUrl });
        await db.connect();
        try {
          await db.query(
            `INSERT INTO users (id, email, username, password_hash, role, is_demo, locale, created_at, updated_at)
             VALUES (gen_random_uuid(), $1, $2, $3, 'candidate', $4, 'en', now(), now())`,
            [email, `planted_${Date.now()}`, bcrypt.hashSync(password, 10), true],
          );
          const call = api(server.url);
          const refused = await call("POST", "/api/v1/auth/login", { json: { email, password } });
          expectError(refused, 401);
          // The control: the same row without the demo flag logs in, so the refusal is the flag's doing.
          await db.query(`UPDATE users SET is_demo = false WHERE email = $1`, [email]);
          const allowed = await call("POST", "/api/v1/auth/login", { json: { email, password } });
          expect(allowed.status).toBe(200);
        } finally {
          await db.end();
        }
      });
    }
  });
});
