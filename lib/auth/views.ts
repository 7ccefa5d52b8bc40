import type { User } from "@/lib/db";
import type { AccountUser } from "./actor";

// Each seed's view of a user, built from the one table.

export function v1User(u: AccountUser) {
  return {
    id: u.id,
    username: u.username,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    role: u.role,
    locale: u.locale,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

export function learnUser(u: AccountUser) {
  return {
    id: u.id,
    email: u.email,
    first_name: u.firstName,
    last_name: u.lastName,
    role: u.role,
    is_guest: u.role === "guest",
    created_at: u.createdAt.toISOString(),
  };
}

/** Seed 003 names the candidate role "user". */
export function hiringRole(role: User["role"]) {
  return role === "candidate" ? "user" : role;
}

export function hiringProfile(u: User & { resumeFile?: { filename: string; size: number; createdAt: Date } | null }) {
  return {
    id: u.id,
    email: u.email,
    name: u.firstName,
    surname: u.lastName,
    telegram_id: u.telegramId,
    role: hiringRole(u.role),
    resume: u.resumeFile
      ? { filename: u.resumeFile.filename, size: u.resumeFile.size, uploaded_at: u.resumeFile.createdAt.toISOString() }
      : null,
    created_at: u.createdAt.toISOString(),
  };
}
