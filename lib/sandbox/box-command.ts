import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, realpathSync } from "node:fs";
import { randomInt } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { config } from "@/lib/config";
import type { SandboxLanguage } from "./types";

/*
 * The command line of one box, computed once per process except for the limits. Only the
 * interpreters, their libraries and the harness are visible inside, read-only: no /etc, no shell,
 * no app folder, no host /proc. The box has its own PID, network (loopback only), IPC, UTS and
 * user namespaces and a small tmpfs for scratch.
 */

export const BWRAP = "/usr/bin/bwrap";
export const PRLIMIT = "/usr/bin/prlimit";
// Always Debian's interpreter: `python3` on PATH may be a pyenv or venv build the box cannot see.
export const PYTHON = "/usr/bin/python3";
export const INSTALL_HINT = "apt-get install bubblewrap python3";

const SCRATCH_BYTES = 16 * 1024 * 1024;
const MAX_FILE_BYTES = 8 * 1024 * 1024;
// Processes and threads of one box: Node alone starts about a dozen threads.
const MAX_PROCESSES = 64;
const MAX_OPEN_FILES = 128;
// Node reserves address space far beyond its heap and aborts under 512 MiB of it; its heap is
// capped with --max-old-space-size and the address space gets this much room on top.
const NODE_ADDRESS_SPACE_EXTRA_MB = 768;

/** Where the harness files are read from: the app's own lib/sandbox/harness. */
function harnessSource(): string {
  // The server, the worker and the tests all run from the app folder; Next's bundles have no
  // __dirname of their own to go by.
  const dir = path.resolve(process.cwd(), "lib/sandbox/harness");
  if (!existsSync(path.join(dir, "run.py"))) throw new Error(`the sandbox harness is missing from ${dir}`);
  return dir;
}

let harnessDir: string | undefined;
/**
 * A private copy of the harness the box's users can read whatever the app folder's permissions,
 * made once per process; it is bound read-only at /harness.
 */
export function harnessFolder(): string {
  if (harnessDir && existsSync(harnessDir)) return harnessDir;
  const source = harnessSource();
  const dir = mkdtempSync(path.join(os.tmpdir(), "offerpath-harness-"));
  for (const name of ["run.py", "run.cjs"]) {
    copyFileSync(path.join(source, name), path.join(dir, name));
    chmodSync(path.join(dir, name), 0o444);
  }
  chmodSync(dir, 0o555);
  return (harnessDir = dir);
}

function nodeBinary(): string {
  return existsSync("/usr/bin/node") ? "/usr/bin/node" : realpathSync(process.execPath);
}

let bwrapBase: { harness: string; args: Record<SandboxLanguage, string[]> } | undefined;
function baseArgs(): Record<SandboxLanguage, string[]> {
  // Made again only if the harness copy had to be made again (a cleaner emptied /tmp).
  const harness = harnessFolder();
  if (bwrapBase?.harness === harness) return bwrapBase.args;
  const python = realpathSync(PYTHON); // /usr/bin/python3.11
  const stdlib = path.join("/usr/lib", path.basename(python)); // /usr/lib/python3.11
  const libDirs = [
    ...readdirSync("/usr/lib").filter((n) => n.endsWith("-linux-gnu")).map((n) => `/usr/lib/${n}`),
    ...(existsSync("/usr/lib64") ? ["/usr/lib64"] : []),
  ];
  const common = [
    ...libDirs.flatMap((dir) => ["--ro-bind", dir, dir]),
    "--symlink", "usr/lib", "/lib",
    ...(existsSync("/usr/lib64") ? ["--symlink", "usr/lib64", "/lib64"] : []),
    "--ro-bind", harness, "/harness",
    "--proc", "/proc",
    "--dev", "/dev",
    "--size", String(SCRATCH_BYTES), "--tmpfs", "/tmp",
    // The root bwrap builds is a writable tmpfs: made read-only, only the scratch tmpfs takes files.
    "--remount-ro", "/",
    "--chdir", "/tmp",
    "--unshare-all", "--unshare-user", "--disable-userns",
    "--hostname", "sandbox",
    "--die-with-parent",
    // The interpreter is the PID namespace's init: bwrap then waits for it itself. With bwrap's
    // own init in between, bwrap exited on that init's word before the init had exited, leaving
    // it to the machine's init, which in a container or a microVM may never reap it: zombies
    // counted against the box user's process limit until every run failed ("Can't fork").
    "--as-pid-1",
    "--new-session",
    "--clearenv",
  ];
  const args = {
    python: [
      "--ro-bind", python, "/usr/bin/python3",
      "--ro-bind", stdlib, stdlib,
      ...common,
      "/usr/bin/python3", "-I", "-S", "-X", "utf8", "/harness/run.py",
    ],
    javascript: ["--ro-bind", nodeBinary(), "/usr/bin/node", ...common, "/usr/bin/node"],
  };
  bwrapBase = { harness, args };
  return args;
}

export type SandboxMode = "local" | "unsafe-dev";
export const sandboxMode = (): SandboxMode => (config.sandbox.unsafeDev ? "unsafe-dev" : "local");

/** Limits of one box, in bytes and seconds (names after prlimit's options). */
export interface BoxLimits {
  cpu: number;
  as: number;
  nproc: number;
  fsize: number;
  nofile: number;
  core: number;
}

function limitsOf(language: SandboxLanguage, memoryMb: number, wallTimeoutMs: number): BoxLimits {
  const mb = 1024 * 1024;
  return {
    cpu: Math.ceil(wallTimeoutMs / 1000) + 1,
    as: language === "javascript" ? (memoryMb + NODE_ADDRESS_SPACE_EXTRA_MB) * mb : memoryMb * mb,
    nproc: MAX_PROCESSES,
    fsize: MAX_FILE_BYTES,
    nofile: MAX_OPEN_FILES,
    core: 0,
  };
}

const prlimitArgs = (limits: BoxLimits) => [...Object.entries(limits).map(([name, value]) => `--${name}=${value}`), "--"];

export interface BoxCommand {
  file: string;
  args: string[];
  uid?: number;
  gid?: number;
  cwd?: string;
  /**
   * Limits the harness sets on itself before it reads the candidate's code (Python's resource
   * module), instead of one more exec of prlimit on the way in. Node has no setrlimit: its box
   * starts under prlimit.
   */
  selfLimits?: BoxLimits;
  /** The process is bwrap (perhaps under prlimit), whose one child is the box's init. */
  bwrap: boolean;
}

// RLIMIT_NPROC counts a user's processes machine-wide, and other processes run boxes on this
// machine too (a cluster's web processes, test workers): with SANDBOX_FIRST_UID + slot alone,
// their slot 0s would share one count, and a fork bomb in one candidate's box would starve
// another's. So each process takes a random block of MAX_SLOTS user ids.
const MAX_SLOTS = 256; // SANDBOX_CONCURRENCY's maximum
const PROCESS_UID_BLOCK = randomInt(1 << 14);

/** The user ids this process's boxes run as (a root server only), for checks of what boxes leave. */
export function boxUserIds(): { first: number; last: number } {
  const first = config.sandbox.firstUid + PROCESS_UID_BLOCK * MAX_SLOTS;
  return { first, last: first + MAX_SLOTS - 1 };
}

export function boxCommand(language: SandboxLanguage, memoryMb: number, wallTimeoutMs: number, slot: number): BoxCommand {
  const interpreterFlags = language === "javascript" ? [`--max-old-space-size=${memoryMb}`, "--no-warnings", "/harness/run.cjs"] : [];
  if (sandboxMode() === "unsafe-dev") {
    // No isolation at all: the interpreter runs as the server, in a scratch folder, with limits only.
    const harness = harnessFolder();
    const interpreter =
      language === "javascript"
        ? [nodeBinary(), `--max-old-space-size=${memoryMb}`, "--no-warnings", path.join(harness, "run.cjs")]
        : [existsSync(PYTHON) ? PYTHON : "python3", "-I", "-S", "-X", "utf8", path.join(harness, "run.py")];
    return { file: PRLIMIT, args: [...prlimitArgs(limitsOf(language, memoryMb, wallTimeoutMs)), ...interpreter], cwd: os.tmpdir(), bwrap: false };
  }
  // Root inside a user namespace still maps to root outside: a root server runs boxes as an
  // unprivileged user of their own. Any other server's user is already unprivileged.
  const root = process.getuid?.() === 0;
  // Each concurrent slot runs as its own user id, so RLIMIT_NPROC (counted per user) is per box.
  const uid = root ? boxUserIds().first + slot : undefined;
  const limits = limitsOf(language, memoryMb, wallTimeoutMs);
  if (language === "python") return { file: BWRAP, args: baseArgs().python, uid, gid: uid, selfLimits: limits, bwrap: true };
  return { file: PRLIMIT, args: [...prlimitArgs(limits), BWRAP, ...baseArgs().javascript, ...interpreterFlags], uid, gid: uid, bwrap: true };
}
