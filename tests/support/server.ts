import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.mjs";

export interface TestServer {
  url: string;
  port: number;
  proc: ChildProcess;
  dataDir: string;
  databaseUrl?: string;
  logs: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
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

/** The database kinds to run API suites on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * Starts the real server (production build, custom server) on a free port with a fresh
 * database: a new PGlite folder, or a new PostgreSQL database when kind is "postgres". With
 * `databaseUrl`, it uses that PostgreSQL database instead (several servers sharing one; the
 * caller creates and drops it). With `dataDir`, it runs on that data folder and keeps it.
 */
export async function startServer(
  opts: { kind?: DatabaseKind; env?: Record<string, string>; databaseUrl?: string; dataDir?: string } = {},
): Promise<TestServer> {
  const kind = opts.databaseUrl ? "postgres" : (opts.kind ?? "pglite");
  const port = await freePort();
  // A given dataDir (a restart on the same PGlite data) belongs to the caller and is kept on stop.
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "offerpath-test-"));
  let pgDb: { url: string; drop: () => Promise<void> } | undefined;
  if (kind === "postgres" && !opts.databaseUrl) {
    if (!process.env.TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
    pgDb = await freshPostgresDatabase(process.env.TEST_DATABASE_URL);
  }
  let output = "";
  const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, "dist/server.mjs"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
      NEXT_TELEMETRY_DISABLED: "1",
      TRUST_PROXY: "1",
      LOG_LEVEL: "warn",
      ...(kind === "postgres"
        ? { DATABASE_URL: opts.databaseUrl ?? pgDb!.url, AUTH_SECRET: "test-secret-test-secret-test-secret-0123" }
        : {}),
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout!.on("data", (d) => (output += d));
  proc.stderr!.on("data", (d) => (output += d));
  const url = `http://localhost:${port}`;
  // Generous: a fresh PGlite folder (initdb in WASM) plus migrations takes over a minute on a
  // busy 2-core machine, and a false "did not start" fails a whole file.
  const startSeconds = Number(process.env.TEST_SERVER_START_SECONDS) || 150;
  const deadline = Date.now() + startSeconds * 1000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/v1/monitoring/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      proc.kill("SIGKILL");
      throw new Error(`server did not become healthy in ${startSeconds} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    proc,
    dataDir,
    databaseUrl: opts.databaseUrl ?? pgDb?.url,
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
/** A distinct fake client address per test, so rate limits don't leak between tests. */
export function uniqueIp(): string {
  ipCounter += 1;
  return `10.${process.pid % 250}.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}
