import type { z } from "zod";
import type { JobDefinition } from "./types";

// On globalThis: the custom server and Next's bundled route handlers load this module separately
// in one process, and both must see every job a feature module defined.
const state = ((globalThis as unknown as { offerpathJobs?: Map<string, JobDefinition> }).offerpathJobs ??= new Map());

const NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/**
 * Registers a job type. Feature modules call it at import and enqueue jobs with the returned
 * definition (`enqueue(myJob, payload, { owner })`); they are listed in `lib/queue/job-modules.ts`
 * so every worker process loads all of them. Payload schemas should be plain data (no
 * transforms): the payload is checked when enqueued and again when run.
 */
export function defineJob<S extends z.ZodType, R>(def: {
  name: string;
  payload: S;
  /** Jobs of this type one worker process runs at once. */
  concurrency?: number;
  /** Runs in total, the first included. */
  attempts?: number;
  /** Delay before the first retry; doubles on each retry after it. */
  backoffMs?: number;
  handler: JobDefinition<S, R>["handler"];
}): JobDefinition<S, R> {
  if (!NAME.test(def.name)) throw new Error(`invalid job name: ${def.name}`);
  const full: JobDefinition<S, R> = {
    name: def.name,
    payload: def.payload,
    concurrency: Math.max(1, def.concurrency ?? 1),
    attempts: Math.max(1, def.attempts ?? 3),
    backoffMs: Math.max(0, def.backoffMs ?? 1000),
    handler: def.handler,
  };
  state.set(def.name, full as JobDefinition);
  return full;
}

export function jobDefinition(name: string): JobDefinition | undefined {
  return state.get(name);
}

export function jobDefinitions(): JobDefinition[] {
  return [...state.values()];
}
