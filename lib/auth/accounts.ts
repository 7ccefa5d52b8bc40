import { config } from "@/lib/config";
import { db, Prisma, sql, type Role, type User } from "@/lib/db";
import { ApiError, errors } from "@/lib/http/errors";
import { userLoadedWith, type AccountUser, type Actor } from "./actor";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";
import { revokeOtherSessions } from "./sessions";
import { sendVerificationEmail } from "./verification";

export interface NewAccount {
  role: Extract<Role, "candidate" | "company">;
  email: string;
  password: string;
  username?: string;
  firstName?: string;
  lastName?: string;
  telegramId?: string;
  locale?: string;
  company?: { name: string; description?: string; website?: string; city?: string };
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

function isUniqueViolation(err: unknown): err is Prisma.PrismaClientKnownRequestError {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

/** Creates a candidate or company account; the unique index decides concurrent duplicates. */
export async function registerAccount(input: NewAccount): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  let user: User;
  try {
    user = await db().user.create({
      data: {
        role: input.role,
        email: normaliseEmail(input.email),
        username: input.username?.trim(),
        passwordHash,
        firstName: input.firstName,
        lastName: input.lastName,
        telegramId: input.telegramId,
        locale: input.locale ?? "en",
        ...(input.role === "company" && input.company ? { company: { create: input.company } } : {}),
      },
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const field = String(err.meta?.target ?? "").includes("username") ? "username" : "email";
      throw errors.conflict(`An account with this ${field} already exists`, { field });
    }
    throw err;
  }
  await sendVerificationEmail(user);
  return user;
}

export async function createGuest(locale = "en"): Promise<User> {
  return db().user.create({ data: { role: "guest", locale, firstName: "Guest" } });
}

const invalidCredentials = () => new ApiError("INVALID_CREDENTIALS", "Invalid email or password", undefined, 401);

/**
 * Checks a login. Unknown account, wrong password, a guest and a demo account outside the demo
 * setup all get the same answer after the same amount of work, so nothing can be enumerated.
 */
export async function authenticate(login: string, password: string): Promise<User> {
  const key = login.trim();
  const user = await db().user.findFirst({
    where: key.includes("@") ? { email: normaliseEmail(key) } : { username: key },
  });
  const usable = user?.passwordHash && !(user.isDemo && !config.demoMode);
  const ok = usable ? await verifyPassword(password, user.passwordHash!) : await burnPasswordCheck(password);
  if (!ok || !user) throw invalidCredentials();
  return user;
}

export async function changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user?.passwordHash) throw errors.forbidden("This account has no password; register first");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new ApiError("INVALID_CREDENTIALS", "Current password is incorrect", undefined, 400);
  }
  if (currentPassword === newPassword) throw errors.validation("New password must differ from the current one");
  await db().user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(newPassword) } });
  // Anyone else holding a session of this account loses it; the caller keeps theirs.
  await revokeOtherSessions(actor.id, actor.sessionId, "password changed");
}

/** The actor's user row: the one read while authenticating this request, else a fresh read. */
export async function getUser(actor: Actor): Promise<AccountUser> {
  const user =
    userLoadedWith(actor) ?? (await db().user.findUnique({ where: { id: actor.id }, omit: { passwordHash: true } }));
  if (!user) throw errors.unauthorized("Account no longer exists");
  return user;
}

export interface ProfilePatch {
  username?: string;
  email?: string;
  firstName?: string | null;
  lastName?: string | null;
  telegramId?: string | null;
  locale?: string;
}

const PROFILE_COLUMNS: Record<keyof ProfilePatch, string> = {
  username: "username",
  email: "email",
  firstName: "first_name",
  lastName: "last_name",
  telegramId: "telegram_id",
  locale: "locale",
};

/**
 * A profile write is on hot paths (autosave): one hand-written UPDATE ... RETURNING through
 * `sql`, as the session read in actor.ts is; Prisma's own work was most of the write's CPU
 * (bench/api.ts, PATCH /api/v1/user/profile). Columns are named as Prisma names the fields.
 */
export async function updateUser(actor: Actor, patch: ProfilePatch): Promise<AccountUser> {
  const values: unknown[] = [];
  const sets: string[] = [];
  for (const [field, column] of Object.entries(PROFILE_COLUMNS) as Array<[keyof ProfilePatch, string]>) {
    const value = field === "email" && patch.email ? normaliseEmail(patch.email) : patch[field];
    if (value === undefined) continue;
    values.push(value);
    sets.push(`${column} = $${values.length}`);
  }
  values.push(actor.id);
  try {
    const [user] = await sql<AccountUser>(
      `UPDATE users SET ${[...sets, "updated_at = now()"].join(", ")} WHERE id = $${values.length}
       RETURNING id, email, username, role::text AS role, first_name AS "firstName", last_name AS "lastName",
                 telegram_id AS "telegramId", locale, is_demo AS "isDemo", company_id AS "companyId",
                 resume_file_id AS "resumeFileId", created_at AS "createdAt", updated_at AS "updatedAt"`,
      values,
    );
    if (!user) throw errors.unauthorized("Account no longer exists");
    return user;
  } catch (err) {
    // 23505: unique_violation (email or username).
    if ((err as { code?: string }).code === "23505") throw errors.conflict("That email or username is taken");
    throw err;
  }
}

export async function getUserWithResume(actor: Actor) {
  const user = await db().user.findUnique({
    where: { id: actor.id },
    include: { resumeFile: { select: { filename: true, size: true, createdAt: true } } },
  });
  if (!user) throw errors.unauthorized("Account no longer exists");
  return user;
}
