import { config } from "@/lib/config";
import { clearLimit, consume, isBlocked } from "@/lib/rate-limit";
import { errors } from "@/lib/http/errors";

// Guesses at one account's password are limited per account, whatever the address (a guesser
// can change address; an account cannot), and whichever way in: its email and its username, the
// API logins, the browser's Auth.js login and the current-password check all share one counter.
// The attempt is counted before the password is checked, so parallel guesses cannot all slip in
// before the first failure is recorded. The right password clears the count.

/** The counter of one account, or of a login that names no account (so both behave alike). */
export const passwordAttemptsKey = (subject: { userId: string } | { login: string }) =>
  "userId" in subject ? `pw-attempts:user:${subject.userId}` : `pw-attempts:login:${subject.login.trim().toLowerCase()}`;

/** Counts one password attempt; throws RATE_LIMITED when the account's budget is spent. */
export async function countPasswordAttempt(key: string): Promise<void> {
  const attempt = await consume(key, config.loginFailuresPerMinute);
  if (!attempt.allowed) throw errors.rateLimited(attempt.retryAfterSeconds);
}

export async function clearPasswordAttempts(key: string): Promise<void> {
  await clearLimit(key);
}

// A registration that hits an existing email or username says so (409), which tells a prober the
// address is known; those answers are limited per client address.
const DUPLICATE_REGISTRATIONS = { limit: 5, windowMs: 10 * 60_000 };
const duplicatesKey = (ip: string | undefined) => `register-duplicates:${ip ?? "unknown"}`;

/** Throws RATE_LIMITED if this address has used up its duplicate answers. */
export async function assertRegistrationAllowed(ip: string | undefined): Promise<void> {
  const state = await isBlocked(duplicatesKey(ip), DUPLICATE_REGISTRATIONS.limit);
  if (!state.allowed) throw errors.rateLimited(state.retryAfterSeconds);
}

/** Counts a duplicate answer; throws RATE_LIMITED instead once the address is over its limit. */
export async function countDuplicateRegistration(ip: string | undefined): Promise<void> {
  const r = await consume(duplicatesKey(ip), DUPLICATE_REGISTRATIONS.limit, DUPLICATE_REGISTRATIONS.windowMs);
  if (!r.allowed) throw errors.rateLimited(r.retryAfterSeconds);
}
