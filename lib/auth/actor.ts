import { db } from "@/lib/db";
import type { Role, User } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { verifyAccessToken } from "./tokens";

/** Who is making a request: the only thing domain functions trust about the caller. */
export interface Actor {
  id: string;
  role: Role;
  email: string | null;
  companyId: string | null;
  sessionId: string;
}

// The user row read while authenticating, kept for the rest of that request (keyed by the actor
// object, which lives exactly as long), so "who am I" endpoints need no second query.
const usersLoadedWithActor = new WeakMap<Actor, AccountUser>();

/** A user row without its password hash, which never leaves lib/auth's password checks. */
export type AccountUser = Omit<User, "passwordHash">;

export function userLoadedWith(actor: Actor): AccountUser | undefined {
  return usersLoadedWithActor.get(actor);
}

const sessionGone = () => new ApiError("UNAUTHORIZED", "Session has ended; sign in again", undefined, 401);

/** Loads the actor behind a session id, refusing ended sessions; the role comes from the database. */
export async function actorFromSession(sessionId: string, userId: string): Promise<Actor> {
  const session = await db().authSession.findUnique({
    where: { id: sessionId },
    select: {
      revokedAt: true,
      expiresAt: true,
      user: { omit: { passwordHash: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date() || session.user.id !== userId) {
    throw sessionGone();
  }
  const { user } = session;
  const actor: Actor = { id: user.id, role: user.role, email: user.email, companyId: user.companyId, sessionId };
  usersLoadedWithActor.set(actor, user);
  return actor;
}

export async function actorFromAccessToken(token: string): Promise<Actor> {
  const claims = await verifyAccessToken(token);
  return actorFromSession(claims.sid, claims.sub);
}
