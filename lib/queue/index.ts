/**
 * Background jobs. Define a job type with `defineJob` (a name, a zod schema for its payload, a
 * handler; list its module in job-modules.ts), queue it with `enqueue(job, payload, { owner })`
 * (the payload typed and checked by the schema), and read its state with `getJob({ actor, jobId })`,
 * which shows a job only to its owner (a user, or a company's members) and admins. State lives in the `jobs` table, so any
 * process can report it; the runner is chosen by environment: in-process workers polling the
 * table (default), or BullMQ when REDIS_URL is set, in the web process or in `npm run worker`
 * (QUEUE_WORKERS=off keeps a web process to enqueueing). `system.sleep-steps` is a real job
 * with no side effects, for health checks and tests.
 */
export { defineJob } from "./registry";
export { enqueue, getJob } from "./enqueue";
export { queueHealth, type QueueHealth } from "./health";
export { startWorkers, type RunningWorkers } from "./workers";
export { sleepStepsJob, SleepStepsPayload } from "./system-jobs";
export type { JobContext, JobDefinition, JobOwner, JobState, JobStatus } from "./types";
