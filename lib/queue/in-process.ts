import { logger } from "@/lib/log";
import { jobDefinitions } from "./registry";
import { runClaimedJob } from "./run-job";
import { claimNext } from "./store";
import type { JobDefinition } from "./types";
import type { RunningWorkers } from "./workers";
import { newWorkerId } from "./worker-id";

const wakers = ((globalThis as unknown as { offerpathJobWakers?: Set<() => void> }).offerpathJobWakers ??= new Set());

/** Tells this process's polling workers a job was just enqueued, so they need not wait a poll. */
export function wakeLocalWorkers(): void {
  for (const wake of wakers) wake();
}

/**
 * Workers that poll the jobs table: the default, and what `npm run worker` runs on PostgreSQL
 * without Redis. Each job type gets its own loop with its own concurrency.
 */
export function startPollingWorkers(opts: { leaseMs: number; pollMs: number }): RunningWorkers {
  const workerId = newWorkerId();
  const stop = new AbortController();
  let draining = false;
  const running = new Set<Promise<void>>();
  const wakeups = new Set<() => void>();
  const wakeAll = () => wakeups.forEach((w) => w());
  wakers.add(wakeAll);

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakeups.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakeups.add(done);
    });

  async function loop(def: JobDefinition) {
    let active = 0;
    // Ids this loop runs now: a run whose lease lapsed while the event loop was blocked must not
    // be claimed again by its own worker while it still runs.
    const mine = new Set<string>();
    while (!draining) {
      if (active >= def.concurrency) {
        await sleep(opts.pollMs);
        continue;
      }
      let job;
      try {
        job = await claimNext(def.name, workerId, opts.leaseMs, [...mine]);
      } catch (err) {
        if (draining) break;
        logger.error({ err, job: def.name }, "claiming a job failed");
        await sleep(opts.pollMs * 5);
        continue;
      }
      if (!job) {
        await sleep(opts.pollMs);
        continue;
      }
      active += 1;
      mine.add(job.id);
      const run = runClaimedJob(job, { leaseMs: opts.leaseMs, stopping: stop.signal })
        .catch((err) => logger.error({ err, jobId: job.id }, "job runner failed"))
        .finally(() => {
          active -= 1;
          mine.delete(job.id);
          running.delete(run);
          wakeAll();
        });
      running.add(run);
    }
  }

  const loops = jobDefinitions().map((def) => loop(def));
  logger.info({ workerId, jobs: jobDefinitions().map((d) => d.name) }, "in-process job workers started");

  return {
    backend: "in-process",
    workerId,
    async stop(graceMs = 5000) {
      // Claim nothing more; finish what runs if it is quick, else abort it and hand the job back.
      draining = true;
      wakeAll();
      const loopsDone = Promise.all(loops);
      const quiet = new Promise<void>((resolve) => {
        const check = () => (running.size === 0 ? resolve() : setTimeout(check, 50));
        check();
      });
      await Promise.race([quiet, new Promise((r) => setTimeout(r, graceMs))]);
      stop.abort(new Error("worker stopping"));
      wakeAll();
      wakers.delete(wakeAll);
      await Promise.all([loopsDone, ...running]);
    },
  };
}
