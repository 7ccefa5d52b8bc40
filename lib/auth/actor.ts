import { sql } from "@/lib/db";
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads the actor behind a session id, refusing ended sessions; the role comes from the database.
 * This runs on every authenticated request, so it is one hand-written query (see `sql`), whose
 * columns are named as Prisma names the user's fields.
 */
export async function actorFromSession(sessionId: string, userId: string): Promise<Actor> {
  if (!UUID.test(sessionId)) throw sessionGone();
  const [row] = await sql<AccountUser & { revokedAt: Date | null; expiresAt: Date }>(
    `SELECT s.revoked_at AS "revokedAt", s.expires_at AS "expiresAt",
            u.id, u.email, u.username, u.role::text AS role, u.first_name AS "firstName", u.last_name AS "lastName",
            u.telegram_id AS "telegramId", u.locale, u.is_demo AS "isDemo", u.company_id AS "companyId",
            u.resume_file_id AS "resumeFileId", u.email_verified_at AS "emailVerifiedAt",
            u.created_at AS "createdAt", u.updated_at AS "updatedAt"
       FROM auth_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1`,
    [sessionId],
  );
  if (!row || row.revokedAt || row.expiresAt <= new Date() || row.id !== userId) throw sessionGone();
  const { revokedAt: _revokedAt, expiresAt: _expiresAt, ...user } = row;
  const actor: Actor = { id: user.id, role: user.role, email: user.email, companyId: user.companyId, sessionId };
  usersLoadedWithActor.set(actor, user);
  return actor;
}

export async function actorFromAccessToken(token: string): Promise<Actor> {
  const claims = await verifyAccessToken(token);
  return actorFromSession(claims.sid, claims.sub);
}
