import { createHash } from "node:crypto";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { config } from "@/lib/config";
import { logger } from "@/lib/log";
import { PrismaClient } from "./generated/client";
import { PgliteThread } from "./pglite-thread";

export type Db = PrismaClient;

interface DbState {
  prisma?: PrismaClient;
  pglite?: PgliteThread;
  pool?: pg.Pool;
}

// Kept on globalThis: the custom server and Next's bundled route handlers load this module
// separately in one process, and PGlite allows only one opener of a data folder.
const state: DbState = ((globalThis as unknown as { offerpathDb?: DbState }).offerpathDb ??= {});

/** The embedded database's thread, started at first use (never at import: `next build` imports pages). */
function pglite(): PgliteThread {
  if (!state.pglite) {
    const dir = path.join(config.dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
    state.pglite = new PgliteThread(dir, (err) => logger.error({ err }, "the embedded database failed; restart the app"));
  }
  return state.pglite;
}

/**
 * How `pg` reaches the database: PostgreSQL at DATABASE_URL, else the embedded database over
 * its thread's streams. Either way the rest of the app talks to it through one driver.
 */
export function connectionConfig(): pg.ClientConfig {
  if (config.databaseUrl) return { connectionString: config.databaseUrl };
  return pglite().clientConfig();
}

function pool(): pg.Pool {
  if (!state.pool) {
    state.pool = new pg.Pool({ ...connectionConfig(), max: 10 });
    // An idle connection dropped by the server (a restart) is replaced on next use; without a
    // listener the pool's 'error' event would end the process.
    state.pool.on("error", (err) => logger.warn({ err }, "idle database connection lost"));
  }
  return state.pool;
}

export function db(): PrismaClient {
  if (!state.prisma) {
    // Prisma and sql() share one pool, so both see the same database.
    state.prisma = new PrismaClient({ adapter: new PrismaPg(pool()) });
  }
  return state.prisma;
}

/**
 * Hand-written SQL, for the few hot reads (the session behind every token, the public company
 * directory): Prisma's own work costs about 0.2 ms a query there, more than the query itself.
 * Everything else goes through Prisma. Rows come back with the names the query gives columns.
 */
export async function sql<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
  return (await pool().query({ name: statementName(text), text, values: params })).rows as Row[];
}

// sql()'s queries run as named prepared statements: each connection parses and plans a query
// once, then only binds and executes it, which halves a small query on PGlite (whose thread
// gives each connection its own names in the shared session, see pglite-worker.mjs) and saves
// the planning on PostgreSQL. The name is a hash of the text, so the separate copies of this
// module that Next's route bundles load give one text one name on the shared pool; past the cap
// (texts built with values in them would be a leak) queries go unnamed.
const STATEMENT_NAMES_MAX = 500;
const statementNames = new Map<string, string>();
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < STATEMENT_NAMES_MAX) {
    name = `q_${createHash("sha256").update(text).digest("base64url").slice(0, 22)}`;
    statementNames.set(text, name);
  }
  return name;
}

export async function closeDb(): Promise<void> {
  const { prisma, pglite: lite, pool: pgPool } = state;
  state.prisma = undefined;
  state.pglite = undefined;
  state.pool = undefined;
  await prisma?.$disconnect();
  await pgPool?.end();
  await lite?.close();
}

/** A cheap round trip, for health checks. */
export async function pingDb(): Promise<{ ok: boolean; latencyMs: number; driver: string; error?: string }> {
  const started = performance.now();
  const driver = config.databaseUrl ? "postgresql" : "pglite";
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started), driver };
  } catch (err) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), driver, error: (err as Error).message };
  }
}
