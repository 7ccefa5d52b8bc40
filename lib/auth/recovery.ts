import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { composeMail, sendMailLater } from "@/lib/mail";
import { normaliseEmail } from "./accounts";
import { issueMailToken, limitMailRequests, useMailToken } from "./mail-tokens";
import { hashPassword } from "./password";
import { revokeOtherSessions } from "./sessions";

/** The one answer to every forgot-password request, whether the account exists or not. */
export const FORGOT_PASSWORD_ANSWER = "If an account with this email exists, a link to reset its password has been sent to it.";

/**
 * Mails a password-reset link to the account with this email, if there is one that signs in
 * with a password. The caller answers the same either way, at once: the lookup and the mail
 * happen after, so neither the answer nor its timing says whether the account exists.
 */
export async function forgotPassword(input: { email: string; ip?: string; appUrl: string }): Promise<void> {
  const email = normaliseEmail(input.email);
  await limitMailRequests("reset", { ip: input.ip, recipient: email });
  sendMailLater("password reset", async () => {
    const user = await db().user.findUnique({
      where: { email },
      select: { id: true, email: true, locale: true, role: true, passwordHash: true, isDemo: true },
    });
    // Guests have no password to reset; demo accounts are shared, so nobody may take one over.
    if (!user?.email || !user.passwordHash || user.role === "guest" || user.isDemo) return null;
    const minutes = config.mail.passwordResetTtlMinutes;
    const token = await issueMailToken({ id: user.id, email: user.email }, "password_reset", minutes * 60_000);
    const link = `${input.appUrl}/reset-password?token=${token}`;
    const message = composeMail(
      { subject: "mail.reset.subject", intro: ["mail.reset.intro"], action: { label: "mail.reset.action", url: link }, outro: ["mail.reset.outro", "mail.ignore"] },
      user.locale,
      { minutes },
    );
    return { to: user.email, ...message };
  });
}

/**
 * Sets a new password with a reset token (single use), and ends every session of the account:
 * whoever asked for the reset may be locking out someone who got in with the old password.
 */
export async function resetPassword(token: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  const userId = await useMailToken(token, "password_reset", async (tx, found) => {
    const now = new Date();
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash } });
    // The link reached its address, which proves the address (if the account still uses it).
    await tx.user.updateMany({ where: { id: found.userId, email: found.email, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    // Other reset links sent before this one die with it.
    await tx.mailToken.updateMany({ where: { userId: found.userId, purpose: "password_reset", usedAt: null }, data: { usedAt: now } });
    return found.userId;
  });
  await revokeOtherSessions(userId, undefined, "password reset");
}
