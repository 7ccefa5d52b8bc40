import type { z } from "zod";

export type JobStatus = "queued" | "running" | "completed" | "failed";

/**
 * Who may read a job's state (besides admins): the user or the company it runs for, or nobody
 * but admins ("system"). Required when enqueueing, so no job is readable by accident.
 */
export type JobOwner = { userId: string } | { companyId: string } | "system";

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  /** Progress stored when this run began: a run after a crash can skip the work already done. */
  previousProgress: number;
  /** Records progress (0-100) and renews the lease. */
  progress(percent: number): Promise<void>;
  /** Aborted when this worker lost the job (lease taken over) or is shutting down. */
  signal: AbortSignal;
}

// `any` by default: the registry holds definitions of every payload and result type, which a
// handler typed on `unknown` could not be assigned to.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface JobDefinition<S extends z.ZodType = any, R = any> {
  name: string;
  /** The payload's schema: `enqueue` takes its input type and checks it; the handler gets its output. */
  payload: S;
  concurrency: number;
  attempts: number;
  backoffMs: number;
  handler: (payload: z.output<S>, ctx: JobContext) => Promise<R>;
}

/** A job as the API reports it. */
export interface JobState {
  id: string;
  name: string;
  status: JobStatus;
  progress: number;
  attempts: number;
  max_attempts: number;
  result: unknown;
  error: string | null;
  run_at: string;
  created_at: string;
  updated_at: string;
}

/** A job a worker has claimed and now runs. */
export interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
  progress: number;
  /** This run's hold on the job (`locked_by`); every write of the run is conditional on it. */
  lock: string;
}
