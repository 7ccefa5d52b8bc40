import { z } from "zod";
import { config } from "@/lib/config";
import { logger } from "@/lib/log";
import { defineJob } from "@/lib/queue";
import { closeBatch, finishItem, markProcessing, pendingItems } from "./items";
import { analyseBatchResume } from "./pipeline";

export const BatchLanePayload = z.object({
  batch_id: z.uuid(),
  lane: z.number().int().min(0).max(9),
  lanes: z.number().int().min(1).max(10),
});

/** What a file's failure says to the client: the reason, never a stack, and not a novel. */
const reason = (err: unknown) => ((err instanceof Error ? err.message : String(err)) || "File processing failed").slice(0, 500);

/**
 * One lane of a batch: a batch of max_concurrent N runs N lane jobs, lane k analysing the files
 * whose index % N is k, one after another. So at most N files of the batch are analysed at once
 * wherever the lanes run (any worker process, with BullMQ), and a lane run again after a crash
 * picks up exactly its unfinished files: the ones it was analysing and the ones it had not reached.
 */
export const batchLaneJob = defineJob({
  name: "resumes.batch-lane",
  payload: BatchLanePayload,
  concurrency: config.batch.jobConcurrency,
  attempts: 5,
  backoffMs: 500,
  handler: async ({ batch_id, lane, lanes }, ctx) => {
    const items = await pendingItems(batch_id, lane, lanes);
    let done = 0;
    for (const item of items) {
      // Stopping (a shutdown, a lost lease): hand the lane back; its next run resumes here.
      if (ctx.signal.aborted) throw ctx.signal.reason;
      await markProcessing(batch_id, item);
      let outcome: Parameters<typeof finishItem>[2];
      try {
        const found = await analyseBatchResume(item.resumeId);
        outcome = { status: "success", ...found };
      } catch (err) {
        if (ctx.signal.aborted) throw ctx.signal.reason;
        logger.info({ err, batchId: batch_id, fileIndex: item.fileIndex }, "batch file failed");
        outcome = { status: "error", error: reason(err) };
      }
      await finishItem(batch_id, item, outcome);
      done += 1;
      await ctx.progress((done / items.length) * 100);
    }
    // A lane with nothing left still closes the batch: the last file may have finished in a run
    // that died before closing it.
    await closeBatch(batch_id);
    return { batch_id, lane, files: items.length };
  },
});
