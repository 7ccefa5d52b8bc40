import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import { isUuid } from "./ids";
import { batchStatusView } from "./views";

type CompanyActor = Actor & { companyId: string };

/** A batch of the actor's company with its files; 404 for any other (or no such) batch. */
export async function getBatch({ actor, batchId }: { actor: CompanyActor; batchId: string }) {
  const batch = isUuid(batchId)
    ? await db().resumeBatch.findFirst({
        where: { id: batchId, companyId: actor.companyId },
        include: { items: { orderBy: { fileIndex: "asc" } } },
      })
    : null;
  if (!batch) throw errors.notFound("Batch", "BATCH_NOT_FOUND");
  return batchStatusView(batch, batch.items);
}

/** Waits until the batch has finished or `seconds` have passed (its state is in the database, whoever runs it). */
export async function waitForBatch(batchId: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  let pause = 50;
  while (Date.now() < deadline) {
    const batch = await db().resumeBatch.findUnique({ where: { id: batchId }, select: { status: true } });
    if (!batch || batch.status !== "processing") return;
    await new Promise((r) => setTimeout(r, Math.min(pause, Math.max(0, deadline - Date.now()))));
    pause = Math.min(250, pause * 2);
  }
}

interface StatisticsRow {
  total_batches: number;
  successful_batches: number;
  failed_batches: number;
  average_processing_time: number;
  total_files_processed: number;
}

/** How many recent batches the statistics list (beyond the seed: the history the page charts). */
const RECENT_BATCHES = 10;

/**
 * Seed 004's batch statistics for the actor's company, in one query: batches in all, completed
 * ones (at least one file analysed), failed ones (every file failed), the average time of the
 * finished ones in seconds, and the files finished (analysed or failed) in all its batches.
 */
export async function batchStatistics({ actor }: { actor: CompanyActor }) {
  const [totals, recent] = await Promise.all([
    batchTotals(actor),
    db().resumeBatch.findMany({
      where: { companyId: actor.companyId },
      orderBy: { startedAt: "desc" },
      take: RECENT_BATCHES,
      select: { id: true, status: true, totalFiles: true, successful: true, failed: true, startedAt: true, finishedAt: true },
    }),
  ]);
  return {
    ...totals,
    recent_batches: recent.map((b) => ({
      batch_id: b.id,
      status: b.status,
      total_files: b.totalFiles,
      successful: b.successful,
      failed: b.failed,
      start_time: b.startedAt.toISOString(),
      end_time: b.finishedAt?.toISOString() ?? null,
      processing_time_seconds: b.finishedAt ? Math.round((b.finishedAt.getTime() - b.startedAt.getTime()) / 10) / 100 : null,
    })),
  };
}

async function batchTotals(actor: CompanyActor): Promise<StatisticsRow> {
  const rows = await db().$queryRawUnsafe<StatisticsRow[]>(
    `SELECT count(*)::int AS "total_batches",
       (count(*) FILTER (WHERE "status" = 'completed'))::int AS "successful_batches",
       (count(*) FILTER (WHERE "status" = 'failed'))::int AS "failed_batches",
       COALESCE(round(avg(EXTRACT(EPOCH FROM ("finished_at" - "started_at"))) FILTER (WHERE "finished_at" IS NOT NULL), 2), 0)::float8 AS "average_processing_time",
       COALESCE(sum("successful" + "failed"), 0)::int AS "total_files_processed"
     FROM "resume_batches" WHERE "company_id" = $1::uuid`,
    actor.companyId,
  );
  return rows[0];
}
