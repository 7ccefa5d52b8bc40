import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * Local-disk download links: `<payload>.<mac>`, both base64url. The payload names the file, the
 * name to save it under and when the link expires; the MAC (HMAC-SHA256 with a key derived from
 * the app's secret) makes any change to it, or a made-up link, fail.
 */

export interface DownloadGrant {
  key: string;
  /** Unix seconds. */
  expiresAt: number;
  filename?: string;
  contentType?: string;
}

const macKey = (secret: string) => createHmac("sha256", secret).update("offerpath:file-download:v1").digest();
const mac = (secret: string, payload: string) => createHmac("sha256", macKey(secret)).update(payload).digest();

export function signDownload(grant: DownloadGrant, secret: string): string {
  const payload = Buffer.from(
    JSON.stringify({ k: grant.key, e: grant.expiresAt, f: grant.filename, t: grant.contentType }),
  ).toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The grant a token carries, or null when it was altered, made up, or has expired. */
export function verifyDownload(token: string, secret: string, now = Date.now()): DownloadGrant | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let data: { k?: unknown; e?: unknown; f?: unknown; t?: unknown };
  try {
    data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof data.k !== "string" || typeof data.e !== "number" || data.e * 1000 <= now) return null;
  return {
    key: data.k,
    expiresAt: data.e,
    filename: typeof data.f === "string" ? data.f : undefined,
    contentType: typeof data.t === "string" ? data.t : undefined,
  };
}
