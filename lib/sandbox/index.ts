import os from "node:os";
import { config } from "@/lib/config";
import { ApiError } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { detectAvailability, type Availability } from "./availability";
import type { BoxRun } from "./box";
import { sandboxMode } from "./box-command";
import { boxStarter } from "./launcher";
import { lockRemote, remoteRunners, runRemote, startRemoteRunner } from "./remote";
import { Slots } from "./slots";
import { SANDBOX_LANGUAGES, type SandboxRequest, type SandboxResult } from "./types";

export type { SandboxLanguage, SandboxRequest, SandboxResult, SandboxTestCase, SandboxTestOutcome } from "./types";

/*
 * Coding interviews' sandbox: runs a candidate's function against test arguments in a fresh
 * bubblewrap box per run (box.ts, box-command.ts), behind a line with a concurrency limit, one run
 * in flight per interview. See docs/architecture.md, "Sandbox".
 */

const DEFAULT_TEST_TIMEOUT_MS = 2000;
const DEFAULT_WALL_TIMEOUT_MS = 10_000;
const DEFAULT_MEMORY_MB = 256;
const MAX_TESTS = 500;
const MAX_CODE_BYTES = 200 * 1024;
// The function is named in the harness's wrapper: an identifier in both languages, nothing else.
const FUNCTION_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,99}$/;

// State shared by the custom server and Next's bundled route handlers, which load this module apart.
interface SandboxState {
  slots?: Slots;
  startBox?: ReturnType<typeof boxStarter>;
  availability?: Promise<Availability>;
  inFlight: Set<string>;
}
const state: SandboxState = ((globalThis as unknown as { offerpathSandbox?: SandboxState }).offerpathSandbox ??= { inFlight: new Set() });

const concurrency = () => config.sandbox.concurrency ?? Math.max(1, os.availableParallelism());
const remote = () => config.sandbox.remote && Boolean(config.redisUrl);

function availability(): Promise<Availability> {
  return (state.availability ??= detectAvailability().catch((err: Error) => ({ available: false, reason: err.message })));
}

export async function sandboxStatus(): Promise<{ available: boolean; reason?: string; mode: "local" | "remote" | "unsafe-dev" }> {
  if (remote()) {
    const runners = await remoteRunners();
    return runners === 0
      ? { available: false, reason: "no code runner is connected: start `npm run worker` with SANDBOX_REMOTE=true and the same REDIS_URL", mode: "remote" }
      : { available: true, mode: "remote" };
  }
  return { ...(await availability()), mode: sandboxMode() };
}

function normalize(req: SandboxRequest): BoxRun {
  if (!SANDBOX_LANGUAGES.includes(req.language)) throw new ApiError("VALIDATION_ERROR", `Unknown language: ${String(req.language)}`, undefined, 400);
  if (!FUNCTION_NAME.test(req.functionName)) throw new ApiError("VALIDATION_ERROR", "The function name is not an identifier", undefined, 400);
  if (Buffer.byteLength(req.code) > MAX_CODE_BYTES) throw new ApiError("CODE_TOO_LARGE", "The code is too large", undefined, 413);
  if (req.tests.length > MAX_TESTS) throw new ApiError("VALIDATION_ERROR", `At most ${MAX_TESTS} tests a run`, undefined, 400);
  return {
    language: req.language,
    code: req.code,
    functionName: req.functionName,
    tests: req.tests.map((t) => ({ id: t.id, args: t.args })),
    testTimeoutMs: clamp(req.testTimeoutMs ?? DEFAULT_TEST_TIMEOUT_MS, 50, 30_000),
    wallTimeoutMs: clamp(req.wallTimeoutMs ?? DEFAULT_WALL_TIMEOUT_MS, 500, 120_000),
    memoryMb: clamp(req.memoryMb ?? DEFAULT_MEMORY_MB, 64, 2048),
  };
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n)));

/** Runs in this process's boxes, waiting for a free slot. */
async function runLocal(req: SandboxRequest): Promise<SandboxResult> {
  const run = normalize(req);
  const status = await availability();
  if (!status.available) throw new ApiError("RUNNER_ERROR", status.reason ?? "The sandbox is unavailable", undefined, 503);
  state.slots ??= new Slots(concurrency());
  const startBox = (state.startBox ??= boxStarter());
  return state.slots.run((slot) => startBox(run, slot));
}

/**
 * Runs the candidate's `functionName` once per test in a fresh box and returns the outcomes;
 * the caller compares them with the expected outputs, which never enter the box.
 */
export async function runCode(req: SandboxRequest, opts: { key?: string } = {}): Promise<SandboxResult> {
  normalize(req);
  if (remote()) {
    const release = opts.key ? await lockRemote(opts.key, config.sandbox.remoteTimeoutMs + 5_000) : null;
    if (opts.key && !release) throw runInProgress();
    try {
      return await runRemote(req);
    } finally {
      await release?.();
    }
  }
  if (opts.key) {
    if (state.inFlight.has(opts.key)) throw runInProgress();
    state.inFlight.add(opts.key);
  }
  try {
    return await runLocal(req);
  } finally {
    if (opts.key) state.inFlight.delete(opts.key);
  }
}

const runInProgress = () => new ApiError("RUN_IN_PROGRESS", "A run of this interview is already in progress", undefined, 409);

/**
 * Serves remote runs (SANDBOX_REMOTE) from this process: `npm run worker` calls it. Null when this
 * process should not serve them.
 */
export function startSandboxRunner(): { stop: () => Promise<void> } | null {
  if (!config.sandbox.remote || !config.redisUrl) return null;
  return startRemoteRunner(runLocal, concurrency());
}

/**
 * Logs once, at server start, when runs cannot work here, and says how to fix it. Never throws:
 * the rest of the app works without coding interviews.
 */
export async function announceSandbox(): Promise<void> {
  const status = await sandboxStatus().catch((err: Error) => ({ available: false, reason: err.message, mode: "local" as const }));
  if (status.mode === "unsafe-dev") {
    console.warn("Coding interviews: SANDBOX_UNSAFE_DEV is set, candidate code runs WITHOUT a sandbox. Never use this on a server.");
  }
  if (!status.available) {
    console.warn(`Coding interviews are unavailable: ${status.reason}`);
    logger.warn({ reason: status.reason }, "sandbox unavailable");
  }
}
