import { config } from "@/lib/config";
import { db, Prisma, sql, type Role, type User } from "@/lib/db";
import { ApiError, errors } from "@/lib/http/errors";
import { userLoadedWith, type AccountUser, type Actor } from "./actor";
import {
  assertRegistrationAllowed,
  clearPasswordAttempts,
  countDuplicateRegistration,
  countPasswordAttempt,
  passwordAttemptsKey,
} from "./login-throttle";
import { burnPasswordCheck, hashPassword, passwordNeedsRehash, verifyPassword } from "./password";
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
  /** The client's address: duplicate answers are limited per address. */
  ip: string | undefined;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

function isUniqueViolation(err: unknown): err is Prisma.PrismaClientKnownRequestError {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

// One answer for a taken email and a taken username, so it does not say which one is known.
const taken = () => errors.conflict("An account with this email or username already exists");

/**
 * Creates a candidate or company account; the unique indexes (email, lower(username)) decide
 * concurrent duplicates. Duplicate answers are throttled per address (see login-throttle.ts).
 */
export async function registerAccount(input: NewAccount): Promise<User> {
  await assertRegistrationAllowed(input.ip);
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
      await countDuplicateRegistration(input.ip);
      throw taken();
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

/** The account a login names: an email (stored lower-case), else a username in any case. */
async function findByLogin(login: string): Promise<User | null> {
  const key = login.trim();
  if (key.includes("@")) return db().user.findUnique({ where: { email: normaliseEmail(key) } });
  // lower(username) has the unique index (migration 20261130100000), so this is one index read.
  const [row] = await sql<{ id: string }>(`SELECT id FROM users WHERE lower(username) = lower($1)`, [key]);
  return row ? db().user.findUnique({ where: { id: row.id } }) : null;
}

/** Checks a password against an account's hash, counting the attempt first (login-throttle.ts). */
async function checkPassword(key: string, user: Pick<User, "id" | "passwordHash"> | null, password: string): Promise<boolean> {
  await countPasswordAttempt(key);
  const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await burnPasswordCheck(password);
  if (!ok) return false;
  await clearPasswordAttempts(key);
  // A hash from before the SHA-256 pre-hash is replaced now that the password is known.
  if (user?.passwordHash && passwordNeedsRehash(user.passwordHash)) {
    await db().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  return true;
}

/**
 * Checks a login (email or username), for every login path: the API's and the browser's.
 * Unknown account, wrong password, a guest and a demo account outside the demo setup all get
 * the same answer after the same amount of work, so nothing can be enumerated.
 */
export async function authenticate(login: string, password: string): Promise<User> {
  const user = await findByLogin(login);
  const usable = user?.passwordHash && !(user.isDemo && !config.demoMode) ? user : null;
  const key = passwordAttemptsKey(user ? { userId: user.id } : { login });
  if (!(await checkPassword(key, usable, password)) || !usable) throw invalidCredentials();
  return usable;
}

/** The actor's current password, checked and throttled like a login; a wrong one is a 400. */
async function assertCurrentPassword(actor: Actor, password: string): Promise<void> {
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { id: true, passwordHash: true } });
  if (!user?.passwordHash) throw errors.forbidden("This account has no password; register first");
  if (!(await checkPassword(passwordAttemptsKey({ userId: actor.id }), user, password))) {
    throw new ApiError("INVALID_CREDENTIALS", "Current password is incorrect", undefined, 400);
  }
}

export async function changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  await assertCurrentPassword(actor, currentPassword);
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
  /** Required to change the email: a stolen token alone must not be able to take the account over. */
  currentPassword?: string;
}

const PROFILE_COLUMNS: Record<Exclude<keyof ProfilePatch, "currentPassword">, string> = {
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
 * A new email needs the current password and is unverified until its owner confirms it.
 */
export async function updateUser(actor: Actor, patch: ProfilePatch): Promise<AccountUser> {
  const email = patch.email === undefined ? undefined : normaliseEmail(patch.email);
  let emailChanged = false;
  if (email !== undefined) {
    const current = await db().user.findUnique({ where: { id: actor.id }, select: { email: true } });
    emailChanged = email !== current?.email;
    if (emailChanged) {
      if (!patch.currentPassword) {
        throw errors.validation("Changing the email requires the current password (currentPassword)", {
          issues: [{ path: "currentPassword", message: "Required to change the email" }],
        });
      }
      await assertCurrentPassword(actor, patch.currentPassword);
    }
  }
  const values: unknown[] = [];
  const sets: string[] = [];
  for (const [field, column] of Object.entries(PROFILE_COLUMNS) as Array<[keyof typeof PROFILE_COLUMNS, string]>) {
    const value = field === "email" ? email : patch[field];
    if (value === undefined) continue;
    values.push(value);
    sets.push(`${column} = $${values.length}`);
  }
  if (emailChanged) sets.push("email_verified_at = NULL");
  values.push(actor.id);
  try {
    const [user] = await sql<AccountUser>(
      `UPDATE users SET ${[...sets, "updated_at = now()"].join(", ")} WHERE id = $${values.length}
       RETURNING id, email, username, role::text AS role, first_name AS "firstName", last_name AS "lastName",
                 telegram_id AS "telegramId", locale, is_demo AS "isDemo", company_id AS "companyId",
                 resume_file_id AS "resumeFileId", email_verified_at AS "emailVerifiedAt",
                 created_at AS "createdAt", updated_at AS "updatedAt"`,
      values,
    );
    if (!user) throw errors.unauthorized("Account no longer exists");
    return user;
  } catch (err) {
    // 23505: unique_violation (email or username).
    if ((err as { code?: string }).code === "23505") throw taken();
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

/** The language an account chose, by its email: the browser's interface follows it at sign-in. */
export async function accountLocale(email: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { email: normaliseEmail(email) }, select: { locale: true } });
  return user?.locale ?? null;
}
