import { registerAccount, type NewAccount } from "@/lib/auth";
import { db, type User } from "@/lib/db";
import { checkResume, storeResume } from "./upload";

/** Seed 003's candidate sign-up: the account and its resume file land together or not at all. */
export async function registerCandidateWithResume(input: Omit<NewAccount, "role">, resume: File): Promise<User> {
  // The file is checked first: a refused resume (415) leaves no account behind.
  const checked = await checkResume(resume);
  const user = await registerAccount({ ...input, role: "candidate" });
  try {
    const file = await storeResume(user.id, checked);
    return await db().user.update({ where: { id: user.id }, data: { resumeFileId: file.id } });
  } catch (err) {
    await db().user.delete({ where: { id: user.id } });
    throw err;
  }
}
