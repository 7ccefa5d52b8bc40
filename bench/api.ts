import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { freePort, startServer, type DatabaseKind, type TestServer } from "../tests/support/server";

// API throughput and latency of the production build, next to a bare node:http server doing the
// same database work through the same connection (bench/bare-server.ts: a pg pool of 10, to
// PostgreSQL or to PGlite in its thread), so the ratio is the cost of everything above the
// database. Prints figures; gates nothing.
//   npx tsx bench/api.ts
// Env: NEXT_DIST_DIR (build folder, default .next-test; built if it has no BUILD_ID),
// BENCH_DATABASE_URL or TEST_DATABASE_URL (PostgreSQL server; default postgres://postgres@127.0.0.1:5432/postgres
// when reachable), BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32), BENCH_ONLY (run only the
// rows whose "METHOD /path" contains it, e.g. PATCH), BENCH_DATABASES (pglite,postgres: which to run).

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Long enough for the JIT and for the CPU the seeding's password hashing took to stop counting.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const COMPANIES = 50;
// The 100-a-minute client limit would turn the run into a 429 benchmark.
const RATE_LIMIT = "100000000";
const DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/postgres";

interface Row {
  target: "app" | "bare";
  endpoint: string;
  db: DatabaseKind;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU time of the server process per request: unlike requests/s, barely moved by other load on the machine. */
  cpuMsPerRequest: number;
}

/** User + system CPU time of a process in ms (Linux /proc; clock ticks are 100 Hz there). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function ensureBuild() {
  const distDir = process.env.NEXT_DIST_DIR || ".next-test";
  process.env.NEXT_DIST_DIR = distDir;
  if (existsSync(path.join(distDir, "BUILD_ID"))) return;
  console.log(`No production build in ${distDir}; building it ...`);
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" } });
}

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function postJson(base: string, route: string, body: unknown, ip: string) {
  const res = await fetch(base + route, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${route} -> ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A registered user's token and ~50 companies in the directory. */
async function seed(base: string): Promise<string> {
  const tag = randomBytes(4).toString("hex");
  const user = await postJson(base, "/api/auth/register", { email: `bench-${tag}@example.com`, password: "Bench-pass-2024!", first_name: "Bench" }, "10.9.0.1");
  for (let i = 0; i < COMPANIES; i += 5) {
    await Promise.all(
      Array.from({ length: 5 }, (_, j) =>
        postJson(
          base,
          "/api/register/company",
          { email: `co-${tag}-${i + j}@example.com`, password: "Bench-pass-2024!", name: `Bench Company ${i + j}`, city: "Berlin", description: "Seeded by bench/api.ts" },
          `10.9.1.${i + j}`,
        ),
      ),
    );
  }
  return user.access_token as string;
}

interface Target {
  method: "GET" | "PATCH";
  endpoint: string;
  headers: Record<string, string>;
  body?: string;
}

async function measure(url: string, t: Target, seconds: number, pid?: number) {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, method: t.method, headers: t.headers, body: t.body });
  return {
    cpuMsPerRequest: (cpuMs(pid) - cpuBefore) / Math.max(1, result.requests.total),
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function benchTarget(target: Row["target"], db: DatabaseKind, base: string, token: string, pid?: number): Promise<Row[]> {
  const bearer = { authorization: `Bearer ${token}` };
  const endpoints: Target[] = [
    { method: "GET", endpoint: "/api/auth/me", headers: bearer },
    { method: "GET", endpoint: "/api/companies", headers: {} },
    // A write on the hot path, as autosave and chat messages are: one UPDATE of the caller's row.
    {
      method: "PATCH",
      endpoint: "/api/v1/user/profile",
      headers: { ...bearer, "content-type": "application/json" },
      body: JSON.stringify({ firstName: "Benchmarked" }),
    },
  ];
  const rows: Row[] = [];
  for (const t of endpoints) {
    const endpoint = `${t.method} ${t.endpoint}`;
    if (process.env.BENCH_ONLY && !endpoint.includes(process.env.BENCH_ONLY)) continue;
    await measure(base + t.endpoint, t, WARMUP_SECONDS); // warm-up: JIT, route compilation, connection pool
    const r = await measure(base + t.endpoint, t, SECONDS, pid);
    rows.push({ target, endpoint, db, ...r });
    console.log(`  ${target.padEnd(4)} ${endpoint.padEnd(26)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  ${r.cpuMsPerRequest.toFixed(2)} CPU ms/req`);
  }
  return rows;
}

async function startBare(env: Record<string, string>): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ["--import", "tsx", "bench/bare-server.ts"], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", PORT: String(port), ...env },
    stdio: "inherit",
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 30_000; ; ) {
    if (proc.exitCode !== null) throw new Error(`bare server exited (${proc.exitCode})`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return { url, proc };
    if (Date.now() > deadline) throw new Error("bare server did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function exited(proc: ChildProcess) {
  if (proc.exitCode !== null) return;
  const done = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGTERM");
  await done;
}

async function benchDatabase(db: DatabaseKind): Promise<Row[]> {
  console.log(`\n[${db}] starting the app (production build, RATE_LIMIT_PER_MINUTE=${RATE_LIMIT}) ...`);
  const secret = randomBytes(32).toString("base64url");
  const server: TestServer = await startServer({
    kind: db,
    env: { RATE_LIMIT_PER_MINUTE: RATE_LIMIT, AUTH_SECRET: secret, DEMO_DATA: "off", LOG_LEVEL: "warn" },
  });
  let bareCopy: string | undefined;
  try {
    const token = await seed(server.url);
    const rows = await benchTarget("app", db, server.url, token, server.proc.pid);

    // The app stops first, so the two never share the 2 cores, and PGlite's folder is closed
    // cleanly before it is copied for the bare server (one process per PGlite folder).
    await exited(server.proc);
    const dbEnv: Record<string, string> = server.databaseUrl ? { DATABASE_URL: server.databaseUrl } : {};
    if (!server.databaseUrl) {
      bareCopy = mkdtempSync(path.join(os.tmpdir(), "offerpath-bench-bare-"));
      cpSync(path.join(server.dataDir, "pglite"), bareCopy, { recursive: true });
      dbEnv.PGLITE_DIR = bareCopy;
    }
    const bare = await startBare({ AUTH_SECRET: secret, ...dbEnv });
    try {
      rows.push(...(await benchTarget("bare", db, bare.url, token, bare.proc.pid)));
    } finally {
      await exited(bare.proc);
    }
    return rows;
  } finally {
    await server.stop();
    if (bareCopy) rmSync(bareCopy, { recursive: true, force: true });
  }
}

function printTable(rows: Row[]) {
  const header = ["target", "endpoint", "db", "requests/s", "p50 ms", "p99 ms", "CPU ms/req", "non-2xx", "app/bare"];
  const lines = rows.map((r) => {
    const bare = rows.find((b) => b.target === "bare" && b.endpoint === r.endpoint && b.db === r.db);
    const ratio = r.target === "app" && bare ? (r.rps / bare.rps).toFixed(2) : "";
    const cpu = Number.isNaN(r.cpuMsPerRequest) ? "n/a" : r.cpuMsPerRequest.toFixed(2);
    return [r.target, r.endpoint, r.db, r.rps.toFixed(0), String(r.p50), String(r.p99), cpu, String(r.non2xx + r.errors), ratio];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`;
  console.log(`\n${fmt(header)}\n|${widths.map((w, i) => (i >= 3 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s per row, after a ${WARMUP_SECONDS} s warm-up; app = production build of server/index.ts ` +
      `with RATE_LIMIT_PER_MINUTE=${RATE_LIMIT}; bare = bench/bare-server.ts (node:http, same queries, same database contents).`,
  );
  console.log(
    "CPU ms/req: user+system time of the server process per request (PostgreSQL's own processes not included); " +
      "it holds steady when other work shares the machine, requests/s and latency do not.",
  );
  console.log(`Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores.`);
  console.log("Targets (informational, not enforced): app p99 < 50 ms; app/bare >= 1/3 for reads, >= 1/2 for writes.");
  for (const r of rows.filter((x) => x.target === "app")) {
    const bare = rows.find((b) => b.target === "bare" && b.endpoint === r.endpoint && b.db === r.db);
    const floor = r.endpoint.startsWith("GET ") ? 1 / 3 : 1 / 2;
    const notes = [r.p99 < 50 ? "p99 ok" : `p99 ${r.p99} ms over 50`, bare && r.rps / bare.rps >= floor ? "ratio ok" : `ratio under ${floor.toFixed(2)}`];
    console.log(`  ${r.db.padEnd(8)} ${r.endpoint.padEnd(26)} ${notes.join(", ")}`);
  }
  if (rows.some((r) => r.non2xx + r.errors > 0)) console.log("WARNING: some requests failed (non-2xx column); the figures are suspect.");
}

async function main() {
  ensureBuild();
  const wanted = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
  const kinds: DatabaseKind[] = wanted.includes("pglite") ? ["pglite"] : [];
  const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_PG;
  if (!wanted.includes("postgres")) {
    /* PGlite only */
  } else if (await reachable(pgUrl)) {
    // startServer makes a fresh database on TEST_DATABASE_URL's server and drops it afterwards.
    process.env.TEST_DATABASE_URL = pgUrl;
    kinds.push("postgres");
  } else {
    console.log(`PostgreSQL at ${pgUrl.replace(/\/\/[^@]*@/, "//***@")} is not reachable: PGlite only.`);
  }
  const rows: Row[] = [];
  for (const kind of kinds) rows.push(...(await benchDatabase(kind)));
  printTable(rows);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
