import type { z } from "zod";
import type { BatchFileResult, BatchStatusResponse } from "./schemas";

type Result = z.input<typeof BatchFileResult>;

/** The columns of a batch and of its items that views read (Prisma's rows have them). */
export interface BatchRow {
  id: string;
  vacancyId: string | null;
  status: "processing" | "completed" | "failed";
  maxConcurrent: number;
  totalFiles: number;
  successful: number;
  failed: number;
  startedAt: Date;
  finishedAt: Date | null;
}
export interface BatchItemRow {
  fileIndex: number;
  filename: string;
  status: string;
  resumeId: string | null;
  sectionsFound: number | null;
  skillsFound: number | null;
  error: string | null;
}

/** One file of a batch as seed 004 shows it. */
export function batchItemView(item: BatchItemRow): Result {
  const base = { file_index: item.fileIndex, filename: item.filename };
  const resume = item.resumeId ? { resume_id: item.resumeId } : {};
  if (item.status === "success" && item.resumeId) {
    return { ...base, status: "success", resume_id: item.resumeId, sections_found: item.sectionsFound ?? 0, skills_found: item.skillsFound ?? 0 };
  }
  if (item.status === "error") return { ...base, ...resume, status: "error", error: item.error ?? "File processing failed" };
  return { ...base, ...resume, status: item.status === "processing" ? "processing" : "queued" };
}

const seconds = (ms: number) => Math.max(0, Math.round(ms / 10) / 100);

/** A batch with its files (GET /batch/status; the upload's answer is the same without the extra fields). */
export function batchStatusView(batch: BatchRow, items: BatchItemRow[], now = new Date()): z.input<typeof BatchStatusResponse> {
  return {
    batch_id: batch.id,
    status: batch.status,
    total_files: batch.totalFiles,
    successful: batch.successful,
    failed: batch.failed,
    processing_time_seconds: seconds((batch.finishedAt ?? now).getTime() - batch.startedAt.getTime()),
    vacancy_id: batch.vacancyId,
    max_concurrent: batch.maxConcurrent,
    start_time: batch.startedAt.toISOString(),
    end_time: batch.finishedAt?.toISOString() ?? null,
    results: [...items].sort((a, b) => a.fileIndex - b.fileIndex).map(batchItemView),
  };
}
