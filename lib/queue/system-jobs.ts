import { z } from "zod";
import { defineJob } from "./registry";

export const SleepStepsPayload = z.object({
  steps: z.number().int().min(1).max(100).default(5),
  step_ms: z.number().int().min(10).max(10_000).default(200),
  /** Runs that fail on purpose before one succeeds: exercises retries. */
  fail_times: z.number().int().min(0).max(5).default(0),
});
export type SleepStepsPayload = z.input<typeof SleepStepsPayload>;

export interface SleepStepsResult {
  steps: number;
  /** Step a run after a crash started from (0 when the first run finished). */
  resumed_from_step: number;
  attempt: number;
  finished_at: string;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/**
 * A real job with no side effects, for health checks and tests (the admin self-test endpoint
 * enqueues it): sleeps in steps, reports progress after each, and resumes after a crash from the
 * step its stored progress shows.
 */
export const sleepStepsJob = defineJob({
  name: "system.sleep-steps",
  payload: SleepStepsPayload,
  concurrency: 2,
  attempts: 3,
  backoffMs: 200,
  handler: async (payload, ctx): Promise<SleepStepsResult> => {
    if (ctx.attempt <= payload.fail_times) throw new Error(`planned failure on attempt ${ctx.attempt}`);
    const start = Math.floor((ctx.previousProgress / 100) * payload.steps);
    for (let step = start; step < payload.steps; step += 1) {
      await sleep(payload.step_ms, ctx.signal);
      await ctx.progress(((step + 1) / payload.steps) * 100);
    }
    return { steps: payload.steps, resumed_from_step: start, attempt: ctx.attempt, finished_at: new Date().toISOString() };
  },
});
