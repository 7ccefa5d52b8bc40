import { db } from "@/lib/db";
import type { Role } from "@/lib/db";
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

const sessionGone = () => new ApiError("UNAUTHORIZED", "Session has ended; sign in again", undefined, 401);

/** Loads the actor behind a session id, refusing ended sessions; the role comes from the database. */
export async function actorFromSession(sessionId: string, userId: string): Promise<Actor> {
  const session = await db().authSession.findUnique({
    where: { id: sessionId },
    select: {
      revokedAt: true,
      expiresAt: true,
      user: { select: { id: true, role: true, email: true, companyId: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date() || session.user.id !== userId) {
    throw sessionGone();
  }
  return { ...session.user, sessionId };
}

export async function actorFromAccessToken(token: string): Promise<Actor> {
  const claims = await verifyAccessToken(token);
  return actorFromSession(claims.sid, claims.sub);
}
