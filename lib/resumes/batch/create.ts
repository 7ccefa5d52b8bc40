import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { enqueue } from "@/lib/queue";
import { batchLaneJob } from "./lane-job";
import { closeBatch } from "./items";
import { isUuid } from "./ids";
import { BatchFileError, storeBatchResume } from "./pipeline";
import { MAX_BATCH_FILES, type BatchUploadForm } from "./schemas";
import { displayFileName } from "../file-names";

type CompanyActor = Actor & { companyId: string };

const asList = (v: File | File[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The files of an upload form, from every name clients use for them; 422 for none or too many. */
export function batchFiles(form: BatchUploadForm): File[] {
  const files = [...asList(form["files[]"]), ...asList(form.files), ...asList(form.file)];
  if (files.length === 0) throw errors.validation("Send at least one file in files[]", { issues: [{ path: "files[]", message: "no files" }] });
  if (files.length > MAX_BATCH_FILES) {
    throw errors.validation(`A batch holds at most ${MAX_BATCH_FILES} files; this one has ${files.length}`, {
      issues: [{ path: "files[]", message: `at most ${MAX_BATCH_FILES} files` }],
      max_files: MAX_BATCH_FILES,
      received: files.length,
    });
  }
  return files;
}

/** The company's own vacancy named by id or by its code; 404 for any other. */
async function ownVacancy(companyId: string, ref: string | undefined): Promise<string | null> {
  if (!ref) return null;
  const vacancy = await db().vacancy.findFirst({
    where: { companyId, OR: [...(isUuid(ref) ? [{ id: ref }] : []), { code: ref }] },
    select: { id: true },
  });
  if (!vacancy) throw errors.notFound("Vacancy", "VACANCY_NOT_FOUND");
  return vacancy.id;
}

// As the pipeline keeps a client's file name (data only, never a path).
const displayName = (file: File, index: number) => displayFileName(file.name, `file-${index + 1}`);

/**
 * Starts a batch of the actor's company: checks each file on its own (a bad one becomes an item
 * with status error and its reason), stores the good ones as resumes of the batch, and queues the
 * lanes that analyse them. Returns the batch's id.
 */
export async function createBatch({ actor, form }: { actor: CompanyActor; form: BatchUploadForm }): Promise<string> {
  const files = batchFiles(form);
  const vacancyId = await ownVacancy(actor.companyId, form.vacancy_id);
  const batch = await db().resumeBatch.create({
    data: { companyId: actor.companyId, vacancyId, maxConcurrent: form.max_concurrent, totalFiles: files.length },
    select: { id: true },
  });
  try {
    const items: { fileIndex: number; filename: string; status: string; resumeId: string | null; error: string | null }[] = [];
    for (const [index, file] of files.entries()) {
      const filename = displayName(file, index);
      try {
        const stored = await storeBatchResume({ actor, file, batchId: batch.id, vacancyId });
        items.push({ fileIndex: index, filename: stored.originalFilename, status: "queued", resumeId: stored.id, error: null });
      } catch (err) {
        // A file the pipeline refuses (empty, over 10 MB, not a resume format) fails alone.
        if (!(err instanceof BatchFileError)) throw err;
        items.push({ fileIndex: index, filename, status: "error", resumeId: null, error: err.message });
      }
    }
    const failed = items.filter((i) => i.status === "error").length;
    await db().resumeBatchItem.createMany({ data: items.map((i) => ({ ...i, batchId: batch.id })) });
    await db().resumeBatch.update({ where: { id: batch.id }, data: { failed } });
    const good = items.length - failed;
    if (good === 0) await closeBatch(batch.id);
    const lanes = Math.min(form.max_concurrent, good);
    for (let lane = 0; lane < lanes; lane++) {
      await enqueue(batchLaneJob, { batch_id: batch.id, lane, lanes }, {
        owner: { companyId: actor.companyId },
        dedupeKey: `resumes.batch-lane:${batch.id}:${lane}`,
      });
    }
    return batch.id;
  } catch (err) {
    // Nothing half made stays behind: no batch that would never finish, no resumes outside one.
    logger.error({ err, batchId: batch.id }, "creating a batch failed");
    await db().resume.deleteMany({ where: { batchId: batch.id } }).catch(() => undefined);
    await db().resumeBatch.delete({ where: { id: batch.id } }).catch(() => undefined);
    throw err;
  }
}
