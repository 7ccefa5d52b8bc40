import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { ApiError, errors } from "@/lib/http/errors";
import { appUrl, composeMail, sendMailLater } from "@/lib/mail";
import type { Actor } from "./actor";
import { issueMailToken, limitMailRequests, tokenError, useMailToken } from "./mail-tokens";

interface Recipient {
  id: string;
  email: string | null;
  locale: string;
}

/**
 * Mails the account a link that confirms its address. Sign-up does not wait for the delivery,
 * and a failed one only is logged: the user can ask again from their profile.
 */
export async function sendVerificationEmail(user: Recipient): Promise<void> {
  if (!user.email) return;
  const email = user.email;
  const base = await appUrl();
  sendMailLater("email verification", async () => {
    const hours = config.mail.emailVerificationTtlHours;
    const token = await issueMailToken({ id: user.id, email }, "email_verification", hours * 3_600_000);
    const link = `${base}/verify-email?token=${token}`;
    const message = composeMail(
      { subject: "mail.verify.subject", intro: ["mail.verify.intro"], action: { label: "mail.verify.action", url: link }, outro: ["mail.verify.outro"] },
      user.locale,
      { hours },
    );
    return { to: email, ...message };
  });
}

/** Marks the address the token was sent to as verified; the token works once. */
export async function verifyEmail(token: string): Promise<void> {
  await useMailToken(token, "email_verification", async (tx, found) => {
    const { count } = await tx.user.updateMany({
      where: { id: found.userId, email: found.email },
      data: { emailVerifiedAt: new Date() },
    });
    // The account has changed its address since: this link proves an address it no longer uses.
    if (count === 0) throw tokenError("email_verification", "INVALID");
  });
}

/** Sends the signed-in user a new verification link (rate limited per account and address). */
export async function resendVerification(actor: Actor, client: { ip?: string }): Promise<{ email: string }> {
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, locale: true, emailVerifiedAt: true } });
  if (!user) throw errors.unauthorized("Account no longer exists");
  if (!user.email) throw errors.forbidden("This account has no email address");
  if (user.emailVerifiedAt) throw new ApiError("EMAIL_ALREADY_VERIFIED", "This email address is already verified", undefined, 409);
  await limitMailRequests("verify", { ip: client.ip, recipient: user.id });
  await sendVerificationEmail(user);
  return { email: user.email };
}
