/**
 * Resume batches (seed 004 /batch): up to 50 files uploaded at once, each checked and analysed on
 * its own by lane jobs owned by the company (so a restart resumes them, and any worker process
 * may run them), with progress sent over Socket.IO `/resume-batches`.
 */
export { createBatch, batchFiles } from "./create";
export { getBatch, waitForBatch, batchStatistics } from "./read";
export { batchLaneJob } from "./lane-job";
export { batchProgressNamespace } from "./progress";
