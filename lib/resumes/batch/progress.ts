import { db } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import { defineNamespace } from "@/lib/realtime";
import { BatchProgressEvent, BatchWatchPayload } from "./schemas";
import { batchStatusView } from "./views";

const batchRoom = (batchId: string) => `batch:${batchId}`;

/**
 * `/resume-batches`: a company's members follow a batch's files as they finish. A client emits
 * `batch:watch {batch_id}` (acknowledged with the batch's current status, or an error for a
 * batch that is not its company's) and then receives `batch:progress` on every change of a file,
 * from whichever process runs the batch's jobs.
 */
export const batchProgressNamespace = defineNamespace({
  name: "/resume-batches",
  roles: ["company"],
  events: {
    "batch:watch": {
      schema: BatchWatchPayload,
      handler: async ({ actor, socket, data, ack }) => {
        const batch = actor.companyId
          ? await db().resumeBatch.findFirst({
              where: { id: data.batch_id, companyId: actor.companyId },
              include: { items: { orderBy: { fileIndex: "asc" } } },
            })
          : null;
        // The same answer for another company's batch and for none: ids leak nothing.
        if (!batch) throw errors.notFound("Batch", "BATCH_NOT_FOUND");
        await socket.join(batchRoom(batch.id));
        ack({ ok: true, batch: batchStatusView(batch, batch.items) });
      },
    },
    "batch:unwatch": {
      schema: BatchWatchPayload,
      handler: async ({ socket, data, ack }) => {
        await socket.leave(batchRoom(data.batch_id));
        ack({ ok: true });
      },
    },
  },
  emits: { "batch:progress": BatchProgressEvent },
  rateLimit: { events: 20, windowMs: 1000 },
});

/** Tells the sockets watching a batch that one of its files changed. */
export function emitBatchProgress(event: BatchProgressEvent): void {
  batchProgressNamespace.to(batchRoom(event.batch_id)).emit("batch:progress", event);
}
