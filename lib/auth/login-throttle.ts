import { config } from "@/lib/config";
import { clearLimit, consume, isBlocked } from "@/lib/rate-limit";
import { errors } from "@/lib/http/errors";

// Failed logins are limited per account and address together, so a guesser is stopped
// without letting anyone lock a stranger out from another address.
const key = (login: string, ip = "unknown") => `login-fail:${login.trim().toLowerCase()}|${ip}`;

export async function assertLoginAllowed(login: string, ip?: string): Promise<void> {
  const state = await isBlocked(key(login, ip), config.loginFailuresPerMinute);
  if (!state.allowed) throw errors.rateLimited(state.retryAfterSeconds);
}

export async function recordLoginFailure(login: string, ip?: string): Promise<void> {
  await consume(key(login, ip), config.loginFailuresPerMinute);
}

export async function clearLoginFailures(login: string, ip?: string): Promise<void> {
  await clearLimit(key(login, ip));
}
