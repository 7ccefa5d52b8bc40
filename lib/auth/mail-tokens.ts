import { randomBytes } from "node:crypto";
import { config } from "@/lib/config";
import { db, type Prisma } from "@/lib/db";
import { ApiError, errors } from "@/lib/http/errors";
import { consume } from "@/lib/rate-limit";
import { hashToken } from "./tokens";

// Single-use tokens mailed as links (password reset, email verification): 32 random bytes, of
// which only the SHA-256 is stored and looked up.

export type MailTokenPurpose = "password_reset" | "email_verification";

const CODE_PREFIX: Record<MailTokenPurpose, string> = { password_reset: "RESET_TOKEN", email_verification: "VERIFICATION_TOKEN" };

export function tokenError(purpose: MailTokenPurpose, reason: "INVALID" | "USED" | "EXPIRED"): ApiError {
  const message = {
    INVALID: "This link is not valid",
    USED: "This link has already been used",
    EXPIRED: "This link has expired; ask for a new one",
  }[reason];
  return new ApiError(`${CODE_PREFIX[purpose]}_${reason}`, message, undefined, 400);
}

/** Stores a new token for the user's current address and returns it (the only time it exists in clear). */
export async function issueMailToken(user: { id: string; email: string }, purpose: MailTokenPurpose, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db().mailToken.create({
    data: { userId: user.id, purpose, tokenHash: hashToken(token), email: user.email, expiresAt: new Date(Date.now() + ttlMs) },
  });
  return token;
}

/**
 * Uses a token once: claims it and runs `then` in one short transaction, so a token is spent
 * exactly when its effect happens. Unknown, used and expired tokens each get their own 400 code.
 */
export async function useMailToken<T>(
  token: string,
  purpose: MailTokenPurpose,
  then: (tx: Prisma.TransactionClient, found: { userId: string; email: string }) => Promise<T>,
): Promise<T> {
  const found = await db().mailToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!found || found.purpose !== purpose) throw tokenError(purpose, "INVALID");
  if (found.usedAt) throw tokenError(purpose, "USED");
  if (found.expiresAt <= new Date()) throw tokenError(purpose, "EXPIRED");
  return db().$transaction(
    async (tx) => {
      // The conditional update is the lock: of two concurrent uses, only one claims the token.
      const { count } = await tx.mailToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: new Date() } });
      if (count === 0) throw tokenError(purpose, "USED");
      return then(tx, { userId: found.userId, email: found.email });
    },
    { timeout: 5000 },
  );
}

const HOUR = 3_600_000;

/**
 * Limits how much mail one client can make the app send: per client address, and per
 * recipient (an address or an account), each per hour. Over either, a 429 that says nothing
 * about whether the account exists.
 */
export async function limitMailRequests(kind: string, keys: { ip?: string; recipient: string }): Promise<void> {
  if (keys.ip) {
    const byIp = await consume(`mail:${kind}:ip:${keys.ip}`, config.mail.requestsPerIpPerHour, HOUR);
    if (!byIp.allowed) throw errors.rateLimited(byIp.retryAfterSeconds);
  }
  const byRecipient = await consume(`mail:${kind}:to:${keys.recipient}`, config.mail.requestsPerEmailPerHour, HOUR);
  if (!byRecipient.allowed) throw errors.rateLimited(byRecipient.retryAfterSeconds);
}
