import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteThread } from "@/lib/db/pglite-thread";
import { applyMigrations, pgTarget, readMigrations, type SqlTarget } from "@/lib/db/migrate";
import { databaseKinds, freshPostgresDatabase } from "../support/server";

// Migration 20261130100000 makes usernames unique regardless of case. A database may already
// hold names that differ only in case: the migration must still apply, keep the oldest name as
// it is, and leave every name unique by lower(username).
const MIGRATION = "20261130100000_username_case_insensitive";

describe.each(databaseKinds({ embedded: true }))("username case migration on %s", (kind) => {
  let target: SqlTarget;
  let lite: PgliteThread | undefined;
  let pgDb: { url: string; drop: () => Promise<void> } | undefined;

  beforeAll(async () => {
    if (kind === "pglite") {
      lite = new PgliteThread("memory://");
      target = await pgTarget(lite.clientConfig());
    } else {
      pgDb = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!);
      target = await pgTarget({ connectionString: pgDb.url });
    }
  });
  afterAll(async () => {
    await target?.close();
    await lite?.close();
    await pgDb?.drop();
  });

  it("renames later case twins, then refuses new ones", async () => {
    const all = readMigrations();
    const at = all.findIndex((m) => m.name === MIGRATION);
    expect(at).toBeGreaterThan(0);
    await applyMigrations(target, all.slice(0, at));
    const insert = (username: string, minutesAgo: number) =>
      target.query(
        `INSERT INTO users (id, email, username, role, locale, created_at, updated_at)
         VALUES (gen_random_uuid(), $1, $2, 'candidate', 'en', now() - make_interval(mins => $3), now()) RETURNING id`,
        [`${username.toLowerCase()}.${minutesAgo}@example.test`, username, minutesAgo],
      );
    await insert("Ada", 30);
    await insert("ada", 20);
    await insert("ADA", 10);
    await insert("grace", 5);

    expect(await applyMigrations(target, all.slice(at))).toContain(MIGRATION);

    const rows = await target.query<{ username: string }>(`SELECT username FROM users ORDER BY created_at`);
    const names = rows.map((r) => r.username);
    expect(names[0]).toBe("Ada");
    expect(names[1]).toMatch(/^ada_[0-9a-f]{8}$/);
    expect(names[2]).toMatch(/^ADA_[0-9a-f]{8}$/);
    expect(names[3]).toBe("grace");
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    await expect(insert("GRACE", 1)).rejects.toThrow(/duplicate key|unique/i);
  });
});
