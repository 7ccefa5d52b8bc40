import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { logger } from "@/lib/log";
import { failedRun, runBox, type BoxRun } from "./box";
import type { SandboxResult } from "./types";

/*
 * Starting a process costs its parent time in proportion to the parent's memory: fork() copies
 * the page tables, and Node's spawn() blocks until the child has exec'd. The web server holds
 * Next, the database client (PGlite's WASM heap by default) and caches: some 600 MB, so each box
 * took 22 ms of the server's one thread (measured with --cpu-prof under bench/sandbox.ts), a
 * third of a JavaScript run's CPU, and every other request waited meanwhile. So the compiled
 * server starts its boxes from a small process of its own, the launcher (launcher-process.ts,
 * about 50 MB: a box costs it 1 ms), which runs `runBox` and sends the result back over IPC.
 * From source (tsx, vitest) boxes start in-process, as they always did.
 */

const BUILT_LAUNCHER = "dist/box-launcher.mjs";

interface Pending {
  run: BoxRun;
  /** The launcher it was sent to: only that one's death ends it. */
  launcher: ChildProcess;
  resolve: (result: SandboxResult) => void;
}

class BoxLauncher {
  private child: ChildProcess | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(private readonly file: string) {}

  run(run: BoxRun, slot: number): Promise<SandboxResult> {
    const child = this.started();
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, { run, launcher: child, resolve });
      child.send({ id, run, slot }, (err) => {
        if (err) this.settle(id, failedRun(run, `the sandbox launcher did not take the run: ${err.message}`));
      });
    });
  }

  private settle(id: number, result: SandboxResult) {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    pending.resolve(result);
  }

  private started(): ChildProcess {
    if (this.child?.connected) return this.child;
    // The server's environment: the launcher reads the same configuration (boxes get none of it).
    const child = fork(this.file, [], { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [] });
    child.on("message", (message: { id: number; result: SandboxResult }) => this.settle(message.id, message.result));
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = undefined;
      // Its boxes died with it (bwrap's --die-with-parent): their runs end as errors. Runs sent
      // meanwhile to a launcher started after it (its channel closed before this event) go on.
      const lost = [...this.pending].filter(([, p]) => p.launcher === child);
      if (lost.length) logger.error({ code, signal, runs: lost.length }, "the sandbox launcher stopped with runs in progress");
      for (const [id, { run }] of lost) this.settle(id, failedRun(run, `the sandbox launcher stopped (${signal ?? `exit code ${code}`})`));
    });
    child.on("error", (err) => logger.error({ err }, "sandbox launcher error"));
    // It neither keeps this process alive nor outlives it: it exits when the channel closes.
    child.unref();
    child.channel?.unref();
    return (this.child = child);
  }
}

/**
 * How this process starts boxes: through the launcher when running compiled (the server, the
 * worker) and dist/box-launcher.mjs exists, else in-process.
 */
export function boxStarter(): (run: BoxRun, slot: number) => Promise<SandboxResult> {
  const fromSource = import.meta.url.startsWith("file:") && import.meta.url.endsWith(".ts");
  const file = path.join(process.cwd(), BUILT_LAUNCHER);
  if (fromSource || !existsSync(file)) return runBox;
  const launcher = new BoxLauncher(file);
  return (run, slot) => launcher.run(run, slot);
}
