import { db } from "@/lib/db";
import { emitBatchProgress } from "./progress";

/*
 * A batch's files change state here, each change one SQL statement: the item moves on only from
 * an unfinished state, and the batch's counters grow by what actually moved, so a file run again
 * after a crash is never counted twice. Every change is sent to the batch's watchers.
 */

export interface PendingItem {
  fileIndex: number;
  filename: string;
  resumeId: string;
}

interface Counts {
  successful: number;
  failed: number;
  total_files: number;
}

/** This lane's unfinished files of a batch (a lane takes the files whose index % lanes is its own). */
export async function pendingItems(batchId: string, lane: number, lanes: number): Promise<PendingItem[]> {
  return db().$queryRawUnsafe<PendingItem[]>(
    `SELECT "file_index" AS "fileIndex", "filename", "resume_id" AS "resumeId" FROM "resume_batch_items"
     WHERE "batch_id" = $1::uuid AND "status" IN ('queued', 'processing') AND "resume_id" IS NOT NULL
       AND "file_index" % $3::int = $2::int
     ORDER BY "file_index"`,
    batchId, lane, lanes,
  );
}

async function counts(batchId: string): Promise<Counts | null> {
  const rows = await db().$queryRawUnsafe<Counts[]>(
    `SELECT "successful", "failed", "total_files" FROM "resume_batches" WHERE "id" = $1::uuid`,
    batchId,
  );
  return rows[0] ?? null;
}

function emit(batchId: string, item: PendingItem, status: "processing" | "success" | "error", c: Counts, error?: string) {
  emitBatchProgress({
    batch_id: batchId,
    file_index: item.fileIndex,
    filename: item.filename,
    status,
    resume_id: item.resumeId,
    ...(error ? { error } : {}),
    successful: c.successful,
    failed: c.failed,
    total_files: c.total_files,
    done: c.successful + c.failed >= c.total_files,
  });
}

export async function markProcessing(batchId: string, item: PendingItem): Promise<void> {
  await db().$executeRawUnsafe(
    `UPDATE "resume_batch_items" SET "status" = 'processing', "updated_at" = now()
     WHERE "batch_id" = $1::uuid AND "file_index" = $2 AND "status" IN ('queued', 'processing')`,
    batchId, item.fileIndex,
  );
  const c = await counts(batchId);
  if (c) emit(batchId, item, "processing", c);
}

/** Records a file's outcome, counts it once, and closes the batch when it was the last one. */
export async function finishItem(
  batchId: string,
  item: PendingItem,
  outcome: { status: "success"; sectionsFound: number; skillsFound: number } | { status: "error"; error: string },
): Promise<void> {
  const ok = outcome.status === "success";
  const rows = await db().$queryRawUnsafe<Counts[]>(
    `WITH moved AS (
       UPDATE "resume_batch_items" SET "status" = $3, "sections_found" = $4, "skills_found" = $5, "error" = $6, "updated_at" = now()
       WHERE "batch_id" = $1::uuid AND "file_index" = $2 AND "status" IN ('queued', 'processing')
       RETURNING "status")
     UPDATE "resume_batches" SET
       "successful" = "successful" + (SELECT count(*) FROM moved WHERE "status" = 'success')::int,
       "failed" = "failed" + (SELECT count(*) FROM moved WHERE "status" = 'error')::int
     WHERE "id" = $1::uuid
     RETURNING "successful", "failed", "total_files"`,
    batchId, item.fileIndex, outcome.status,
    ok ? outcome.sectionsFound : null, ok ? outcome.skillsFound : null, ok ? null : outcome.error,
  );
  const c = rows[0];
  if (!c) return;
  if (c.successful + c.failed >= c.total_files) await closeBatch(batchId);
  emit(batchId, item, outcome.status, c, ok ? undefined : outcome.error);
}

/**
 * Ends a batch whose files have all finished: completed, or failed when not one file could be
 * analysed. Idempotent (only a batch still processing changes), so every lane may call it.
 */
export async function closeBatch(batchId: string): Promise<void> {
  await db().$executeRawUnsafe(
    `UPDATE "resume_batches"
     SET "status" = (CASE WHEN "successful" = 0 THEN 'failed' ELSE 'completed' END)::"ResumeBatchStatus", "finished_at" = now()
     WHERE "id" = $1::uuid AND "status" = 'processing' AND "successful" + "failed" >= "total_files"`,
    batchId,
  );
}
