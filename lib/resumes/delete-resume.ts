import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { fileStore } from "@/lib/storage";
import { forgetResumeScores } from "./fit-scores";
import { companyResume } from "./resume-access";
import { forget, keys, ownerCache } from "./resume-cache";

/** Deletes the company's resume with its blocks, skills and scores, and its stored file. */
export async function deleteResume({ actor, resumeId }: { actor: Actor; resumeId: string }): Promise<void> {
  const resume = await companyResume(actor, resumeId);
  await forgetResumeScores(resume);
  const file = await db().storedFile.findUnique({ where: { id: resume.fileId }, select: { id: true, storageKey: true } });
  await db().resume.deleteMany({ where: { id: resume.id, companyId: resume.companyId } });
  // The file is the resume's own unless something else still points at it (a sign-up resume is the user's too).
  if (file) {
    const [others, users] = await Promise.all([
      db().resume.count({ where: { fileId: file.id } }),
      db().user.count({ where: { resumeFileId: file.id } }),
    ]);
    if (others === 0 && users === 0) {
      await db().storedFile.deleteMany({ where: { id: file.id } });
      await fileStore().delete(file.storageKey).catch((err) => logger.warn({ err, key: file.storageKey }, "deleting a resume's stored file failed"));
    }
  }
  await forget(ownerCache(resume), keys.statistics(), keys.analysis(resume.id));
}
