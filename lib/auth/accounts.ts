import { config } from "@/lib/config";
import { db, Prisma, type Role, type User } from "@/lib/db";
import { ApiError, errors } from "@/lib/http/errors";
import { userLoadedWith, type AccountUser, type Actor } from "./actor";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";
import { revokeOtherSessions } from "./sessions";

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

const normaliseEmail = (email: string) => email.trim().toLowerCase();

function isUniqueViolation(err: unknown): err is Prisma.PrismaClientKnownRequestError {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

/** Creates a candidate or company account; the unique index decides concurrent duplicates. */
export async function registerAccount(input: NewAccount): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
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

export async function updateUser(actor: Actor, patch: ProfilePatch): Promise<User> {
  try {
    return await db().user.update({
      where: { id: actor.id },
      data: { ...patch, ...(patch.email ? { email: normaliseEmail(patch.email) } : {}) },
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.conflict("That email or username is taken");
    throw err;
  }
}

export async function attachResumeFile(userId: string, fileId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { resumeFileId: fileId } });
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
