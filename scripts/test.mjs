#!/usr/bin/env node
// The one test command (`npm test`, and what CI runs): generate the Prisma client, build once,
// type-check and lint, then unit tests, API tests (real server, PGlite and, with TEST_DATABASE_URL,
// PostgreSQL) and browser tests, and print one summary. The last line is always
// `total: N passed, N failed, N skipped`; the exit code is 1 if anything failed or nothing ran.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const RESULTS = path.join(root, "test-results");
const DIST = ".next-test";
/** Each API test server start is a line here (tests/support/server.ts); the summary counts them. */
const START_LOG = path.join(RESULTS, "server-starts.log");
const CHROMIUM = "/usr/bin/chromium";
const isCI = process.env.CI === "true" || process.env.CI === "1";
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = (s) => paint("1", s);
const red = (s) => paint("31", s);
const green = (s) => paint("32", s);
const yellow = (s) => paint("33", s);

/** One row of the summary per stage. */
const rows = [];
const notes = [];
const started = Date.now();

/**
 * CPU seconds (user + system) of this script's finished child processes and their descendants,
 * from /proc (Linux): unlike wall time, it hardly changes with how busy the machine is.
 */
function childCpu() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function banner(title) {
  const line = "─".repeat(Math.max(10, 72 - title.length));
  console.log(`\n${bold(`── ${title} ${line}`)}`);
}

/**
 * Spawns `cmd` under bash's `time`, which writes the command's own CPU (user + system, its
 * descendants included) to a file, the command's stderr untouched: a stage's CPU is its own even
 * while other stages run beside it. Resolves with the exit code, seconds and CPU seconds.
 */
let cpuFiles = 0;
function timed(cmd, args, env, stdio) {
  const t0 = Date.now();
  const cpuFile = path.join(RESULTS, `.cpu-${process.pid}-${cpuFiles++}`);
  const script = 'TIMEFORMAT="%U %S"; { time "$@" 2>&3; } 3>&2 2>"$CPU_FILE"';
  const child = spawn("bash", ["-c", script, "_", cmd, ...args], { cwd: root, stdio, env: { ...process.env, ...env, CPU_FILE: cpuFile } });
  const done = new Promise((resolve) => {
    const end = (code, error) => {
      let cpu = null;
      try {
        const [user, sys] = readFileSync(cpuFile, "utf8").trim().split(/\s+/).map(Number);
        cpu = user + sys;
      } catch {
        // No time line: the shell itself failed.
      }
      rmSync(cpuFile, { force: true });
      resolve({ ok: code === 0, code, seconds: (Date.now() - t0) / 1000, cpu, error });
    };
    child.on("error", (err) => end(1, err));
    child.on("close", (code) => end(code ?? 1));
  });
  return { child, done };
}

// Asynchronous, so the event loop keeps reading a background command's output meanwhile.
async function run(title, cmd, args, env = {}) {
  banner(title);
  console.log(paint("2", `$ ${[cmd, ...args].join(" ")}`));
  const result = await timed(cmd, args, env, "inherit").done;
  if (result.error) console.error(red(`could not start ${cmd}: ${result.error.message}`));
  return result;
}

/**
 * Starts a command in the background with its output held back; `print()` waits for it and
 * shows the output under the command's banner, so side-by-side commands don't mix their lines.
 */
function runHeld(title, cmd, args, env = {}) {
  let output = "";
  const { child, done } = timed(cmd, args, { FORCE_COLOR: color ? "1" : "0", ...env }, ["ignore", "pipe", "pipe"]);
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  async function print() {
    const result = await done;
    banner(title);
    console.log(paint("2", `$ ${[cmd, ...args].join(" ")}`));
    process.stdout.write(output);
    if (result.error) console.error(red(`could not start ${cmd}: ${result.error.message}`));
    return result;
  }
  print.done = done;
  return print;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** A check (not a test suite) counts as one passed or one failed item. */
function check(stage, result) {
  rows.push({ stage, passed: result.ok ? 1 : 0, failed: result.ok ? 0 : 1, skipped: 0, seconds: result.seconds, cpu: result.cpu });
  return result.ok;
}

/**
 * Counts a vitest JSON report. A file that failed outside any test (a crashed beforeAll, an
 * import error) has no failed test in it, so it counts as one failure of its own; a non-zero
 * exit with nothing failed counts as one too, so a broken run can never read as green.
 */
function vitestCounts(file, result, classify) {
  const report = readJson(file);
  const groups = new Map();
  const group = (name) => {
    if (!groups.has(name)) groups.set(name, { passed: 0, failed: 0, skipped: 0 });
    return groups.get(name);
  };
  if (!report) {
    notes.push(red(`${path.relative(root, file)} was not written (vitest exit code ${result.code})`));
    group(classify(null)).failed += 1;
    return groups;
  }
  for (const fileResult of report.testResults ?? []) {
    let failedHere = 0;
    for (const t of fileResult.assertionResults ?? []) {
      const g = group(classify(t));
      if (t.status === "passed") g.passed += 1;
      else if (t.status === "failed") {
        g.failed += 1;
        failedHere += 1;
      } else g.skipped += 1;
    }
    if (fileResult.status === "failed" && failedHere === 0) {
      // A hook or import failed: vitest marks the tests it never ran "skipped". They failed.
      const rel = path.relative(root, fileResult.name ?? "?");
      const message = String(fileResult.message ?? "").split("\n")[0].slice(0, 200);
      notes.push(red(`${rel} failed outside its tests (a hook or an import)${message ? `: ${message}` : ""}; its tests count as failed`));
      const notRun = (fileResult.assertionResults ?? []).filter((t) => t.status !== "passed");
      for (const t of notRun) {
        const g = group(classify(t));
        g.skipped -= 1;
        g.failed += 1;
      }
      if (notRun.length === 0) group(classify(null)).failed += 1;
    }
  }
  const failed = [...groups.values()].reduce((n, g) => n + g.failed, 0);
  if (!result.ok && failed === 0) {
    notes.push(red(`vitest exited with code ${result.code} although no test failed`));
    group(classify(null)).failed += 1;
  }
  if (groups.size === 0) group(classify(null));
  return groups;
}

/** API suites are `describe.each(databaseKinds())(".. on %s")`: the kind is in the title. */
function apiDatabase(test) {
  if (!test) return "api";
  const outer = test.ancestorTitles?.[0] ?? "";
  const full = test.fullName ?? "";
  for (const text of [outer, full]) {
    if (/\bpglite\b/i.test(text)) return "api (PGlite)";
    if (/\bpostgres(ql)?\b/i.test(text)) return "api (PostgreSQL)";
  }
  return "api";
}

function playwrightCounts(file, result) {
  const report = readJson(file);
  if (!report?.stats) {
    notes.push(red(`${path.relative(root, file)} was not written (playwright exit code ${result.code})`));
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  if (flaky) notes.push(yellow(`e2e: ${flaky} test(s) passed only on retry (flaky)`));
  const counts = { passed: expected + flaky, failed: unexpected, skipped };
  if (!result.ok && counts.failed === 0) {
    notes.push(red(`playwright exited with code ${result.code} although no test failed`));
    counts.failed = 1;
  }
  return counts;
}

/** How many e2e tests exist, for reporting them as skipped when no browser is installed. */
function countE2eTests() {
  const res = spawnSync("npx", ["playwright", "test", "--list"], { cwd: root, encoding: "utf8", env: process.env });
  const m = /Total:\s+(\d+)\s+tests?/i.exec(`${res.stdout}\n${res.stderr}`);
  return m ? Number(m[1]) : 0;
}

// ---------------------------------------------------------------------------------------------
mkdirSync(RESULTS, { recursive: true });
const dbNote = process.env.TEST_DATABASE_URL
  ? process.env.TEST_DATABASES === "all"
    ? "TEST_DATABASE_URL is set and TEST_DATABASES=all: every API suite runs on PGlite and on PostgreSQL"
    : "TEST_DATABASE_URL is set: API suites run on PostgreSQL, those marked embedded on PGlite too (TEST_DATABASES=all: every suite on both)"
  : "TEST_DATABASE_URL is not set: API tests run on PGlite only";
console.log(bold("Offerpath test run"));
console.log(dbNote);

const generated = check("prisma generate", await run("prisma generate", "npm", ["run", "--silent", "prisma:generate"]));
const serial = process.env.TEST_SERIAL === "1";

const vitestArgs = (project) => [
  "vitest", "run", "--project", project,
  "--reporter=default", "--reporter=json", `--outputFile=test-results/${project}.json`,
];
const buildEnv = { NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" };
const apiEnv = { SKIP_TEST_BUILD: "1", SKIP_SERVER_BUILD: "1", TEST_SERVER_START_LOG: START_LOG, ...buildEnv };
const e2eOut = path.join(RESULTS, "e2e-results.json");
const e2eEnv = { ...buildEnv, SKIP_SERVER_BUILD: "1" };
const hasBrowser = existsSync(CHROMIUM);

/** Adds a vitest project's rows (the API project: one per database kind) to the summary. */
function vitestRows(project, result) {
  const groups = vitestCounts(path.join(RESULTS, `${project}.json`), result, project === "api" ? apiDatabase : () => "unit");
  const order = ["unit", "api (PGlite)", "api (PostgreSQL)", "api"];
  const names = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  names.forEach((name, i) => rows.push({ stage: name, ...groups.get(name), seconds: i === 0 ? result.seconds : null, cpu: i === 0 ? result.cpu : null }));
}

/*
 * Every stage is bound by CPU on a 2-core machine, so the run keeps both cores busy from start to
 * end rather than waiting for one stage at a time: while Next builds (about 1.5 cores), lint and
 * the unit tests (which need no build) run beside it; after the build, the type check (it reads
 * Next's generated route types, .next-test/types), the browser tests (they wait on pages much of
 * the time) and, once the unit tests are done, the API tests run side by side.
 * Background stages print their output when they are done. TEST_SERIAL=1 runs one stage at a time.
 */
for (const f of ["unit.json", "api.json"]) rmSync(path.join(RESULTS, f), { force: true });
rmSync(e2eOut, { force: true });
rmSync(START_LOG, { force: true });

const lint = serial ? null : runHeld("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
const unit = serial ? null : runHeld("unit tests", "npx", vitestArgs("unit"));

// The build leaves out Next's type check (TEST_BUILD_SKIP_TYPECHECK): tsc checks the same files
// and the test files Next's check skips.
const built =
  generated &&
  check("build (next)", await run(`build into ${DIST}`, "npx", ["next", "build"], { ...buildEnv, TEST_BUILD_SKIP_TYPECHECK: "1" })) &&
  check("build (server)", await run("build dist/server.mjs", "node", ["scripts/build-server.mjs"]));
if (!generated) notes.push(red("prisma generate failed: build, API and e2e tests were not run"));
else if (!built) notes.push(red("the build failed: API and e2e tests were not run"));

const typecheck = serial ? null : runHeld("type check", "npx", ["tsc", "--noEmit"]);
let e2e = null;
if (built && hasBrowser && !serial) {
  console.log(paint("2", "\nlint, unit tests, the type check and the e2e tests (Playwright, Chromium) run in the background; their output follows the API tests"));
  e2e = runHeld("e2e tests (Playwright, Chromium)", "npx", ["playwright", "test"], e2eEnv);
}

// The API tests start once the unit tests are done: with both beside the browser tests, the load
// on 2 cores made timing-bound tests (job leases, per-file extraction deadlines) fail.
if (unit) await unit.done;
let apiResult = null;
if (built) apiResult = await run("api tests", "npx", vitestArgs("api"), apiEnv);

// The background stages, in the order they started; serially, each runs now.
check("lint (eslint)", lint ? await lint() : await run("lint", "npx", ["eslint", "--max-warnings", "0", "."]));
vitestRows("unit", unit ? await unit() : await run("unit tests", "npx", vitestArgs("unit")));
check("typecheck (tsc)", typecheck ? await typecheck() : await run("type check", "npx", ["tsc", "--noEmit"]));
if (apiResult) vitestRows("api", apiResult);

if (!built) {
  // Nothing to serve the browser tests.
} else if (hasBrowser) {
  const result = e2e ? await e2e() : await run("e2e tests (Playwright, Chromium)", "npx", ["playwright", "test"], e2eEnv);
  rows.push({ stage: "e2e", ...playwrightCounts(e2eOut, result), seconds: result.seconds, cpu: result.cpu });
} else if (isCI) {
  banner("e2e tests");
  console.error(red(`e2e FAILED: ${CHROMIUM} is missing. CI must install it: apt-get install -y chromium`));
  rows.push({ stage: "e2e", passed: 0, failed: 1, skipped: 0, seconds: 0 });
  notes.push(red(`e2e could not run: ${CHROMIUM} is missing (CI=true)`));
} else {
  banner("e2e tests");
  const n = countE2eTests();
  console.log(yellow(`e2e skipped: install Debian chromium (apt-get install -y chromium) to run ${n} browser test(s)`));
  rows.push({ stage: "e2e", passed: 0, failed: 0, skipped: n, seconds: 0 });
  notes.push(yellow("e2e skipped: install Debian chromium"));
}
if (!serial) notes.push("stages ran side by side (lint and unit tests beside the build; after it the type check, e2e, and the API tests once the unit tests were done): their times overlap, their CPU is each their own");

// ---------------------------------------------------------------------------------------------
const total = rows.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
const testsRan = rows.filter((r) => /^(unit|api|e2e)/.test(r.stage)).reduce((n, r) => n + r.passed + r.failed, 0);

banner("summary");
const width = Math.max(...rows.map((r) => r.stage.length), 5) + 2;
const num = (n, w = 8) => String(n).padStart(w);
console.log(bold(`${"stage".padEnd(width)}${num("passed")}${num("failed")}${num("skipped")}${num("time", 9)}${num("cpu", 9)}`));
for (const r of rows) {
  const status = r.failed ? red("FAIL") : r.passed ? green("ok") : yellow("--");
  const time = r.seconds == null ? "" : `${r.seconds.toFixed(0)}s`;
  const cpu = r.cpu == null ? "" : `${r.cpu.toFixed(0)}s`;
  console.log(`${r.stage.padEnd(width)}${num(r.passed)}${num(r.failed)}${num(r.skipped)}${num(time, 9)}${num(cpu, 9)}  ${status}`);
}
console.log("");
console.log(dbNote);
for (const n of notes) console.log(`- ${n}`);
if (testsRan === 0) console.log(red("- no tests ran: that is a failure"));
if (existsSync(START_LOG)) {
  const starts = readFileSync(START_LOG, "utf8").split("\n").filter(Boolean);
  const shared = starts.filter((l) => l.startsWith("shared ")).length;
  console.log(`API test servers started: ${starts.length} (${shared} shared by all files, ${starts.length - shared} a file's own; see ${path.relative(root, START_LOG)})`);
}
console.log(`reports: test-results/{unit,api}.json, test-results/e2e-results.json; wall time ${((Date.now() - started) / 1000).toFixed(0)}s${childCpu() == null ? "" : `, CPU ${childCpu().toFixed(0)}s`}`);
console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 || testsRan === 0 ? 1 : 0;
