import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { SERVER_NODE_FLAGS } from "../scripts/server-flags.mjs";
import { freePort, freshPostgresDatabase } from "../tests/support/server";

// Where the app's CPU goes under one endpoint's load: runs the production server with
// --cpu-prof, loads it with autocannon, and prints the self time by package and by function.
//   npx tsx bench/profile.ts            (PATCH /api/v1/user/profile)
//   PROFILE_ENDPOINT="GET /api/auth/me" npx tsx bench/profile.ts
// Env: PROFILE_SECONDS (default 10), PROFILE_CONNECTIONS (default 32), API_FAST_PATH=off to
// profile the path through Next, TEST_DATABASE_URL to profile on PostgreSQL (a fresh database).
// Needs a build (NEXT_DIST_DIR, default .next-test) and dist/server.mjs (scripts/build-server.mjs).

const [METHOD, ENDPOINT] = (process.env.PROFILE_ENDPOINT ?? "PATCH /api/v1/user/profile").split(" ") as ["GET" | "PATCH", string];
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.PROFILE_CONNECTIONS ?? 32);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function report(file: string) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; endTime: number; startTime: number };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  // Only the measured run: start-up (module loading) and the warm-up are left out.
  const from = profile.endTime - (SECONDS + 1) * 1e6;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t >= from) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const pkg = url.includes("node_modules/")
      ? url.split("node_modules/").pop()!.split("/").slice(0, url.split("node_modules/").pop()!.startsWith("@") ? 2 : 1).join("/")
      : url.startsWith("node:")
        ? "node:" + url.slice(5).split("/")[0]
        : url
          ? path.relative(process.cwd(), url.replace("file://", "")).split("/").slice(0, 2).join("/")
          : `(${functionName || "native"})`;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = `${functionName || "(anonymous)"} ${url ? `${url.split("/").slice(-2).join("/")}:${lineNumber + 1}` : ""}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`).join("\n");
  console.log(`\nSelf time by package (${(total / 1e6).toFixed(1)} s sampled):\n${top(byPackage, 20)}`);
  console.log(`\nSelf time by function:\n${top(byFunction, 30)}`);
}

/** The production server with --cpu-prof (NODE_OPTIONS may not carry it), on a fresh database. */
async function startProfiled(profileDir: string) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-prof-data-"));
  const pgDb = process.env.TEST_DATABASE_URL ? await freshPostgresDatabase(process.env.TEST_DATABASE_URL) : undefined;
  const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--cpu-prof", `--cpu-prof-dir=${profileDir}`, "dist/server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: dataDir,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
      RATE_LIMIT_PER_MINUTE: "100000000",
      DEMO_DATA: "off",
      LOG_LEVEL: "warn",
      AUTH_SECRET: "profile-secret-profile-secret-0123456789",
      ...(pgDb ? { DATABASE_URL: pgDb.url } : {}),
    },
    stdio: "inherit",
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 150_000; ; ) {
    if (proc.exitCode !== null) throw new Error("server exited");
    if (await fetch(`${url}/api/v1/monitoring/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGINT");
      await exited;
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "offerpath-prof-"));
  const server = await startProfiled(dir);
  try {
    const reg = await fetch(`${server.url}/api/auth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `prof-${Date.now()}@example.com`, password: "Bench-pass-2024!", first_name: "Prof" }),
    });
    const token = ((await reg.json()) as { access_token: string }).access_token;
    const run = (duration: number) =>
      autocannon({
        url: server.url + ENDPOINT,
        method: METHOD,
        connections: CONNECTIONS,
        duration,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: METHOD === "GET" ? undefined : JSON.stringify({ firstName: "Profiled" }),
      });
    await run(3);
    const r = await run(SECONDS);
    console.log(`${METHOD} ${ENDPOINT}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}`);
  } finally {
    await server.stop();
  }
  // The main process writes its profile at exit; the PGlite worker thread writes its own.
  const files = readdirSync(dir).map((f) => path.join(dir, f));
  for (const f of files) {
    console.log(`\n== ${path.basename(f)}`);
    report(f);
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
