/**
 * Background jobs. Define a job type with `defineJob` (and list its module in job-modules.ts),
 * queue it with `enqueue`, read its state with `getJob`. State lives in the `jobs` table, so any
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
export type { JobContext, JobDefinition, JobState, JobStatus } from "./types";
