import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";

// Config is read once at import: give it a secret and a scratch data folder first.
const SECRET = vi.hoisted(() => {
  const secret = "unit-test-secret-unit-test-secret-0123456789";
  process.env.AUTH_SECRET = secret;
  process.env.ACCESS_TOKEN_TTL_SECONDS = "900";
  return secret;
});
process.env.DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "offerpath-unit-"));

const { hashToken, newRefreshToken, signAccessToken, verifyAccessToken } = await import("./tokens");

const claims = { sub: "3f0c8d8e-2a47-4b9a-8a3e-9d1f1b1d7c01", sid: "0b7e6f2c-1f7b-4d8e-9a4c-5e2d3c1b0a99", role: "candidate" };
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());

async function rejection(token: string) {
  try {
    await verifyAccessToken(token);
  } catch (err) {
    return err as { code: string; status: number };
  }
  throw new Error("token was accepted");
}

/** A token made by another JWT library (jose): ours unless an option says otherwise. */
function foreignToken(opts: {
  payload?: Record<string, unknown>;
  alg?: string;
  iss?: string;
  aud?: string;
  notBefore?: string;
  expires?: string;
  secret?: string;
}) {
  const jwt = new SignJWT(opts.payload ?? { sid: claims.sid, role: "candidate" })
    .setProtectedHeader({ alg: opts.alg ?? "HS256", typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuer(opts.iss ?? "offerpath")
    .setAudience(opts.aud ?? "offerpath-api")
    .setExpirationTime(opts.expires ?? "5m");
  if (opts.notBefore) jwt.setNotBefore(opts.notBefore);
  return jwt.sign(new TextEncoder().encode(opts.secret ?? SECRET));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("access tokens", () => {
  it("sign then verify returns the claims", async () => {
    const { token, expiresIn } = await signAccessToken(claims);
    expect(expiresIn).toBe(900);
    expect(await verifyAccessToken(token)).toEqual(claims);
    const payload = payloadOf(token);
    expect(payload.exp - payload.iat).toBe(900);
  });

  it("rejects `alg: none`", async () => {
    const { token } = await signAccessToken(claims);
    const none = `${b64({ alg: "none", typ: "JWT" })}.${token.split(".")[1]}.`;
    expect(await rejection(none)).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
  });

  it("rejects a payload changed without re-signing", async () => {
    const { token } = await signAccessToken(claims);
    const [h, , s] = token.split(".");
    const forged = `${h}.${b64({ ...payloadOf(token), role: "admin" })}.${s}`;
    expect(await rejection(forged)).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
  });

  it("rejects a token signed with another key", async () => {
    const other = await foreignToken({
      payload: { sid: claims.sid, role: "admin" },
      secret: "some-other-secret-some-other-secret-000",
    });
    expect(await rejection(other)).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
  });

  it("rejects a token from another issuer or for another audience, even with our key", async () => {
    for (const [iss, aud] of [["someone-else", "offerpath-api"], ["offerpath", "another-api"]]) {
      const token = await foreignToken({ iss, aud });
      expect(await rejection(token)).toMatchObject({ status: 401 });
    }
  });

  it("rejects another HMAC algorithm with our own key, and a token not valid yet", async () => {
    const hs512 = await foreignToken({ alg: "HS512" });
    expect(await rejection(hs512)).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
    const early = await foreignToken({ notBefore: "10m", expires: "20m" });
    expect(await rejection(early)).toMatchObject({ status: 401 });
  });

  it("accepts a standard HS256 token from another JWT library signed with our key", async () => {
    expect(await verifyAccessToken(await foreignToken({}))).toEqual(claims);
  });

  it("rejects a token without a session id", async () => {
    const token = await foreignToken({ payload: { role: "candidate" } });
    expect(await rejection(token)).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("expires after its lifetime", async () => {
    const { token } = await signAccessToken(claims);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 890_000);
    expect(await verifyAccessToken(token)).toEqual(claims);
    vi.setSystemTime(Date.now() + 20_000);
    expect(await rejection(token)).toMatchObject({ code: "TOKEN_EXPIRED", status: 401 });
  });

  it("rejects garbage", async () => {
    for (const t of ["", "abc", "a.b.c", "a.b"]) expect(await rejection(t)).toMatchObject({ status: 401 });
  });
});

describe("refresh tokens", () => {
  it("are random and stored only as their sha-256 hash", () => {
    const a = newRefreshToken();
    const b = newRefreshToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(43);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
