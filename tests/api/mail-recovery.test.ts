import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../support/server";
import { api, expectError, newCredentials, registerV1 } from "./helpers/accounts";
import { START_TIMEOUT_MS, linkToken, outboxFor, startWithAdmin, waitForMail } from "./mail-helpers";

const RESET = /^Reset your Offerpath password$/;

describe.each(databaseKinds({ embedded: true }))("forgot and reset password on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof startWithAdmin>>;
  beforeAll(async () => {
    ctx = await startWithAdmin(kind, { MAIL_REQUESTS_PER_EMAIL_PER_HOUR: "3", MAIL_REQUESTS_PER_IP_PER_HOUR: "6" });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await ctx?.stop();
  });

  async function resetLink(call: ReturnType<typeof api>, email: string, count = 1) {
    const res = await call("POST", "/api/auth/forgot-password", { json: { email } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return linkToken((await waitForMail(call, ctx.adminToken, email, RESET, count)).text, "reset-password");
  }

  it("answers an unknown email exactly as a known one, and mails only the account", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);
    const unknown = newCredentials("nobody").email;
    const known = await call("POST", "/api/auth/forgot-password", { json: { email: acc.email.toUpperCase(), extra: "ignored" } });
    const missing = await call("POST", "/api/auth/forgot-password", { json: { email: unknown } });
    expect(known.status).toBe(200);
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual(known.body);
    expect(known.body).toEqual({ message: expect.stringMatching(/If an account with this email exists/) });

    const mail = await waitForMail(call, ctx.adminToken, acc.email, RESET);
    expect(mail.to).toBe(acc.email);
    const link = linkToken(mail.text, "reset-password");
    // No APP_URL here: the link points at the address the request came to.
    expect(link.url).toBe(`${ctx.server.url}/reset-password?token=${link.token}`);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.html).toContain(`href="${link.url}"`);
    expect(await outboxFor(call, ctx.adminToken, unknown)).toEqual([]);
  });

  it("serves seed 000's clients at /api/v1/auth/forgot-password", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);
    const res = await call("POST", "/api/v1/auth/forgot-password", { json: { email: acc.email } });
    expect(res.status).toBe(200);
    expect((await waitForMail(call, ctx.adminToken, acc.email, RESET)).to).toBe(acc.email);
    expectError(await call("POST", "/api/v1/auth/forgot-password", { json: { email: "not-an-email" } }), 422, "VALIDATION_ERROR");
  });

  it("sets the new password, ends every session of the account, and the link works once", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);
    const second = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } });
    expect(second.status).toBe(200);
    const { token } = await resetLink(call, acc.email);

    const newPassword = "Brand-new-pass-42";
    const res = await call("POST", "/api/auth/reset-password", { json: { token, new_password: newPassword } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);

    // Both logins are over: access tokens get 401, refresh tokens are refused.
    expectError(await call("GET", "/api/v1/user/profile", { token: acc.token }), 401);
    expectError(await call("GET", "/api/v1/user/profile", { token: second.body.token }), 401);
    expectError(await call("POST", "/api/v1/auth/refresh", { json: { refreshToken: acc.refreshToken } }), 401);
    expectError(await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: acc.password } }), 401);
    const fresh = await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: newPassword } });
    expect(fresh.status).toBe(200);

    expectError(await call("POST", "/api/auth/reset-password", { json: { token, password: "Another-pass-77" } }), 400, "RESET_TOKEN_USED");
    expect((await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: newPassword } })).status).toBe(200);
  });

  it("accepts the new password as password, new_password or newPassword", async () => {
    const call = api(ctx.server.url);
    for (const field of ["password", "newPassword"]) {
      const acc = await registerV1(call);
      const { token } = await resetLink(call, acc.email);
      const res = await call("POST", "/api/auth/reset-password", { json: { token, [field]: `Via-${field}-123` } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect((await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: `Via-${field}-123` } })).status).toBe(200);
    }
  });

  it("refuses unknown tokens, weak passwords, and links sent before the one used", async () => {
    const call = api(ctx.server.url);
    const unknown = await call("POST", "/api/auth/reset-password", { json: { token: "x".repeat(43), password: "Whatever-pass-1" } });
    expectError(unknown, 400, "RESET_TOKEN_INVALID");
    expectError(await call("POST", "/api/auth/reset-password", { json: { token: "x".repeat(43) } }), 422, "VALIDATION_ERROR");

    const acc = await registerV1(call);
    const first = await resetLink(call, acc.email, 1);
    const weak = await call("POST", "/api/auth/reset-password", { json: { token: first.token, password: "password123" } });
    expectError(weak, 422, "VALIDATION_ERROR");
    const second = await resetLink(call, acc.email, 2);
    expect(second.token).not.toBe(first.token);
    expect((await call("POST", "/api/auth/reset-password", { json: { token: second.token, password: "Second-link-pass-9" } })).status).toBe(200);
    expectError(await call("POST", "/api/auth/reset-password", { json: { token: first.token, password: "First-link-pass-9" } }), 400, "RESET_TOKEN_USED");
  });

  it("two concurrent uses of one link: exactly one sets the password", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);
    const { token } = await resetLink(call, acc.email);
    const results = await Promise.all(
      ["Racer-one-pass-1", "Racer-two-pass-2"].map((password) => call("POST", "/api/auth/reset-password", { json: { token, password } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
  });

  it("writes the mail in the account's language", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call, { locale: "ru" });
    await call("POST", "/api/auth/forgot-password", { json: { email: acc.email } });
    const mail = await waitForMail(call, ctx.adminToken, acc.email, /^Сброс пароля Offerpath$/);
    expect(mail.text).toContain("Задать новый пароль");
  });

  it("limits requests per email and per client address, the same for unknown emails", async () => {
    const call = api(ctx.server.url);
    const email = newCredentials("limited").email;
    // Per email (3 an hour here), whatever address the requests come from.
    for (let i = 0; i < 3; i++) {
      expect((await api(ctx.server.url)("POST", "/api/auth/forgot-password", { json: { email } })).status).toBe(200);
    }
    const limited = await api(ctx.server.url)("POST", "/api/auth/forgot-password", { json: { email } });
    expectError(limited, 429, "RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);

    // Per client address (6 an hour here), whatever emails it asks for.
    for (let i = 0; i < 6; i++) {
      expect((await call("POST", "/api/v1/auth/forgot-password", { json: { email: newCredentials("ip").email } })).status).toBe(200);
    }
    expectError(await call("POST", "/api/auth/forgot-password", { json: { email: newCredentials("ip").email } }), 429, "RATE_LIMITED");
  });
});
