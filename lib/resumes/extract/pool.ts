import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
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
}

/** How to start a worker in this context, or null when none can start (then work runs in process). */
interface WorkerEntry {
  /** A file to run, or (eval) a small script that registers tsx and imports the TypeScript worker. */
  code: string;
  eval: boolean;
}

const BUILT_WORKER = "dist/resume-extract-worker.mjs";

/**
 * The worker's code: bundled (Next's server build, dist/server.mjs) from the file
 * scripts/build-server.mjs writes; from source (this file is .ts: tsx, vitest) through tsx's
 * loader, registered inside the worker first (`--import tsx` in a worker's execArgv comes too
 * late for the worker's own entry file on Node 20).
 */
function workerEntry(): WorkerEntry | null {
  const here = import.meta.url;
  const root = process.cwd();
  const built = path.join(root, BUILT_WORKER);
  const fromSource = here.startsWith("file:") && here.endsWith(".ts");
  if (!fromSource && existsSync(built)) return { code: built, eval: false };
  const source = fromSource ? new URL("./worker.ts", here) : pathToFileURL(path.join(root, "lib/resumes/extract/worker.ts"));
  try {
    if (!existsSync(fileURLToPath(source))) throw new Error("no worker source");
    const api = createRequire(path.join(root, "package.json")).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs");
    const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); });`;
    return { code, eval: true };
  } catch {
    return existsSync(built) ? { code: built, eval: false } : null;
  }
}

class ExtractPool {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 1;
  private readonly entry: WorkerEntry | null;

  constructor(private readonly size: number) {
    this.entry = workerEntry();
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
    const entry = this.entry!;
    const worker = new Worker(entry.code, {
      eval: entry.eval,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: EXTRACT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, task: null, timer: null };
    // Idle workers never keep the process alive; a running task's timer does.
    worker.unref();
    worker.on("message", (msg: ExtractReply) => {
      if (!("ok" in msg)) return;
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
      const current = slot;
      current.timer = setTimeout(() => {
        // A file that takes this long is hostile or broken: stop the thread, start a fresh one.
        this.replace(current);
        task.reject(new ResumeFileError("EXTRACTION_TIMEOUT"));
        this.pump();
      }, task.timeoutMs);
      current.worker.postMessage(task.req);
    }
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
 * Without a worker file to start (neither the built one nor tsx to run the source), extraction
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
