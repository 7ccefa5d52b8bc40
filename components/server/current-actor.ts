import { redirect } from "next/navigation";
import { cache } from "react";
import { actorFromSession, getUser, type Actor } from "@/lib/auth";
import { browserSession } from "@/lib/auth/nextauth";
import { ApiError } from "@/lib/http/errors";

/**
 * The signed-in actor behind this request's Auth.js cookie, or null. A cookie whose session was
 * revoked (signed out elsewhere, password changed on another device) counts as signed out.
 * Cached per request, so the layout and the page share one lookup.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await browserSession();
  if (!session) return null;
  try {
    return await actorFromSession(session.sid, session.uid);
  } catch (err) {
    if (err instanceof ApiError) return null;
    throw err;
  }
});

/** The actor and their account, or null when signed out. */
export const getCurrentAccount = cache(async () => {
  const actor = await getCurrentActor();
  if (!actor) return null;
  try {
    return { actor, user: await getUser(actor) };
  } catch (err) {
    if (err instanceof ApiError) return null;
    throw err;
  }
});

/** A local path to come back to after signing in; anything else (other sites, `//host`) is dropped. */
export function safeNextPath(next: unknown): string | undefined {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : undefined;
}

/** For pages that need a user: the account, or a redirect to sign in that comes back here. */
export async function requireAccount(returnTo: string) {
  const account = await getCurrentAccount();
  if (!account) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  return account;
}
