import { logger } from "@/lib/log";
import { retryDelayMs } from "./backoff";
import { jobDefinition } from "./registry";
import { completeJob, failJob, releaseJob, renewLease } from "./store";
import type { ClaimedJob } from "./types";

export interface RunOptions {
  leaseMs: number;
  /** Aborted when the worker stops: the job is handed back instead of failed. */
  stopping: AbortSignal;
  /** Called after a job went back to the queue, to run after `delayMs` (BullMQ publishes it). */
  onRequeued?: (job: ClaimedJob, delayMs: number, reason: "retry" | "release") => Promise<void>;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 2000);

/** Runs one claimed job to its end: completed, queued again for a retry, failed, or handed back. */
export async function runClaimedJob(job: ClaimedJob, opts: RunOptions): Promise<void> {
  const { leaseMs } = opts;
  const lock = job.lock;
  const def = jobDefinition(job.name);
  const log = logger.child({ jobId: job.id, job: job.name, attempt: job.attempts });
  if (!def) {
    await failJob(job.id, lock, `no handler is registered for job type ${job.name}`, null);
    return;
  }
  // A job whose workers kept dying gets no more runs than a failing one.
  if (job.attempts > job.max_attempts) {
    await failJob(job.id, lock, "the worker running this job stopped before it finished", null);
    return;
  }

  // Checked when enqueued; checked again in case the row predates a change of the schema.
  const payload = def.payload.safeParse(job.payload);
  if (!payload.success) {
    await failJob(job.id, lock, `payload does not match the job's schema: ${payload.error.message}`.slice(0, 2000), null);
    return;
  }

  const lost = new AbortController();
  const signal = AbortSignal.any([lost.signal, opts.stopping]);
  // Renewed at a third of the lease, so two missed beats still leave the job ours.
  const heartbeat = setInterval(() => {
    renewLease(job.id, lock, leaseMs)
      .then((held) => held || lost.abort(new Error("lease lost")))
      .catch((err) => log.warn({ err }, "lease renewal failed"));
  }, Math.max(250, Math.floor(leaseMs / 3)));

  try {
    const result = await def.handler(payload.data, {
      jobId: job.id,
      attempt: job.attempts,
      previousProgress: job.progress,
      signal,
      progress: async (percent) => {
        const value = Math.min(100, Math.max(0, Math.round(percent)));
        if (!(await renewLease(job.id, lock, leaseMs, value))) lost.abort(new Error("lease lost"));
      },
    });
    if (lost.signal.aborted) return;
    if (!(await completeJob(job.id, lock, result))) log.warn("job finished after its lease was taken over");
  } catch (err) {
    if (lost.signal.aborted) return;
    if (opts.stopping.aborted) {
      if (await releaseJob(job.id, lock)) await opts.onRequeued?.(job, 0, "release");
      return;
    }
    const retry = job.attempts < job.max_attempts;
    const delay = retryDelayMs(def.backoffMs, job.attempts);
    log.warn({ err, retry }, "job run failed");
    if ((await failJob(job.id, lock, errorText(err), retry ? delay : null)) && retry) await opts.onRequeued?.(job, delay, "retry");
  } finally {
    clearInterval(heartbeat);
  }
}
