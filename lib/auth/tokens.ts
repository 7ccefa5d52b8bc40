import { createHash, randomBytes } from "node:crypto";
import { TokenError, createSigner, createVerifier } from "fast-jwt";
import { authSecret, config } from "@/lib/config";
import { ApiError } from "@/lib/http/errors";

const ISSUER = "offerpath";
const AUDIENCE = "offerpath-api";

// fast-jwt signs and verifies with node:crypto synchronously: about 10 µs a token, where jose's
// WebCrypto path takes about 65 µs, and this runs on every authenticated request.
type Sign = (payload: Record<string, unknown>) => string;
type Verify = (token: string) => Record<string, unknown>;
let signer: { sign: Sign; verify: Verify; ttl: number } | undefined;
function jwt() {
  if (!signer) {
    const key = authSecret();
    const ttl = config.accessTokenTtlSeconds;
    signer = {
      ttl,
      sign: createSigner({ key, algorithm: "HS256", iss: ISSUER, aud: AUDIENCE, expiresIn: ttl * 1000 }) as Sign,
      // HS256 only: `alg: none` and any other algorithm fail before the signature is looked at.
      verify: createVerifier({ key, algorithms: ["HS256"], allowedIss: ISSUER, allowedAud: AUDIENCE, cache: false }) as Verify,
    };
  }
  return signer;
}

export interface AccessClaims {
  sub: string;
  sid: string;
  role: string;
}

export async function signAccessToken(claims: AccessClaims): Promise<{ token: string; expiresIn: number }> {
  const { sign, ttl } = jwt();
  return { token: sign({ sub: claims.sub, sid: claims.sid, role: claims.role }), expiresIn: ttl };
}

/** Verifies signature (HS256 only), expiry, not-before, issuer and audience. */
export async function verifyAccessToken(token: string): Promise<AccessClaims> {
  let payload: Record<string, unknown>;
  try {
    payload = jwt().verify(token);
  } catch (err) {
    if (err instanceof TokenError && err.code === TokenError.codes.expired) {
      throw new ApiError("TOKEN_EXPIRED", "Access token has expired", undefined, 401);
    }
    throw new ApiError("UNAUTHORIZED", "Invalid access token", undefined, 401);
  }
  if (typeof payload.sub !== "string" || typeof payload.sid !== "string") {
    throw new ApiError("UNAUTHORIZED", "Invalid access token", undefined, 401);
  }
  return { sub: payload.sub, sid: payload.sid, role: String(payload.role) };
}

/** Refresh tokens are opaque random strings; only their hash is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
