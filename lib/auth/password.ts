import bcrypt from "bcryptjs";
import { z } from "zod";

// bcrypt via bcryptjs (pure JS: no native build, which npm 11 would block). Cost 10 keeps a
// login near 60 ms on this machine's class of CPU.
const COST = 10;

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

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so both answers take the same time.
const DUMMY_HASH = bcrypt.hashSync("offerpath-no-such-account", COST);
export async function burnPasswordCheck(password: string): Promise<false> {
  await bcrypt.compare(password, DUMMY_HASH);
  return false;
}
