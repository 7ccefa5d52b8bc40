import { z } from "zod";

/** Seed 004: "Batch загрузка: до 50 файлов за раз". */
export const MAX_BATCH_FILES = 50;

const UploadedFile = z.instanceof(File, { message: "must be a file" });
const Files = z.union([UploadedFile, z.array(UploadedFile)]).optional();

/**
 * The multipart form of POST /batch/upload. Seed 004 names the files `files[]`; clients also send
 * `files` or `file` (one or repeated), and all of them are taken, in that order. The limits on
 * the number of files are checked after the fields are merged (see `batchFiles`).
 */
export const BatchUploadForm = z.object({
  "files[]": Files,
  files: Files,
  file: Files,
  // A vacancy of the company's own (its id, or its code); the same vacancy for every file.
  vacancy_id: z.string().trim().max(100).optional().transform((v) => v || undefined),
  max_concurrent: z.coerce.number({ message: "max_concurrent must be a number" }).int("max_concurrent must be a whole number")
    .min(1, "max_concurrent must be between 1 and 10").max(10, "max_concurrent must be between 1 and 10").default(3),
});
export type BatchUploadForm = z.output<typeof BatchUploadForm>;

const Flag = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");

/**
 * `?wait=false` (or `async=true`) answers at once with status "processing"; by default the
 * upload waits for the batch, up to a bound, as seed 004's clients read the results from it.
 */
export const BatchUploadQuery = z.object({ wait: Flag.optional(), async: Flag.optional() });

export const BatchStatus = z.enum(["processing", "completed", "failed"]);

/** One file of a batch, as seed 004 shows it: a success with what parsing found, or an error with why. */
export const BatchFileResult = z.union([
  z.object({
    file_index: z.number().int().min(0),
    filename: z.string(),
    status: z.literal("success"),
    resume_id: z.uuid(),
    sections_found: z.number().int().min(0),
    skills_found: z.number().int().min(0),
  }),
  z.object({
    file_index: z.number().int().min(0),
    filename: z.string(),
    status: z.literal("error"),
    resume_id: z.uuid().optional(),
    error: z.string(),
  }),
  // Not yet done (a batch still processing): queued or being analysed.
  z.object({
    file_index: z.number().int().min(0),
    filename: z.string(),
    status: z.enum(["queued", "processing"]),
    resume_id: z.uuid().optional(),
  }),
]);

const BatchCounts = {
  batch_id: z.uuid(),
  status: BatchStatus,
  total_files: z.number().int().min(0),
  successful: z.number().int().min(0),
  failed: z.number().int().min(0),
  processing_time_seconds: z.number().min(0),
};

/** POST /batch/upload's answer (seed 004). `results` holds every file, finished or not. */
export const BatchUploadResponse = z.object({ ...BatchCounts, results: z.array(BatchFileResult) });

/** GET /batch/status/{batch_id} (seed 004). */
export const BatchStatusResponse = z.object({
  ...BatchCounts,
  vacancy_id: z.uuid().nullable(),
  max_concurrent: z.number().int().min(1).max(10),
  start_time: z.iso.datetime(),
  end_time: z.iso.datetime().nullable(),
  results: z.array(BatchFileResult),
});

export const BatchIdParams = z.object({ batch_id: z.string().max(100) });

/** GET /batch/statistics (seed 004): the company's batches. */
export const BatchStatisticsResponse = z.object({
  total_batches: z.number().int().min(0),
  // Finished with at least one file analysed.
  successful_batches: z.number().int().min(0),
  // Finished with every file failed.
  failed_batches: z.number().int().min(0),
  // Seconds, over finished batches; 0 when there are none.
  average_processing_time: z.number().min(0),
  // Files of finished batches, successful or not.
  total_files_processed: z.number().int().min(0),
  // Beyond the seed (additive): the company's latest batches, newest first, at most 10.
  recent_batches: z.array(
    z.object({
      batch_id: z.string(),
      status: z.enum(["processing", "completed", "failed"]),
      total_files: z.number().int().min(0),
      successful: z.number().int().min(0),
      failed: z.number().int().min(0),
      start_time: z.string(),
      end_time: z.string().nullable(),
      processing_time_seconds: z.number().min(0).nullable(),
    }),
  ),
});

/** Realtime (`/resume-batches`): a client asks to follow one batch of its company. */
export const BatchWatchPayload = z.object({ batch_id: z.uuid() });

/** Sent on every change of a batch's file, to the sockets watching that batch. */
export const BatchProgressEvent = z.object({
  batch_id: z.uuid(),
  file_index: z.number().int().min(0),
  filename: z.string(),
  status: z.enum(["queued", "processing", "success", "error"]),
  resume_id: z.uuid().optional(),
  error: z.string().optional(),
  successful: z.number().int().min(0),
  failed: z.number().int().min(0),
  total_files: z.number().int().min(0),
  // Every file of the batch has finished.
  done: z.boolean(),
});
export type BatchProgressEvent = z.output<typeof BatchProgressEvent>;
