import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../support/server";
import { api, expectError, newCredentials, registerCompany, registerV1 } from "./helpers/accounts";
import { START_TIMEOUT_MS, linkToken, outboxFor, startWithAdmin, waitForMail } from "./mail-helpers";

const VERIFY = /^Confirm your email for Offerpath$/;

describe.each(databaseKinds())("email verification and the outbox on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof startWithAdmin>>;
  beforeAll(async () => {
    ctx = await startWithAdmin(kind);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await ctx?.stop();
  });

  it("mails a verification link on sign-up; the link verifies once", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);
    // Seed 000's user shape is unchanged: the verified state is not one of its fields.
    expect(Object.keys(acc.user).sort()).toEqual(["createdAt", "email", "firstName", "id", "lastName", "locale", "role", "updatedAt", "username"]);
    const mail = await waitForMail(call, ctx.adminToken, acc.email, VERIFY);
    const link = linkToken(mail.text, "verify-email");
    expect(link.url).toBe(`${ctx.server.url}/verify-email?token=${link.token}`);

    expect((await call("POST", "/api/auth/verify-email", { json: { token: link.token } })).status).toBe(200);
    expectError(await call("POST", "/api/auth/verify-email", { json: { token: link.token } }), 400, "VERIFICATION_TOKEN_USED");
    expectError(await call("POST", "/api/auth/verify-email", { json: { token: "y".repeat(43) } }), 400, "VERIFICATION_TOKEN_INVALID");
    // Verified now: asking for another link is refused.
    expectError(await call("POST", "/api/auth/resend-verification", { token: acc.token }), 409, "EMAIL_ALREADY_VERIFIED");
  });

  it("a reset token is no verification token, nor the other way round", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);
    const verify = linkToken((await waitForMail(call, ctx.adminToken, acc.email, VERIFY)).text, "verify-email");
    const res = await call("POST", "/api/auth/reset-password", { json: { token: verify.token, password: "Sneaky-pass-123" } });
    expectError(res, 400, "RESET_TOKEN_INVALID");
  });

  it("verifies by opening the mailed link (GET of the page)", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);
    const { url } = linkToken((await waitForMail(call, ctx.adminToken, acc.email, VERIFY)).text, "verify-email");
    const page = await fetch(url, { headers: { "accept-language": "en" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Thank you! Your email address is confirmed.");
    expectError(await call("POST", "/api/auth/resend-verification", { token: acc.token }), 409, "EMAIL_ALREADY_VERIFIED");
    const again = await fetch(url, { headers: { "accept-language": "en" } });
    expect(await again.text()).toContain("This link has already been used.");
  });

  it("every sign-up path mails a link: seed 002's and seed 003's registrations too", async () => {
    const call = api(ctx.server.url);
    const learner = newCredentials("learn");
    const reg = await call("POST", "/api/auth/register", { json: { email: learner.email, password: learner.password, first_name: "Lee" } });
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    expect((await waitForMail(call, ctx.adminToken, learner.email, VERIFY)).to).toBe(learner.email);
    const company = await registerCompany(call);
    expect((await waitForMail(call, ctx.adminToken, company.email, VERIFY)).to).toBe(company.email);
  });

  it("resends a new link to the signed-in user only", async () => {
    const call = api(ctx.server.url);
    expectError(await call("POST", "/api/auth/resend-verification"), 401, "UNAUTHORIZED");
    const acc = await registerV1(call);
    await waitForMail(call, ctx.adminToken, acc.email, VERIFY);
    const res = await call("POST", "/api/auth/resend-verification", { token: acc.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const second = await waitForMail(call, ctx.adminToken, acc.email, VERIFY, 2);
    const { token } = linkToken(second.text, "verify-email");
    expect((await call("POST", "/api/auth/verify-email", { json: { token } })).status).toBe(200);
  });

  it("the outbox is for admins only, newest first", async () => {
    const call = api(ctx.server.url);
    expectError(await call("GET", "/api/admin/outbox"), 401, "UNAUTHORIZED");
    const acc = await registerV1(call);
    expectError(await call("GET", "/api/admin/outbox", { token: acc.token }), 403, "FORBIDDEN");
    const company = await registerCompany(call);
    expectError(await call("GET", "/api/admin/outbox", { token: company.token }), 403, "FORBIDDEN");

    await waitForMail(call, ctx.adminToken, acc.email, VERIFY);
    await call("POST", "/api/auth/forgot-password", { json: { email: acc.email } });
    await waitForMail(call, ctx.adminToken, acc.email, /Reset your Offerpath password/);
    const mine = await outboxFor(call, ctx.adminToken, acc.email);
    expect(mine.map((m) => m.subject)).toEqual(["Reset your Offerpath password", "Confirm your email for Offerpath"]);

    const all = await call("GET", "/api/admin/outbox?page_size=2", { token: ctx.adminToken });
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ backend: "outbox", page: 1, page_size: 2 });
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    const times = all.body.items.map((m: { created_at: string }) => Date.parse(m.created_at));
    expect(times[0]).toBeGreaterThanOrEqual(times[1]);
  });
});
