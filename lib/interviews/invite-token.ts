import { createHash, randomBytes } from "node:crypto";

/** A company's invite: 32 random bytes, shown once in the invite link, stored only as its SHA-256. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token a request carries: the X-Interview-Token header, else the link's `?token=`. */
export function inviteTokenOf(headers: { get(name: string): string | null }, query?: { token?: string }): string | null {
  const token = headers.get("x-interview-token")?.trim() || query?.token?.trim();
  // A token is 43 base64url characters; anything far off names no invite and is not hashed.
  return token && token.length <= 128 ? token : null;
}
