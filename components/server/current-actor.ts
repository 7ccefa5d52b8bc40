import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { actorFromSession, getUser, type Actor } from "@/lib/auth";
import type { Role } from "@/lib/auth";
import { ACCOUNT_ROLES, hasRole } from "./actor-roles";
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

/**
 * For pages that need an account: the actor (narrowed to `roles`) and their user row. Signed out
 * goes to sign-in and comes back to `returnTo`; the wrong role sees the forbidden page (403).
 * Every page checks this itself: a layout or proxy.ts alone is not authorization.
 */
export async function requireAccount<R extends Role = (typeof ACCOUNT_ROLES)[number]>({
  roles = ACCOUNT_ROLES as readonly Role[] as readonly R[],
  returnTo,
}: {
  roles?: readonly R[];
  returnTo: string;
}) {
  const account = await getCurrentAccount();
  if (!account) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  const { actor, user } = account;
  if (!hasRole(actor, roles)) forbidden();
  return { actor, user };
}
