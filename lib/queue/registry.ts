import type { JobDefinition } from "./types";

// On globalThis: the custom server and Next's bundled route handlers load this module separately
// in one process, and both must see every job a feature module defined.
const state = ((globalThis as unknown as { offerpathJobs?: Map<string, JobDefinition> }).offerpathJobs ??= new Map());

const NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/**
 * Registers a job type. Feature modules call it at import and enqueue their jobs by the returned
 * definition's name; they are listed in `lib/queue/job-modules.ts` so every worker process loads
 * all of them.
 */
export function defineJob<P, R>(def: {
  name: string;
  /** Jobs of this type one worker process runs at once. */
  concurrency?: number;
  /** Runs in total, the first included. */
  attempts?: number;
  /** Delay before the first retry; doubles on each retry after it. */
  backoffMs?: number;
  handler: JobDefinition<P, R>["handler"];
}): JobDefinition<P, R> {
  if (!NAME.test(def.name)) throw new Error(`invalid job name: ${def.name}`);
  const full: JobDefinition<P, R> = {
    name: def.name,
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
