import { execFileSync, type ChildProcess } from "node:child_process";
import { appendFileSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations, pgTarget } from "@/lib/db/migrate";
import { PgliteThread } from "@/lib/db/pglite-thread";
import {
  databaseKinds,
  freePort,
  freshPostgresDatabase,
  recordStart,
  serverEnv,
  spawnServer,
  type DatabaseKind,
  type SharedServerInfo,
} from "./server";

/**
 * Once per API test run (tests/README.md):
 * - builds the server, and Next into .next-test unless SKIP_TEST_BUILD=1 (npm test builds first);
 * - makes a PGlite template: a data folder initialized and migrated once, which each PGlite
 *   server of the run starts from a copy of instead of running initdb in WASM again;
 * - starts the shared servers, one per database kind and worker slot, without waiting for them
 *   (the first file that asks waits), and stops them at the end.
 */
export default async function setup(project: TestProject) {
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  process.env.NEXT_DIST_DIR = distDir;
  // The server as `npm start` runs it: compiled to dist/server.mjs (takes well under a second).
  // npm test builds it once before the browser and API tests run side by side (SKIP_SERVER_BUILD),
  // so neither rewrites the file while the other starts servers from it.
  if (process.env.SKIP_SERVER_BUILD !== "1") execFileSync(process.execPath, ["scripts/build-server.mjs"], { stdio: "inherit" });
  if (process.env.SKIP_TEST_BUILD !== "1" || !existsSync(path.join(distDir, "BUILD_ID"))) {
    execFileSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
  }

  const runDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-run-"));
  const startLog = process.env.TEST_SERVER_START_LOG || path.join(runDir, "server-starts.log");
  mkdirSync(path.dirname(startLog), { recursive: true });
  project.provide("serverStartLog", startLog);

  // How many files run at once (vitest makes it 1 when fileParallelism is off).
  const slots = Math.max(1, project.config.maxWorkers);
  const shareServers = process.env.TEST_SHARED_SERVERS !== "0";
  const procs: ChildProcess[] = [];
  const databases: Array<() => Promise<void>> = [];
  const shared: Partial<Record<DatabaseKind, SharedServerInfo[]>> = {};
  const killAll = () => procs.forEach((p) => p.exitCode === null && p.kill("SIGKILL"));
  // Should the runner die without its teardown (Ctrl-C), the servers go with it.
  process.once("exit", killAll);

  async function startShared(kind: DatabaseKind, slot: number, template: string | null) {
    const dataDir = path.join(runDir, `shared-${kind}-${slot}`);
    mkdirSync(dataDir);
    if (template) cpSync(path.join(template, "pglite"), path.join(dataDir, "pglite"), { recursive: true });
    let databaseUrl: string | undefined;
    if (kind === "postgres") {
      const db = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!);
      databases.push(db.drop);
      databaseUrl = db.url;
    }
    const port = await freePort();
    const logFile = path.join(runDir, `shared-${kind}-${slot}.log`);
    const fd = openSync(logFile, "a");
    const proc = spawnServer(serverEnv({ port, dataDir, databaseUrl }), fd);
    closeSync(fd);
    // Test files read this line from the log (they cannot see the process) to stop waiting.
    proc.once("exit", (code, signal) => appendFileSync(logFile, `\n[shared server exited: ${code ?? signal}]\n`));
    procs.push(proc);
    recordStart(`shared ${kind} slot ${slot + 1}`, startLog);
    (shared[kind] ??= [])[slot] = { kind, url: `http://localhost:${port}`, port, dataDir, databaseUrl, logFile };
  }

  const kinds = databaseKinds();
  // PostgreSQL servers first: they migrate their databases while the template is made.
  if (shareServers && kinds.includes("postgres")) for (let i = 0; i < slots; i++) await startShared("postgres", i, null);

  const template = path.join(runDir, "template");
  mkdirSync(template);
  const lite = new PgliteThread(path.join(template, "pglite"));
  try {
    const target = await pgTarget(lite.clientConfig());
    try {
      await applyMigrations(target);
    } finally {
      await target.close();
    }
  } finally {
    // Closed cleanly: the folder is then a consistent copy source.
    await lite.close();
  }
  project.provide("pgliteTemplate", template);

  if (shareServers) for (let i = 0; i < slots; i++) await startShared("pglite", i, template);
  project.provide("sharedServers", shared);

  return async function teardown() {
    await Promise.all(
      procs.map(async (proc) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return;
        const exited = new Promise((resolve) => proc.once("exit", resolve));
        proc.kill("SIGTERM");
        const timer = setTimeout(() => proc.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    process.off("exit", killAll);
    await Promise.all(databases.map((drop) => drop().catch(() => undefined)));
    rmSync(runDir, { recursive: true, force: true });
  };
}
