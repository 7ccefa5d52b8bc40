import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, inject } from "vitest";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.mjs";

export interface TestServer {
  url: string;
  port: number;
  /** The server's process; a shared server's lives in the runner's main process, so it has none here. */
  proc: ChildProcess;
  dataDir: string;
  databaseUrl?: string;
  /** Whether other test files use this server too (see startServer). */
  shared: boolean;
  logs: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** A server started for the whole run by tests/support/global-setup.ts, as it is handed to test files. */
export interface SharedServerInfo {
  kind: DatabaseKind;
  url: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  logFile: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Shared servers of each kind, one per API worker slot (VITEST_POOL_ID - 1). */
    sharedServers: Partial<Record<DatabaseKind, SharedServerInfo[]>>;
    /** A migrated, closed PGlite data folder (its `pglite/` subfolder) to copy for new servers. */
    pgliteTemplate: string;
    /** Where startServer records each start (one line each), for the run's summary. */
    serverStartLog: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** A fresh, empty PostgreSQL database on TEST_DATABASE_URL's server; dropped by `drop()`. */
export async function freshPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `offerpath_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export type DatabaseKind = "pglite" | "postgres";

/**
 * The database kinds an API suite runs on. Without TEST_DATABASE_URL: PGlite, the embedded
 * default. With it (CI): PostgreSQL, the production database, for every suite, and PGlite as well
 * for the suites marked `{ embedded: true }`: those whose SQL or concurrency differs between the
 * two (migrations, sessions, jobs, batches) and each feature's main flow. Running every suite on
 * both doubled the API stage's CPU for tests that exercise the same code above the same SQL; the
 * browser tests run on PGlite too. TEST_DATABASES=all runs every suite on both.
 */
export function databaseKinds(options: { embedded?: boolean } = {}): DatabaseKind[] {
  if (!process.env.TEST_DATABASE_URL) return ["pglite"];
  return options.embedded || process.env.TEST_DATABASES === "all" ? ["pglite", "postgres"] : ["postgres"];
}

/** A value the global setup provided, or undefined outside a vitest run that had it (bench/, scripts). */
function provided<K extends "sharedServers" | "pgliteTemplate" | "serverStartLog">(key: K) {
  try {
    return inject(key);
  } catch {
    return undefined;
  }
}

/**
 * A new, empty-of-data folder for a server or script on PGlite. Within a test run it holds a
 * copy of the run's template database (initialized and migrated once, in the global setup), so
 * the server skips initdb and migrations; elsewhere it is empty and the server makes its own.
 */
export function freshDataDir(prefix = "offerpath-test-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const template = provided("pgliteTemplate");
  if (template && existsSync(path.join(template, "pglite"))) cpSync(path.join(template, "pglite"), path.join(dir, "pglite"), { recursive: true });
  return dir;
}

/** The environment a test server runs with (the global setup's shared servers too). */
export function serverEnv(opts: { port: number; dataDir: string; databaseUrl?: string; env?: Record<string, string> }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(opts.port),
    DATA_DIR: opts.dataDir,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
    NEXT_TELEMETRY_DISABLED: "1",
    TRUST_PROXY: "1",
    LOG_LEVEL: "warn",
    // Cheap password hashes: test files sign up hundreds of accounts (lib/config AUTH_PASSWORD_COST).
    AUTH_PASSWORD_COST: "4",
    // A test server serves a few of the app's routes: loading all of them at start (Next's
    // default, right for a long-running server) was a second of CPU per start (next.config.mjs).
    NEXT_PRELOAD_ENTRIES: "0",
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl, AUTH_SECRET: "test-secret-test-secret-test-secret-0123" } : {}),
    ...opts.env,
  };
}

/** Spawns the compiled server (dist/server.mjs) as `npm start` runs it. */
export function spawnServer(env: NodeJS.ProcessEnv, stdio: "pipe" | number = "pipe"): ChildProcess {
  return spawn(process.execPath, [...SERVER_NODE_FLAGS, "dist/server.mjs"], {
    cwd: process.cwd(),
    env,
    stdio: ["ignore", stdio, stdio],
  });
}

// Generous: a fresh PGlite folder (initdb in WASM) plus migrations takes over a minute on a busy
// 2-core machine, and a false "did not start" fails a whole file.
const startSeconds = () => Number(process.env.TEST_SERVER_START_SECONDS) || 150;

/** Waits for the health endpoint to answer 200; `dead()` says why to stop waiting early. */
export async function waitHealthy(url: string, what: string, dead: () => string | null, logs: () => string): Promise<void> {
  const deadline = Date.now() + startSeconds() * 1000;
  for (;;) {
    const why = dead();
    if (why) throw new Error(`${what} ${why}:\n${logs()}`);
    try {
      const res = await fetch(`${url}/api/v1/monitoring/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${what} did not become healthy in ${startSeconds()} s:\n${logs()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The running test file, for the start log. */
function testFile(): string {
  try {
    return path.relative(process.cwd(), expect.getState().testPath ?? "");
  } catch {
    return "";
  }
}

/** Notes a server start in the run's log (the test summary counts them). */
export function recordStart(line: string, logFile = provided("serverStartLog")): void {
  if (logFile) appendFileSync(logFile, `${line}\n`);
}

/** The shared server of this kind for this worker slot, or undefined when there is none. */
async function sharedServer(kind: DatabaseKind): Promise<TestServer | undefined> {
  if (process.env.TEST_SHARED_SERVERS === "0") return undefined;
  const list = provided("sharedServers")?.[kind];
  // One server per worker slot, so two files running at once never share one.
  const info = list?.[Number(process.env.VITEST_POOL_ID ?? 1) - 1];
  if (!info) return undefined;
  const logs = () => (existsSync(info.logFile) ? readFileSync(info.logFile, "utf8") : "");
  // Started by the global setup without waiting; usually healthy long before a file asks.
  await waitHealthy(info.url, `the shared ${kind} server (${info.url})`, () => (logs().includes("[shared server exited") ? "exited" : null), logs);
  return {
    ...info,
    shared: true,
    get proc(): ChildProcess {
      throw new Error("a shared test server has no process in this file: start one with startServer({ kind, own: true })");
    },
    logs,
    stop: async (signal?: NodeJS.Signals) => {
      // Other files use it; the global setup stops it at the end of the run.
      if (signal) throw new Error(`a shared test server cannot be sent ${signal}: start one with startServer({ kind, own: true })`);
      return null;
    },
  };
}

/**
 * The real server (production build, custom server) for a test file.
 *
 * With nothing but `kind`, it is the run's shared server of that kind (tests/README.md): started
 * once by the global setup and used by every file in turn, so tests must not assume an empty
 * database; its `stop()` does nothing. Anything else starts a server of the file's own on a
 * fresh database: `own: true` (a test that stops or restarts it, or needs it to itself), `env`
 * (a configuration variant), `databaseUrl` (that PostgreSQL database, which the caller creates
 * and drops; several servers may share it) or `dataDir` (that PGlite folder, kept on stop).
 */
export async function startServer(
  opts: { kind?: DatabaseKind; env?: Record<string, string>; databaseUrl?: string; dataDir?: string; own?: boolean } = {},
): Promise<TestServer> {
  const kind = opts.databaseUrl ? "postgres" : (opts.kind ?? "pglite");
  if (!opts.own && !opts.env && !opts.databaseUrl && !opts.dataDir) {
    const shared = await sharedServer(kind);
    if (shared) return shared;
  }
  const port = await freePort();
  // A given dataDir (a restart on the same PGlite data) belongs to the caller and is kept on stop.
  const dataDir = opts.dataDir ?? (kind === "pglite" ? freshDataDir() : mkdtempSync(path.join(os.tmpdir(), "offerpath-test-")));
  let pgDb: { url: string; drop: () => Promise<void> } | undefined;
  if (kind === "postgres" && !opts.databaseUrl) {
    if (!process.env.TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
    pgDb = await freshPostgresDatabase(process.env.TEST_DATABASE_URL);
  }
  const databaseUrl = opts.databaseUrl ?? pgDb?.url;
  recordStart(`own ${kind} ${testFile()} ${JSON.stringify({ ...opts, kind: undefined })}`);
  let output = "";
  const proc = spawnServer(serverEnv({ port, dataDir, databaseUrl, env: opts.env }));
  proc.stdout!.on("data", (d) => (output += d));
  proc.stderr!.on("data", (d) => (output += d));
  const url = `http://localhost:${port}`;
  try {
    await waitHealthy(url, "the server", () => (proc.exitCode !== null ? `exited early (${proc.exitCode})` : null), () => output);
  } catch (err) {
    proc.kill("SIGKILL");
    await pgDb?.drop().catch(() => undefined);
    throw err;
  }
  return {
    url,
    port,
    proc,
    dataDir,
    databaseUrl,
    shared: false,
    logs: () => output,
    stop: async (signal = "SIGTERM") => {
      const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
      if (proc.exitCode === null) proc.kill(signal);
      const timer = setTimeout(() => proc.kill("SIGKILL"), 15_000);
      const code = proc.exitCode ?? (await exited);
      clearTimeout(timer);
      await pgDb?.drop().catch(() => undefined);
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/** A small HTTP client for tests: JSON in, {status, body, headers} out. Each test may pass its own client IP. */
export function client(base: string, defaults: { ip?: string; token?: string } = {}) {
  return async function call(
    method: string,
    path: string,
    opts: { json?: unknown; body?: BodyInit; token?: string; headers?: Record<string, string>; ip?: string } = {},
  ) {
    const headers: Record<string, string> = { ...opts.headers };
    const token = opts.token ?? defaults.token;
    if (token) headers.authorization = `Bearer ${token}`;
    const ip = opts.ip ?? defaults.ip;
    if (ip) headers["x-forwarded-for"] = ip;
    let body = opts.body;
    if (opts.json !== undefined) {
      headers["content-type"] ??= "application/json";
      body = JSON.stringify(opts.json);
    }
    const res = await fetch(base + path, { method, headers, body, redirect: "manual" });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as any, headers: res.headers };
  };
}

let ipCounter = 0;
/**
 * A distinct fake client address per call, so rate limits don't leak between tests. Test files
 * share servers, so the address says which file too: VITEST_WORKER_ID is unique per file in a run.
 */
export function uniqueIp(): string {
  ipCounter += 1;
  const file = Number(process.env.VITEST_WORKER_ID ?? process.pid);
  return `10.${file % 256}.${Math.floor(ipCounter / 256) % 256}.${ipCounter % 256}`;
}
