import { config } from "@/lib/config";
import { logger } from "@/lib/log";
import { publish } from "./bullmq";
import { wakeLocalWorkers } from "./in-process";
import { jobDefinition } from "./registry";
import { findJob, insertJob } from "./store";
import type { JobState } from "./types";

/**
 * Queues a job and returns its id. The row is written first, so the job exists (and is
 * reported) whatever happens to its delivery; with a dedupe key, the job already queued with
 * that key is returned instead of a new one.
 */
export async function enqueue(
  name: string,
  payload: unknown,
  opts: { delayMs?: number; dedupeKey?: string } = {},
): Promise<string> {
  const def = jobDefinition(name);
  if (!def) throw new Error(`unknown job type: ${name}`);
  const delayMs = Math.max(0, opts.delayMs ?? 0);
  const { id, created } = await insertJob({ name, payload, maxAttempts: def.attempts, delayMs, dedupeKey: opts.dedupeKey });
  if (!created) return id;
  if (config.redisUrl) {
    // A failed publish is not the caller's failure: the workers' sweep publishes the row again.
    await publish(name, id, delayMs, "e").catch((err) => logger.warn({ err, jobId: id }, "publishing a job failed"));
  } else if (delayMs === 0) {
    wakeLocalWorkers();
  }
  return id;
}

export async function getJob(jobId: string): Promise<JobState | null> {
  return findJob(jobId);
}
