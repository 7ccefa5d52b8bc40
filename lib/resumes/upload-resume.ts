import type { Actor } from "@/lib/auth";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { enqueue } from "@/lib/queue";
import { fileStore } from "@/lib/storage";
import { displayFileName, generatedResumeName } from "./file-names";
import { analyzeResumeJob } from "./jobs";
import { ownedByCompany } from "./resume-access";
import { forget, keys, ownerCache } from "./resume-cache";
import { checkResume, storeResume } from "./upload";
import { findCompanyVacancy } from "./vacancy-records";

/** Seed 004's words for a file over the limit. */
export const fileTooLarge = () =>
  new ApiError("PAYLOAD_TOO_LARGE", "File too large (max 10MB)", { limit_bytes: config.maxUploadBytes }, 413);

const emptyFile = () => new ApiError("EMPTY_FILE", "The file is empty", undefined, 422);

/** Checks a file for the resume pipeline: size, then its type by content (seed 004's 413 and 415 texts). */
async function checkUpload(file: File) {
  if (file.size > config.maxUploadBytes) throw fileTooLarge();
  if (file.size === 0) throw emptyFile();
  try {
    return await checkResume(file);
  } catch (err) {
    if (err instanceof ApiError && err.status === 415) throw new ApiError("UNSUPPORTED_MEDIA_TYPE", "Unsupported file format", err.details, 415);
    throw err;
  }
}

export interface UploadedResume {
  id: string;
  filename: string;
  originalFilename: string;
  fileType: string;
  fileSize: number;
  status: "uploaded" | "processing" | "analyzed" | "error";
  uploadedAt: Date;
  vacancyId: string | null;
  jobId: string | null;
}

/**
 * Seed 004's upload: a company's resume, checked by content, stored under a generated key, and
 * analysed in the background by a job owned by the company. `vacancyId`/`vacancyCode` name one
 * of the company's vacancies (404 otherwise). `analyse: false` leaves the analysis to the caller
 * (the batch module runs it in its own job).
 */
export async function uploadResume(input: {
  actor: Actor;
  file: File;
  vacancyId?: string | null;
  vacancyCode?: string | null;
  batchId?: string | null;
  analyse?: boolean;
}): Promise<UploadedResume> {
  const { companyId } = ownedByCompany(input.actor);
  const vacancy = input.vacancyId || input.vacancyCode ? await findCompanyVacancy(companyId, { id: input.vacancyId, code: input.vacancyCode }) : null;
  const checked = await checkUpload(input.file);
  const ext = checked.type.ext;
  const originalFilename = displayFileName(input.file.name, `resume.${ext}`);
  const stored = await storeResume(input.actor.id, { ...checked, filename: originalFilename });
  let resume;
  try {
    resume = await db().resume.create({
      data: {
        companyId,
        fileId: stored.id,
        filename: generatedResumeName(ext),
        originalFilename,
        fileType: ext,
        fileSize: checked.bytes.byteLength,
        vacancyId: vacancy?.id ?? null,
        batchId: input.batchId ?? null,
      },
    });
  } catch (err) {
    await db().storedFile.delete({ where: { id: stored.id } }).catch(() => undefined);
    await fileStore().delete(stored.storageKey).catch(() => undefined);
    throw err;
  }
  await forget(ownerCache(resume), keys.statistics());
  const jobId = input.analyse === false ? null : await enqueue(analyzeResumeJob, { resume_id: resume.id }, { owner: { companyId } });
  return { ...resume, jobId };
}

/** A candidate's own resume (seed 003 sign-up), from a file already checked and stored: analysed by the same job. */
export async function createCandidateResume(input: { candidateId: string; file: { id: string; filename: string; size: number }; ext: string }) {
  const resume = await db().resume.create({
    data: {
      candidateId: input.candidateId,
      fileId: input.file.id,
      filename: generatedResumeName(input.ext),
      originalFilename: displayFileName(input.file.filename, `resume.${input.ext}`),
      fileType: input.ext,
      fileSize: input.file.size,
    },
  });
  await enqueue(analyzeResumeJob, { resume_id: resume.id }, { owner: { userId: input.candidateId } });
  return resume;
}
