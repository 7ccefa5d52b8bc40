import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { Call } from "./accounts";

/** The environment of a script run on one database: PGlite in dataDir, or PostgreSQL at databaseUrl. */
export function scriptEnv(target: { dataDir: string; databaseUrl?: string }, extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: target.dataDir, LOG_LEVEL: "warn", ...extra };
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

/**
 * Starts `scripts/<name>` compiled, as the server is (dist/, made by scripts/build-server.mjs with
 * the server the API tests run): `npx tsx scripts/<name>` compiles its imports again on every
 * start, seconds of CPU each.
 */
export function startScript(name: string, args: string[], env: NodeJS.ProcessEnv): { proc: ChildProcess; output: () => string } {
  let output = "";
  const compiled = path.join("dist", name.replace(/\.ts$/, ".mjs"));
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run node scripts/build-server.mjs`);
  const proc = spawn(process.execPath, [compiled, ...args], { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
  proc.stdout!.on("data", (d) => (output += d));
  proc.stderr!.on("data", (d) => (output += d));
  return { proc, output: () => output };
}

export async function runScript(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { proc, output } = startScript(name, args, env);
  const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
  expect(code, output()).toBe(0);
  return output();
}

export async function createAdmin(target: { dataDir: string; databaseUrl?: string }) {
  const admin = { email: `admin.${Date.now()}@example.test`, password: "Adm1n-pass-for-tests" };
  await runScript("create-admin.ts", [admin.email, admin.password], scriptEnv(target));
  return admin;
}

export async function login(call: Call, creds: { email: string; password: string }): Promise<string> {
  const res = await call("POST", "/api/v1/auth/login", { json: creds });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.token as string;
}

/** Asks for a job's state until `done` holds or `timeoutMs` passes; returns the last state. */
export async function waitForJob(call: Call, token: string, jobId: string, done: (job: any) => boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await call("GET", `/api/v1/monitoring/jobs/${jobId}`, { token });
    // A worker that starts slowly on a busy machine can keep this asking past the per-client rate
    // limit: a 429 is a reason to wait, not a failure of the job.
    if (res.status === 429 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (done(res.body)) return res.body;
    if (Date.now() > deadline) throw new Error(`job did not reach the expected state in ${timeoutMs} ms: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
