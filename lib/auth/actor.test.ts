import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The session lookup is hand-written SQL (lib/auth/actor.ts); these check it against Prisma's own
// reading of the same rows, on a real (PGlite) database, so a column it misses shows up here.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-actor-"));
let actorMod: typeof import("./actor");
let dbMod: typeof import("@/lib/db");

beforeAll(async () => {
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const { migrateDatabase } = await import("@/lib/db/migrate");
  await migrateDatabase();
  actorMod = await import("./actor");
  dbMod = await import("@/lib/db");
}, 120_000);

afterAll(async () => {
  await dbMod?.closeDb();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const hour = 3600_000;

async function userWithSession(session: { expiresAt?: Date; revokedAt?: Date } = {}) {
  const db = dbMod.db();
  const tag = Math.random().toString(36).slice(2, 10);
  const company = await db.company.create({ data: { name: `Actor Co ${tag}` } });
  const user = await db.user.create({
    data: {
      email: `actor-${tag}@example.com`,
      username: `actor_${tag}`,
      passwordHash: "not-a-real-hash",
      role: "company",
      firstName: "Ada",
      lastName: "Lovelace",
      telegramId: `tg-${tag}`,
      locale: "ru",
      companyId: company.id,
    },
  });
  const created = await db.authSession.create({
    data: { userId: user.id, expiresAt: session.expiresAt ?? new Date(Date.now() + hour), revokedAt: session.revokedAt },
  });
  return { user, sessionId: created.id };
}

async function refusal(sessionId: string, userId: string) {
  try {
    await actorMod.actorFromSession(sessionId, userId);
  } catch (err) {
    return err as { code: string; status: number };
  }
  throw new Error("session was accepted");
}

describe("actorFromSession", () => {
  it("returns the actor and the same user row Prisma reads, without the password hash", async () => {
    const { user, sessionId } = await userWithSession();
    const actor = await actorMod.actorFromSession(sessionId, user.id);
    expect(actor).toEqual({ id: user.id, role: "company", email: user.email, companyId: user.companyId, sessionId });
    const viaPrisma = await dbMod.db().user.findUnique({ where: { id: user.id }, omit: { passwordHash: true } });
    expect(actorMod.userLoadedWith(actor)).toEqual(viaPrisma);
    expect(actorMod.userLoadedWith(actor)).not.toHaveProperty("passwordHash");
  });

  it("refuses revoked, expired, unknown and malformed sessions, and a session of another user", async () => {
    const revoked = await userWithSession({ revokedAt: new Date() });
    const expired = await userWithSession({ expiresAt: new Date(Date.now() - 1000) });
    const live = await userWithSession();
    const cases: Array<[string, string]> = [
      [revoked.sessionId, revoked.user.id],
      [expired.sessionId, expired.user.id],
      ["6f1c2b1e-8a57-4c0e-9a59-0d6a8f6f0c11", live.user.id],
      ["not-a-uuid' OR '1'='1", live.user.id],
      [live.sessionId, revoked.user.id],
    ];
    for (const [sessionId, userId] of cases) {
      expect(await refusal(sessionId, userId)).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
    }
  });
});
