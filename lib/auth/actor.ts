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

interface SessionUserRow {
  revoked_at: Date | null;
  expires_at: Date;
  id: string;
  email: string | null;
  username: string | null;
  role: Role;
  first_name: string | null;
  last_name: string | null;
  telegram_id: string | null;
  locale: string;
  is_demo: boolean;
  company_id: string | null;
  resume_file_id: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Loads the actor behind a session id, refusing ended sessions; the role comes from the database.
 * This runs on every authenticated request, so it is one hand-written query (see `sql`).
 */
export async function actorFromSession(sessionId: string, userId: string): Promise<Actor> {
  if (!UUID.test(sessionId)) throw sessionGone();
  const [row] = await sql<SessionUserRow>(
    `SELECT s.revoked_at, s.expires_at, u.id, u.email, u.username, u.role::text AS role, u.first_name, u.last_name,
            u.telegram_id, u.locale, u.is_demo, u.company_id, u.resume_file_id, u.created_at, u.updated_at
       FROM auth_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1`,
    [sessionId],
  );
  if (!row || row.revoked_at || row.expires_at <= new Date() || row.id !== userId) throw sessionGone();
  const user: AccountUser = {
    id: row.id,
    email: row.email,
    username: row.username,
    role: row.role,
    firstName: row.first_name,
    lastName: row.last_name,
    telegramId: row.telegram_id,
    locale: row.locale,
    isDemo: row.is_demo,
    companyId: row.company_id,
    resumeFileId: row.resume_file_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  const actor: Actor = { id: user.id, role: user.role, email: user.email, companyId: user.companyId, sessionId };
  usersLoadedWithActor.set(actor, user);
  return actor;
}

export async function actorFromAccessToken(token: string): Promise<Actor> {
  const claims = await verifyAccessToken(token);
  return actorFromSession(claims.sid, claims.sub);
}
