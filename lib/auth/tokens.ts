import { createHash, randomBytes } from "node:crypto";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { authSecret, config } from "@/lib/config";
import { ApiError } from "@/lib/http/errors";

const ISSUER = "offerpath";
const AUDIENCE = "offerpath-api";

// Imported once: handing jose raw bytes makes it import the HMAC key again on every call.
let key: Promise<CryptoKey> | undefined;
function signingKey(): Promise<CryptoKey> {
  return (key ??= crypto.subtle.importKey("raw", new TextEncoder().encode(authSecret()), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]));
}

export interface AccessClaims {
  sub: string;
  sid: string;
  role: string;
}

export async function signAccessToken(claims: AccessClaims): Promise<{ token: string; expiresIn: number }> {
  const expiresIn = config.accessTokenTtlSeconds;
  const token = await new SignJWT({ sid: claims.sid, role: claims.role })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${expiresIn}s`)
    .sign(await signingKey());
  return { token, expiresIn };
}

/** Verifies signature (HS256 only, so `alg: none` and swapped algorithms fail), expiry, issuer. */
export async function verifyAccessToken(token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string") throw new Error("claims");
    return { sub: payload.sub, sid: payload.sid, role: String(payload.role) };
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw new ApiError("TOKEN_EXPIRED", "Access token has expired", undefined, 401);
    throw new ApiError("UNAUTHORIZED", "Invalid access token", undefined, 401);
  }
}

/** Refresh tokens are opaque random strings; only their hash is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
