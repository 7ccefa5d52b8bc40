import { afterAll, beforeAll, describe, it } from "vitest";
import { databaseKinds } from "../support/server";
import { api, expectError, registerV1 } from "./helpers/accounts";
import { START_TIMEOUT_MS, linkToken, startWithAdmin, waitForMail } from "./mail-helpers";

// Links that live about two seconds (the TTLs accept fractions), so expiry is tested for real.
describe.each(databaseKinds())("expired mail links on %s", (kind) => {
  let ctx: Awaited<ReturnType<typeof startWithAdmin>>;
  beforeAll(async () => {
    ctx = await startWithAdmin(kind, { PASSWORD_RESET_TTL_MINUTES: "0.03", EMAIL_VERIFICATION_TTL_HOURS: "0.0005" });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await ctx?.stop();
  });

  it("refuses an expired reset link and an expired verification link", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);
    const verify = linkToken((await waitForMail(call, ctx.adminToken, acc.email, /Confirm your email/)).text, "verify-email");
    await call("POST", "/api/auth/forgot-password", { json: { email: acc.email } });
    const reset = linkToken((await waitForMail(call, ctx.adminToken, acc.email, /Reset your Offerpath password/)).text, "reset-password");
    await new Promise((r) => setTimeout(r, 2500));
    expectError(await call("POST", "/api/auth/reset-password", { json: { token: reset.token, password: "Too-late-pass-1" } }), 400, "RESET_TOKEN_EXPIRED");
    expectError(await call("POST", "/api/auth/verify-email", { json: { token: verify.token } }), 400, "VERIFICATION_TOKEN_EXPIRED");
  });
});
