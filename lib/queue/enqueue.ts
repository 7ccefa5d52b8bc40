import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import { config } from "@/lib/config";
import { logger } from "@/lib/log";
import { publish } from "./bullmq";
import { wakeLocalWorkers } from "./in-process";
import { jobDefinition } from "./registry";
import { findJob, insertJob } from "./store";
import type { JobDefinition, JobOwner, JobState } from "./types";

/**
 * Queues a job and returns its id. The payload is checked against the job's schema (its type at
 * compile time, its value here: a ZodError is the caller's bug). The row is written first, so the
 * job exists (and is reported) whatever happens to its delivery; with a dedupe key, the job already
 * queued with that key is returned instead of a new one (so make the key include the owner).
 */
export async function enqueue<S extends z.ZodType>(
  def: JobDefinition<S>,
  payload: z.input<S>,
  opts: { owner: JobOwner; delayMs?: number; dedupeKey?: string },
): Promise<string> {
  // By name, not identity: Next's route bundles and the custom server each load their own copy
  // of a job module, and the registry (on globalThis) keeps the last one defined.
  if (!jobDefinition(def.name)) throw new Error(`unknown job type: ${def.name}`);
  const parsed = def.payload.parse(payload);
  const delayMs = Math.max(0, opts.delayMs ?? 0);
  const owner = opts.owner;
  const { id, created } = await insertJob({
    name: def.name,
    payload: parsed,
    maxAttempts: def.attempts,
    delayMs,
    dedupeKey: opts.dedupeKey,
    ownerUserId: owner !== "system" && "userId" in owner ? owner.userId : undefined,
    ownerCompanyId: owner !== "system" && "companyId" in owner ? owner.companyId : undefined,
  });
  if (!created) return id;
  if (config.redisUrl) {
    // A failed publish is not the caller's failure: the workers' sweep publishes the row again.
    await publish(def.name, id, delayMs, "e").catch((err) => logger.warn({ err, jobId: id }, "publishing a job failed"));
  } else if (delayMs === 0) {
    wakeLocalWorkers();
  }
  return id;
}

/**
 * A job's state, for its owner (the user, or a member of the company, it runs for) or an admin;
 * null when there is no such job or the actor may not see it (the same answer, so ids leak nothing).
 */
export async function getJob({ actor, jobId }: { actor: Actor; jobId: string }): Promise<JobState | null> {
  if (actor.role === "admin") return findJob(jobId);
  return findJob(jobId, { userId: actor.id, companyId: actor.companyId ?? undefined });
}
