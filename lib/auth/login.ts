import type { User } from "@/lib/db";
import { authenticate, createGuest } from "./accounts";
import { startSession, type ClientMeta, type IssuedTokens } from "./sessions";

/** Password login for API clients: throttled per account (in `authenticate`), uniform on failure, opens a session. */
export async function loginWithPassword(
  login: string,
  password: string,
  meta: ClientMeta,
): Promise<{ user: User; tokens: IssuedTokens }> {
  const user = await authenticate(login, password);
  return { user, tokens: await startSession(user, meta) };
}

export async function loginAsGuest(meta: ClientMeta, locale?: string): Promise<{ user: User; tokens: IssuedTokens }> {
  const user = await createGuest(locale);
  return { user, tokens: await startSession(user, meta) };
}
