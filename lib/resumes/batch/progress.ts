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
        const own = actor.companyId
          ? await db().resumeBatch.findFirst({ where: { id: data.batch_id, companyId: actor.companyId }, select: { id: true } })
          : null;
        // The same answer for another company's batch and for none: ids leak nothing.
        if (!own) throw errors.notFound("Batch", "BATCH_NOT_FOUND");
        // Joined before the snapshot is read: a file finishing in between is then in the
        // snapshot or in an event (perhaps both), never in neither.
        await socket.join(batchRoom(own.id));
        const batch = await db().resumeBatch.findUnique({ where: { id: own.id }, include: { items: { orderBy: { fileIndex: "asc" } } } });
        if (!batch) throw errors.notFound("Batch", "BATCH_NOT_FOUND");
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
