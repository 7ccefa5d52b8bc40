import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql in name order and records each in
 * `_prisma_migrations`, the table and layout `prisma migrate deploy` uses, so either tool can
 * take over a database the other started. We need our own because Prisma's CLI downloads a
 * native engine, which cannot happen offline.
 */
export interface SqlTarget {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** A target reached through `pg`: PostgreSQL, or PGlite in its thread (`PgliteThread.clientConfig()`). */
export async function pgTarget(connection: pg.ClientConfig): Promise<SqlTarget> {
  const client = new pg.Client(connection);
  await client.connect();
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params as unknown[])).rows as T[];
    },
    async exec(sql) {
      await client.query(sql);
    },
    async close() {
      await client.end();
    },
  };
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// An arbitrary constant: the advisory lock that keeps two app processes from migrating at once.
const LOCK_ID = 72707369;

export async function applyMigrations(target: SqlTarget, migrations = readMigrations()): Promise<string[]> {
  await target.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  await target.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
  try {
    const rows = await target.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const applied: string[] = [];
    for (const m of migrations) {
      const previous = done.get(m.name);
      if (previous) {
        if (previous !== m.checksum) throw new Error(`migration ${m.name} was changed after it was applied`);
        continue;
      }
      // Each migration and its record commit together, or not at all.
      await target.exec("BEGIN");
      try {
        await target.exec(m.sql);
        await target.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await target.exec("COMMIT");
      } catch (err) {
        await target.exec("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await target.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]);
  }
}

/** Brings the configured database up to the latest migration; returns what it applied. */
export async function migrateDatabase(): Promise<string[]> {
  const { connectionConfig } = await import("./client");
  const target = await pgTarget(connectionConfig());
  try {
    return await applyMigrations(target);
  } finally {
    await target.close();
  }
}
