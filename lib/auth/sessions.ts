import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { announceSessionsEnded } from "./session-events";
import { hashToken, newRefreshToken, signAccessToken } from "./tokens";

export interface ClientMeta {
  ip?: string;
  userAgent?: string;
}

export interface IssuedTokens {
  sessionId: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

function refreshExpiry(): Date {
  return new Date(Date.now() + config.refreshTokenTtlDays * 86_400_000);
}

/** Opens a login session and issues its first access and refresh tokens. */
export async function startSession(user: { id: string; role: string }, meta: ClientMeta = {}): Promise<IssuedTokens> {
  const refresh = newRefreshToken();
  const expiresAt = refreshExpiry();
  const session = await db().authSession.create({
    data: {
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
      expiresAt,
      refreshTokens: { create: { tokenHash: refresh.hash, expiresAt } },
    },
    select: { id: true },
  });
  const access = await signAccessToken({ sub: user.id, sid: session.id, role: user.role });
  return { sessionId: session.id, accessToken: access.token, refreshToken: refresh.token, expiresIn: access.expiresIn };
}

/**
 * A fresh access token for the session behind a valid one. Seed 000's clients keep only the
 * access token from login, so they refresh with it; the session's own expiry and revocation
 * still bound it (the actor was loaded from a live session).
 */
export async function renewAccessToken(actor: { id: string; role: string; sessionId: string }): Promise<{ accessToken: string; expiresIn: number }> {
  const access = await signAccessToken({ sub: actor.id, sid: actor.sessionId, role: actor.role });
  return { accessToken: access.token, expiresIn: access.expiresIn };
}

const invalidRefresh = () => new ApiError("UNAUTHORIZED", "Invalid or expired refresh token", undefined, 401);

/**
 * Exchanges a refresh token for a new pair. A token may be used once: presenting a rotated
 * one means someone else holds it, so the whole session (every token of the family) is revoked.
 */
export async function rotateRefreshToken(token: string): Promise<IssuedTokens & { userId: string }> {
  const now = new Date();
  const found = await db().refreshToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      rotatedAt: true,
      expiresAt: true,
      session: { select: { id: true, revokedAt: true, user: { select: { id: true, role: true } } } },
    },
  });
  if (!found || found.session.revokedAt || found.expiresAt <= now) throw invalidRefresh();
  if (found.rotatedAt) {
    await revokeSession(found.session.id, "refresh token reuse");
    throw invalidRefresh();
  }
  const next = newRefreshToken();
  // The conditional update is the lock: of two concurrent uses, only one sees rotatedAt null.
  const claimed = await db().$transaction(
    async (tx) => {
      const { count } = await tx.refreshToken.updateMany({
        where: { id: found.id, rotatedAt: null },
        data: { rotatedAt: now },
      });
      if (count === 0) return false;
      await tx.refreshToken.create({
        data: { sessionId: found.session.id, tokenHash: next.hash, expiresAt: refreshExpiry() },
      });
      return true;
    },
    { timeout: 5000 },
  );
  if (!claimed) {
    await revokeSession(found.session.id, "refresh token reuse");
    throw invalidRefresh();
  }
  const user = found.session.user;
  const access = await signAccessToken({ sub: user.id, sid: found.session.id, role: user.role });
  return {
    userId: user.id,
    sessionId: found.session.id,
    accessToken: access.token,
    refreshToken: next.token,
    expiresIn: access.expiresIn,
  };
}

export async function revokeSession(sessionId: string, note = "logout"): Promise<void> {
  await db().authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date(), revokeNote: note },
  });
  announceSessionsEnded([sessionId]);
}

export async function revokeOtherSessions(userId: string, keepSessionId: string | undefined, note: string): Promise<void> {
  const ended = await db().authSession.updateManyAndReturn({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date(), revokeNote: note },
    select: { id: true },
  });
  announceSessionsEnded(ended.map((s) => s.id));
}
