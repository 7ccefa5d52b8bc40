import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/config";

// AES-256-GCM with a key derived from the app secret (HKDF, its own label), so a database dump
// alone does not reveal users' API keys. The owner's id is bound in as associated data: a
// ciphertext copied to another user's row does not decrypt.
const VERSION = "v1";
let key: Buffer | undefined;

function encryptionKey(): Buffer {
  return (key ??= Buffer.from(hkdfSync("sha256", authSecret(), "offerpath", "ai-user-config/api-key", 32)));
}

export function sealSecret(plaintext: string, ownerId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  cipher.setAAD(Buffer.from(ownerId));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The plaintext, or null when the value was tampered with or the app secret changed. */
export function openSecret(sealed: string, ownerId: string): string | null {
  const [version, data] = sealed.split(":");
  if (version !== VERSION || !data) return null;
  try {
    const raw = Buffer.from(data, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(ownerId));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** "sk-…abcd": enough to recognise a key, too little to use it. */
export function maskSecret(secret: string): string {
  const tail = secret.length >= 12 ? secret.slice(-4) : "";
  const head = /^[a-z]{2,4}-/i.exec(secret)?.[0] ?? "";
  return `${head}…${tail}`;
}
