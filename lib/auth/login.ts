import type { User } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { authenticate, createGuest } from "./accounts";
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from "./login-throttle";
import { startSession, type ClientMeta, type IssuedTokens } from "./sessions";

/** Password login for API clients: throttled, uniform on failure, opens a session. */
export async function loginWithPassword(
  login: string,
  password: string,
  meta: ClientMeta,
): Promise<{ user: User; tokens: IssuedTokens }> {
  await assertLoginAllowed(login, meta.ip);
  let user: User;
  try {
    user = await authenticate(login, password);
  } catch (err) {
    if (err instanceof ApiError && err.code === "INVALID_CREDENTIALS") await recordLoginFailure(login, meta.ip);
    throw err;
  }
  await clearLoginFailures(login, meta.ip);
  return { user, tokens: await startSession(user, meta) };
}

export async function loginAsGuest(meta: ClientMeta, locale?: string): Promise<{ user: User; tokens: IssuedTokens }> {
  const user = await createGuest(locale);
  return { user, tokens: await startSession(user, meta) };
}
