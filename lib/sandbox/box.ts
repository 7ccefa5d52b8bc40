import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import type { Readable } from "node:stream";
import { boxCommand } from "./box-command";
import { marshalDump, marshalLoadJson } from "./marshal";
import type { SandboxLanguage, SandboxResult, SandboxTestOutcome } from "./types";

/** A request with every default filled in, as one box runs it. */
export interface BoxRun {
  language: SandboxLanguage;
  code: string;
  functionName: string;
  tests: Array<{ id: string; args: unknown[] }>;
  testTimeoutMs: number;
  wallTimeoutMs: number;
  memoryMb: number;
}

// Past this much stdout + stderr the box is killed: a print loop must not fill the server's memory.
export const OUTPUT_LIMIT_BYTES = 1024 * 1024;
// What the result carries of each stream (the rest is dropped, the run goes on).
const OUTPUT_KEPT_BYTES = 64 * 1024;
// Results of all tests together; large returned values are fine, an endless stream is not.
const RESULTS_LIMIT_BYTES = 32 * 1024 * 1024;
// The in-box timer stops a test at testTimeoutMs; the parent kills the box only if that failed
// (a swallowed timer, a long call into C), this much later.
const BACKSTOP_GRACE_MS = 300;
// The boxes' scheduling priority (nice), below the web server's.
const BOX_NICE = 10;
// How long bwrap gets to reap a killed box's init and exit before its group is killed too.
const GROUP_KILL_GRACE_MS = 1000;

/** The host PID of the box's init: bwrap's one child (Linux lists a task's children in /proc). */
function boxInit(bwrapPid: number | undefined): number | undefined {
  if (!bwrapPid) return undefined;
  try {
    const pid = Number(readFileSync(`/proc/${bwrapPid}/task/${bwrapPid}/children`, "utf8").trim().split(" ")[0]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

type HarnessLine =
  | { t: "syntax"; message: string; line?: number; column?: number }
  | { t: "begin"; i: number }
  | { t: "load"; status: "ok" | "error" | "timeout"; error?: string }
  // value: the JavaScript harness's JSON; v: the Python harness's value in marshal's format, base64.
  | { t: "result"; i: number; status: SandboxTestOutcome["status"]; value?: unknown; v?: string; display?: string; error?: string; ms: number }
  | { t: "done"; maxRssKb: number };

class Capture {
  private chunks: Buffer[] = [];
  private kept = 0;
  total = 0;
  constructor(private readonly keep: number) {}
  add(chunk: Buffer) {
    this.total += chunk.length;
    if (this.kept >= this.keep) return;
    const part = chunk.subarray(0, this.keep - this.kept);
    this.chunks.push(part);
    this.kept += part.length;
  }
  text(): string {
    const text = Buffer.concat(this.chunks).toString("utf8");
    return this.total > this.kept ? `${text}\n[output truncated: ${this.total} bytes in all]` : text;
  }
}

/**
 * Runs one request in a fresh box and resolves with its result; never rejects for anything the
 * candidate's code does. `slot` picks the box's user id, so concurrent boxes never share a
 * process count.
 */
export function runBox(run: BoxRun, slot: number): Promise<SandboxResult> {
  const nonce = randomBytes(18).toString("base64url");
  const { file, args, uid, gid, cwd, selfLimits, bwrap } = boxCommand(run.language, run.memoryMb, run.wallTimeoutMs, slot);
  const started = performance.now();
  const child: ChildProcess = spawn(file, args, {
    stdio: ["pipe", "pipe", "pipe", "pipe"],
    env: {} as NodeJS.ProcessEnv,
    detached: true,
    cwd,
    ...(uid !== undefined ? { uid, gid } : {}),
  });

  try {
    // Boxes yield the CPU to the web server (the harness lowers its own priority too, in case
    // bwrap forked before this): a page or an API call should not wait behind candidates' loops.
    if (child.pid) os.setPriority(child.pid, BOX_NICE);
  } catch {
    // The box may already be gone.
  }

  const stdout = new Capture(OUTPUT_KEPT_BYTES);
  const stderr = new Capture(OUTPUT_KEPT_BYTES);
  const outcomes: Array<SandboxTestOutcome | undefined> = run.tests.map(() => undefined);
  let syntaxError: SandboxResult["syntaxError"];
  let load: Extract<HarnessLine, { t: "load" }> | undefined;
  let done: Extract<HarnessLine, { t: "done" }> | undefined;
  let current: number | undefined; // the test (-1: loading the module) running now
  let stopped: { status: SandboxResult["status"]; reason: string } | undefined;
  let backstop: NodeJS.Timeout | undefined;

  let groupKill: NodeJS.Timeout | undefined;
  const killGroup = () => {
    try {
      // The group of prlimit/bwrap; bwrap's --die-with-parent then takes down the box's PID
      // namespace, and with it every process the candidate started.
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  };
  const kill = (status: SandboxResult["status"], reason: string) => {
    if (stopped) return;
    stopped = { status, reason };
    // The box's init first: its death empties the PID namespace, and bwrap, still alive, reaps
    // it and exits. Killing bwrap first would orphan the init to the machine's init, which may
    // never reap it (see --as-pid-1). bwrap's group goes too if it has not exited a moment later.
    const init = bwrap ? boxInit(child.pid) : undefined;
    if (init === undefined) return killGroup();
    try {
      process.kill(init, "SIGKILL");
    } catch {
      return killGroup();
    }
    groupKill = setTimeout(killGroup, GROUP_KILL_GRACE_MS);
  };
  const wall = setTimeout(() => kill("timeout", `the run went over its ${run.wallTimeoutMs} ms limit`), run.wallTimeoutMs);

  const onOutput = (capture: Capture) => (chunk: Buffer) => {
    capture.add(chunk);
    if (stdout.total + stderr.total > OUTPUT_LIMIT_BYTES) kill("error", "output limit exceeded");
  };
  child.stdout!.on("data", onOutput(stdout));
  child.stderr!.on("data", onOutput(stderr));

  let pending = "";
  let resultBytes = 0;
  const prefix = `${nonce} `;
  const results = child.stdio[3] as Readable;
  results.setEncoding("utf8");
  results.on("data", (chunk: string) => {
    resultBytes += chunk.length;
    if (resultBytes > RESULTS_LIMIT_BYTES) return kill("error", "results too large");
    pending += chunk;
    let newline: number;
    while ((newline = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      // Anything without the nonce did not come from the harness.
      if (!line.startsWith(prefix)) continue;
      let message: HarnessLine;
      try {
        message = JSON.parse(line.slice(prefix.length)) as HarnessLine;
      } catch {
        continue;
      }
      onLine(message);
    }
  });

  const onLine = (message: HarnessLine) => {
    switch (message.t) {
      case "syntax":
        syntaxError = { message: message.message, line: message.line ?? undefined, column: message.column ?? undefined };
        break;
      case "begin":
        current = message.i;
        clearTimeout(backstop);
        backstop = setTimeout(() => kill("timeout", "a test did not stop at its time limit"), run.testTimeoutMs + BACKSTOP_GRACE_MS);
        break;
      case "load":
        clearTimeout(backstop);
        current = undefined;
        load = message;
        break;
      case "result": {
        clearTimeout(backstop);
        current = undefined;
        const test = run.tests[message.i];
        if (!test || outcomes[message.i]) break;
        if (message.v !== undefined) message.value = decodePython(message.v);
        outcomes[message.i] = {
          id: test.id,
          status: message.status,
          ...(message.value !== undefined ? { value: message.value } : {}),
          ...(message.display !== undefined ? { display: message.display } : {}),
          ...(message.error !== undefined ? { error: message.error } : {}),
          timeMs: message.ms,
        };
        break;
      }
      case "done":
        done = message;
        break;
    }
  };

  child.stdin!.on("error", () => undefined);
  const request = { nonce, ...(selfLimits ? { limits: selfLimits } : {}), code: run.code, functionName: run.functionName, testTimeoutMs: run.testTimeoutMs };
  // Each test's arguments packed apart: the harness unpacks them afresh for every call. Python
  // reads marshal's format (its built-in module), JavaScript JSON.
  child.stdin!.end(
    run.language === "python"
      ? marshalDump({ ...request, tests: run.tests.map((t) => marshalDump(t.args)) })
      : JSON.stringify({ ...request, tests: run.tests.map((t) => JSON.stringify(t.args)) }),
  );

  return new Promise((resolve) => {
    let spawnError: Error | undefined;
    child.on("error", (err: Error) => (spawnError = err));
    child.on("close", (code, signal) => {
      clearTimeout(groupKill);
      clearTimeout(wall);
      clearTimeout(backstop);
      const executionTimeMs = Math.round(performance.now() - started);
      const errText = stderr.text();
      let status: SandboxResult["status"] = "success";
      let reason: string | undefined;
      let notRun = "not run";

      if (spawnError) {
        status = "error";
        reason = `the sandbox could not start: ${spawnError.message}`;
      } else if (stopped) {
        ({ status, reason } = stopped);
        notRun = `not run: ${reason}`;
        if (current !== undefined && current >= 0 && !outcomes[current]) {
          const timedOut = reason === "a test did not stop at its time limit";
          outcomes[current] = {
            id: run.tests[current].id,
            status: timedOut ? "timeout" : "error",
            error: timedOut ? `TimeoutError: the test ran over ${run.testTimeoutMs} ms` : reason,
            timeMs: 0,
          };
        }
      } else if (syntaxError) {
        status = "error";
        notRun = `not run: SyntaxError: ${syntaxError.message}`;
      } else if (load && load.status !== "ok") {
        status = load.status === "timeout" ? "timeout" : "error";
        reason = load.error;
        notRun = `not run: ${load.error}`;
      } else if (!done) {
        ({ status, reason } = crashed(code, signal, errText));
        if (current !== undefined && current >= 0 && !outcomes[current]) {
          outcomes[current] = { id: run.tests[current].id, status: status === "timeout" ? "timeout" : "error", error: reason, timeMs: 0 };
        }
        notRun = `not run: ${reason}`;
      }

      resolve({
        status,
        ...(syntaxError ? { syntaxError } : {}),
        ...(reason ? { reason } : {}),
        stdout: stdout.text(),
        stderr: errText,
        executionTimeMs,
        memoryUsageMb: done ? Math.round((done.maxRssKb / 1024) * 10) / 10 : 0,
        tests: run.tests.map((t, i) => outcomes[i] ?? { id: t.id, status: "error", error: notRun, timeMs: 0 }),
      });
    });
  });
}

/** A run that ended before its box could report: an error, every test "not run". */
export function failedRun(run: BoxRun, reason: string): SandboxResult {
  return {
    status: "error",
    reason,
    stdout: "",
    stderr: "",
    executionTimeMs: 0,
    memoryUsageMb: 0,
    tests: run.tests.map((t) => ({ id: t.id, status: "error", error: `not run: ${reason}`, timeMs: 0 })),
  };
}

function decodePython(base64: string): unknown {
  try {
    return marshalLoadJson(Buffer.from(base64, "base64"));
  } catch {
    return undefined;
  }
}

/** Why a box ended before its harness said it was done, in plain words. */
function crashed(code: number | null, signal: NodeJS.Signals | null, stderr: string): { status: SandboxResult["status"]; reason: string } {
  if (signal === "SIGXCPU" || code === 128 + 24) return { status: "timeout", reason: "CPU time limit exceeded" };
  if (/heap out of memory|Allocation failed|bad_alloc|MemoryError|Cannot allocate memory|out of memory/i.test(stderr)) {
    return { status: "error", reason: "memory limit exceeded" };
  }
  if (signal === "SIGXFSZ" || code === 128 + 25) return { status: "error", reason: "file size limit exceeded" };
  if (/Maximum call stack|RecursionError/.test(stderr)) return { status: "error", reason: "stack overflow" };
  return { status: "error", reason: `the program stopped before finishing its tests (${signal ?? `exit code ${code}`})` };
}
