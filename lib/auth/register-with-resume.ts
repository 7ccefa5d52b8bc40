import { db, type User } from "@/lib/db";
import { saveUpload } from "@/lib/storage";
import { registerAccount, type NewAccount } from "./accounts";

/** Seed 003's candidate sign-up: the account and its resume file land together or not at all. */
export async function registerCandidateWithResume(input: Omit<NewAccount, "role">, resume: File): Promise<User> {
  const user = await registerAccount({ ...input, role: "candidate" });
  try {
    const file = await saveUpload({ ownerId: user.id, file: resume, prefix: "resumes" });
    return await db().user.update({ where: { id: user.id }, data: { resumeFileId: file.id } });
  } catch (err) {
    await db().user.delete({ where: { id: user.id } });
    throw err;
  }
}
