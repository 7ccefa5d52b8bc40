import type { Actor } from "@/lib/auth";
import { ApiError } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { analyzeResume, uploadResume } from "@/lib/resumes";

/*
 * What a batch needs of the single-resume pipeline (lib/resumes): store one file as a Resume of
 * the company in the batch, and analyse one stored resume. The one seam between the two.
 */

/** Why a file of a batch was refused or could not be analysed: shown to the client as the file's error. */
export class BatchFileError extends Error {}

/**
 * Checks one file (size, type by content) and stores it as an uploaded Resume of the company in
 * the batch, without analysing it (the batch's lanes do). A file the pipeline refuses is a
 * BatchFileError with the pipeline's reason ("File too large (max 10MB)", "Unsupported file format").
 */
export async function storeBatchResume(input: {
  actor: Actor;
  file: File;
  batchId: string;
  vacancyId: string | null;
}): Promise<{ id: string; originalFilename: string }> {
  try {
    const resume = await uploadResume({ actor: input.actor, file: input.file, vacancyId: input.vacancyId, batchId: input.batchId, analyse: false });
    return { id: resume.id, originalFilename: resume.originalFilename };
  } catch (err) {
    if (err instanceof ApiError && err.status < 500) throw new BatchFileError(err.message);
    throw err;
  }
}

/** What analysing one resume found, as a batch reports it. */
export interface BatchAnalysis {
  sectionsFound: number;
  skillsFound: number;
}

/**
 * Analyses a stored resume (extract, parse, score) through the pipeline, which records the
 * outcome on the resume. A file that cannot be analysed is a BatchFileError with the reason.
 */
export async function analyseBatchResume(resumeId: string): Promise<BatchAnalysis> {
  let outcome;
  try {
    outcome = await analyzeResume(resumeId);
  } catch (err) {
    logger.warn({ err, resumeId }, "analysing a batch's resume failed");
    throw new BatchFileError("The resume could not be analysed");
  }
  if (!outcome) throw new BatchFileError("The resume was deleted before it was analysed");
  if (outcome.status === "error") throw new BatchFileError(outcome.message);
  return { sectionsFound: outcome.sectionsFound, skillsFound: outcome.skillsFound };
}
