import { createHmac } from "node:crypto";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { config } from "@/lib/config";

// bcrypt via bcryptjs (pure JS: no native build, which npm 11 would block). The cost comes from
// AUTH_PASSWORD_COST (default 10: a login near 60-120 ms on this machine's class of CPU).
const COST = config.passwordCost;

// The most common leaked passwords of 8+ characters; anything here is refused at registration.
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwertyui",
  "qwerty123", "qwertyuiop", "11111111", "00000000", "iloveyou", "sunshine", "princess",
  "football", "baseball", "welcome1", "admin123", "letmein1", "abc12345", "passw0rd",
  "11223344", "12341234", "87654321", "1q2w3e4r", "1qaz2wsx", "zaq12wsx", "qwerty12",
  "trustno1", "superman", "starwars", "dragon12", "monkey12", "changeme", "йцукенгш",
  "пароль123", "qwertyqwerty", "asdfghjk", "zxcvbnm1", "aa123456",
]);

export const PasswordSchema = z
  .string()
  .min(8, "Password must be at least 8 characters")
  .max(128, "Password must be at most 128 characters")
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), "This password is too common; choose another");

// bcrypt reads only the first 72 bytes of its input, so a long passphrase would also match its
// own first 72 bytes. The password is first reduced to a fixed-size HMAC-SHA256 (base64: 44
// bytes, no NUL), keyed with the bcrypt salt so a leaked plain SHA-256 of a password cannot be
// tried against the hash directly (passlib's bcrypt_sha256 v2 does the same). Such hashes carry
// a marker; hashes without it are plain bcrypt from before, still verified, and rehashed at login.
const PREHASHED = "$bcrypt-sha256$";
// "$2b$10$" and 22 characters of salt.
const SALT_LENGTH = 29;

function prehash(password: string, salt: string): string {
  return createHmac("sha256", salt).update(password, "utf8").digest("base64");
}

export async function hashPassword(password: string): Promise<string> {
  const salt = await bcrypt.genSalt(COST);
  return PREHASHED + (await bcrypt.hash(prehash(password, salt), salt));
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (!hash.startsWith(PREHASHED)) return bcrypt.compare(password, hash);
  const bcryptHash = hash.slice(PREHASHED.length);
  return bcrypt.compare(prehash(password, bcryptHash.slice(0, SALT_LENGTH)), bcryptHash);
}

/** A hash from before the pre-hash (or at another cost): worth replacing once the password is known. */
export function passwordNeedsRehash(hash: string): boolean {
  return !hash.startsWith(PREHASHED) || bcrypt.getRounds(hash.slice(PREHASHED.length)) !== COST;
}

// Compared against when the account does not exist, so both answers take the same time.
// The same work as a real check: an HMAC, then bcrypt at the same cost.
const DUMMY_HASH = PREHASHED + bcrypt.hashSync("offerpath-no-such-account", COST);
export async function burnPasswordCheck(password: string): Promise<false> {
  await verifyPassword(password, DUMMY_HASH);
  return false;
}
