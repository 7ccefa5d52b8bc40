import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteThread } from "@/lib/db/pglite-thread";
import { applyMigrations, pgTarget, readMigrations, type MigrationFile, type SqlTarget } from "@/lib/db/migrate";
import { databaseKinds, freshPostgresDatabase } from "../support/server";

const migrations = readMigrations();
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Every table the migration files create, read from the SQL itself. */
const createdTables = [
  ...new Set(migrations.flatMap((m) => [...m.sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/gi)].map((x) => x[1]))),
];

// The migration runner on an empty database of each kind: PGlite in memory (in its thread, as
// the app runs it) always, a fresh PostgreSQL database when TEST_DATABASE_URL is set.
describe.each(databaseKinds({ embedded: true }))("migration runner on %s", (kind) => {
  let target: SqlTarget;
  let lite: PgliteThread | undefined;
  let pgDb: { url: string; drop: () => Promise<void> } | undefined;

  beforeAll(async () => {
    if (kind === "pglite") {
      // The app's own way to PGlite: its thread, through pg.
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

  const tableNames = async () =>
    (await target.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).map(
      (r) => r.table_name,
    );

  it("finds the migrations in name order", () => {
    expect(migrations.length).toBeGreaterThan(0);
    const names = migrations.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toMatch(/_init$/);
  });

  it("applies every migration to an empty database", async () => {
    expect(await tableNames()).toEqual([]);
    const applied = await applyMigrations(target, migrations);
    expect(applied).toEqual(migrations.map((m) => m.name));
  });

  it("creates the tables and records each migration with its checksum", async () => {
    const tables = await tableNames();
    expect(tables).toEqual(expect.arrayContaining(["users", "companies", "auth_sessions", "refresh_tokens", "stored_files", "_prisma_migrations"]));
    expect(tables).toEqual(expect.arrayContaining(createdTables));
    const rows = await target.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("a second run is a no-op that returns []", async () => {
    expect(await applyMigrations(target, migrations)).toEqual([]);
    const [{ n }] = await target.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(n).toBe(migrations.length);
  });

  it("refuses to run when an applied migration's file was changed", async () => {
    const edited: MigrationFile[] = migrations.map((m, i) => {
      if (i !== 0) return m;
      const sql = `${m.sql}\n-- edited after it was applied\n`;
      return { ...m, sql, checksum: sha256(sql) };
    });
    await expect(applyMigrations(target, edited)).rejects.toThrow(/changed/);
  });

  it("a failing migration leaves no trace: neither its tables nor its record", async () => {
    const broken: MigrationFile = {
      name: "99999999999999_broken",
      sql: `CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";`,
      checksum: sha256("broken"),
    };
    await expect(applyMigrations(target, [...migrations, broken])).rejects.toThrow(/99999999999999_broken failed/);
    expect(await tableNames()).not.toContain("half_done");
    const rows = await target.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
    expect(rows).toEqual([]);
    // The runner released its lock: the next run proceeds.
    expect(await applyMigrations(target, migrations)).toEqual([]);
  });
});
