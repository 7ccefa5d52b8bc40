import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../support/server";
import { api, registerV1 } from "./helpers/accounts";
import { START_TIMEOUT_MS, linkToken, startWithAdmin } from "./mail-helpers";

// Production mail: the app sends through SMTP (nodemailer) to a real SMTP server started here,
// which parses what arrives. Nothing is kept in the outbox then.
describe.each(databaseKinds())("mail over SMTP on %s", (kind) => {
  const received: Array<{ envelopeTo: string[]; mail: ParsedMail }> = [];
  let smtp: SMTPServer;
  let ctx: Awaited<ReturnType<typeof startWithAdmin>>;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const { port } = smtp.server.address() as AddressInfo;
    ctx = await startWithAdmin(kind, {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: "Offerpath Tests <robot@offerpath.test>",
      APP_URL: "https://app.offerpath.test",
    });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await ctx?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  async function arrival(to: string, subject: RegExp) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const hit = received.find((r) => r.envelopeTo.includes(to) && subject.test(r.mail.subject ?? ""));
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no SMTP delivery "${subject}" to ${to}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("delivers the verification and reset mails with the right recipient, subject and link", async () => {
    const call = api(ctx.server.url);
    const acc = await registerV1(call);

    const verify = await arrival(acc.email, /^Confirm your email for Offerpath$/);
    expect(verify.mail.to && "text" in verify.mail.to ? verify.mail.to.text : "").toBe(acc.email);
    expect(verify.mail.from?.value[0]).toMatchObject({ address: "robot@offerpath.test", name: "Offerpath Tests" });
    const verifyLink = linkToken(verify.mail.text ?? "", "verify-email");
    expect(verifyLink.url).toBe(`https://app.offerpath.test/verify-email?token=${verifyLink.token}`);
    expect(verify.mail.html || "").toContain(`href="${verifyLink.url}"`);
    expect((await call("POST", "/api/auth/verify-email", { json: { token: verifyLink.token } })).status).toBe(200);

    await call("POST", "/api/auth/forgot-password", { json: { email: acc.email } });
    const reset = await arrival(acc.email, /^Reset your Offerpath password$/);
    const resetLink = linkToken(reset.mail.text ?? "", "reset-password");
    expect(resetLink.url).toBe(`https://app.offerpath.test/reset-password?token=${resetLink.token}`);
    const res = await call("POST", "/api/auth/reset-password", { json: { token: resetLink.token, password: "Smtp-reset-pass-5" } });
    expect(res.status).toBe(200);
    expect((await call("POST", "/api/v1/auth/login", { json: { email: acc.email, password: "Smtp-reset-pass-5" } })).status).toBe(200);

    // Nothing went to the outbox.
    const outbox = await call("GET", `/api/admin/outbox?to=${encodeURIComponent(acc.email)}`, { token: ctx.adminToken });
    expect(outbox.body).toMatchObject({ backend: "smtp", items: [], total: 0 });
  });
});
