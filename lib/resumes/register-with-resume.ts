import { registerAccount, type NewAccount } from "@/lib/auth";
import { db, type User } from "@/lib/db";
import { checkResume, storeResume } from "./upload";
import { createCandidateResume } from "./upload-resume";

/**
 * Seed 003's candidate sign-up: the account and its resume file land together or not at all. The
 * file becomes the candidate's own resume, analysed by the same pipeline as a company's upload.
 */
export async function registerCandidateWithResume(input: Omit<NewAccount, "role">, resume: File): Promise<User> {
  // The file is checked first: a refused resume (415) leaves no account behind.
  const checked = await checkResume(resume);
  const user = await registerAccount({ ...input, role: "candidate" });
  try {
    const file = await storeResume(user.id, checked);
    const updated = await db().user.update({ where: { id: user.id }, data: { resumeFileId: file.id } });
    await createCandidateResume({ candidateId: user.id, file, ext: checked.type.ext });
    return updated;
  } catch (err) {
    await db().user.delete({ where: { id: user.id } });
    throw err;
  }
}
