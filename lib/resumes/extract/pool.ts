import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ExtractedDocument, ResumeFormat } from "../types";
import { ResumeFileError } from "./errors";
import { checkSize, extractDocumentInProcess } from "./extract-in-process";
import { EXTRACT_LIMITS } from "./limits";
import type { ExtractReply, ExtractRequest } from "./protocol";

interface Task {
  req: ExtractRequest;
  timeoutMs: number;
  resolve: (doc: ExtractedDocument) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Started and pdf.js loaded: a file's time limit counts from here, never the thread's start. */
  ready: boolean;
}

const BUILT_WORKER = "dist/resume-extract-worker.mjs";

/**
 * The worker's code, as a plain ES module file Node runs without loader hooks. Bundled (Next's
 * server build, dist/server.mjs): dist/resume-extract-worker.mjs, which scripts/build-server.mjs
 * writes. From source (this file is .ts: tsx, vitest): worker.ts compiled now with esbuild into
 * node_modules/.cache. Running the worker through tsx's hooks instead costs seconds and hundreds
 * of megabytes per worker (they transform pdf.js, 3 MB of JavaScript, on every start).
 */
function workerFile(): string | null {
  const root = process.cwd();
  const built = path.join(root, BUILT_WORKER);
  const fromSource = import.meta.url.startsWith("file:") && import.meta.url.endsWith(".ts");
  if (!fromSource && existsSync(built)) return built;
  try {
    // Joined as a path, not `new URL("./worker.ts", import.meta.url)`: bundlers rewrite that
    // pattern into a copied asset, whose relative imports would no longer resolve.
    const source = fromSource ? path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts") : path.join(root, "lib/resumes/extract/worker.ts");
    return compileWorker(root, source);
  } catch {
    return existsSync(built) ? built : null;
  }
}

function compileWorker(root: string, source: string): string {
  // Loaded by name at run time so no bundler tries to include esbuild itself.
  const moduleName = "esbuild";
  const esbuild = createRequire(path.join(root, "package.json"))(moduleName) as typeof import("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [source],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "silent",
    absWorkingDir: root,
  });
  const code = result.outputFiles[0].text;
  const dir = path.join(root, "node_modules/.cache/resume-extract");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `worker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    // Written under a temporary name and renamed: test files compiling at once never read half a file.
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  }
  return file;
}

class ExtractPool {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 1;
  private readonly entry: string | null;

  constructor(private readonly size: number) {
    this.entry = workerFile();
  }

  get available(): boolean {
    return this.entry !== null;
  }

  run(bytes: Uint8Array, format: ResumeFormat, timeoutMs: number): Promise<ExtractedDocument> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, bytes, format }, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    for (const task of this.queue.splice(0)) task.reject(new ResumeFileError("EXTRACTION_TIMEOUT", "The server is shutting down."));
    await Promise.all(slots.map((s) => this.retire(s)));
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry!, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: EXTRACT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, task: null, timer: null, ready: false };
    // Idle workers never keep the process alive; a running task's timer does.
    worker.unref();
    worker.on("message", (msg: ExtractReply) => {
      if (!("ok" in msg)) {
        slot.ready = true;
        if (slot.task && !slot.timer) this.startTimer(slot, slot.task);
        return;
      }
      const task = slot.task;
      if (!task || task.req.id !== msg.id) return;
      this.finish(slot);
      if (msg.ok) task.resolve(msg.doc);
      else task.reject(new ResumeFileError(msg.code, msg.message));
      this.pump();
    });
    const fail = (err?: Error) => {
      const task = slot.task;
      this.replace(slot);
      if (task) {
        const outOfMemory = (err as { code?: string } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
        task.reject(
          new ResumeFileError(
            "CORRUPT_FILE",
            outOfMemory ? "The file needs more memory to read than any resume does, so it was stopped." : "The file could not be read.",
          ),
        );
      }
      this.pump();
    };
    worker.on("error", fail);
    worker.on("exit", () => {
      if (this.slots.includes(slot)) fail();
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  private replace(slot: Slot): void {
    this.finish(slot);
    this.slots = this.slots.filter((s) => s !== slot);
    void this.retire(slot);
  }

  private async retire(slot: Slot): Promise<void> {
    this.finish(slot);
    slot.worker.removeAllListeners("exit");
    slot.worker.removeAllListeners("message");
    slot.worker.on("error", () => {});
    await slot.worker.terminate().catch(() => {});
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      if (slot.ready) this.startTimer(slot, task);
      slot.worker.postMessage(task.req);
    }
  }

  private startTimer(slot: Slot, task: Task): void {
    slot.timer = setTimeout(() => {
      // A file that takes this long is hostile or broken: stop the thread, start a fresh one.
      this.replace(slot);
      task.reject(new ResumeFileError("EXTRACTION_TIMEOUT"));
      this.pump();
    }, task.timeoutMs);
  }

  /** Starts the workers ahead of the first file, so it does not wait for pdf.js to load. */
  warm(): void {
    while (this.slots.length < this.size) this.spawn();
  }
}

let pool: ExtractPool | null = null;

function poolSize(): number {
  const configured = Number(process.env.RESUME_EXTRACT_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(1, Math.min(2, availableParallelism()));
}

function getPool(): ExtractPool {
  pool ??= new ExtractPool(poolSize());
  return pool;
}

/**
 * Extracts a resume off the main thread, in a small pool of warm worker threads, each with a
 * bounded heap and a time limit per file: a hostile or huge file costs one worker, never the
 * server. Size checks run first, here, so oversized files never cross to a worker.
 */
export async function extractDocument(bytes: Uint8Array, format: ResumeFormat, opts: { timeoutMs?: number } = {}): Promise<ExtractedDocument> {
  checkSize(bytes);
  const timeoutMs = opts.timeoutMs ?? EXTRACT_LIMITS.timeoutMs;
  const p = getPool();
  if (!p.available) return inProcessWithTimeout(bytes, format, timeoutMs);
  return p.run(bytes, format, timeoutMs);
}

/**
 * Without a worker file to start (neither the built one nor esbuild to compile the source), extraction
 * runs here: the caller still gets its answer or a timeout, but the work itself cannot be stopped.
 */
async function inProcessWithTimeout(bytes: Uint8Array, format: ResumeFormat, timeoutMs: number): Promise<ExtractedDocument> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ResumeFileError("EXTRACTION_TIMEOUT")), timeoutMs);
  });
  try {
    return await Promise.race([extractDocumentInProcess(bytes, format), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the pool's workers now (server start), so the first upload finds them warm. */
export function warmExtractPool(): void {
  const p = getPool();
  if (p.available) p.warm();
}

/** Stops the pool's workers (tests, shutdown). The next extraction starts new ones. */
export async function closeExtractPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
