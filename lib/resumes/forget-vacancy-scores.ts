import { db } from "@/lib/db";
import { enqueue } from "@/lib/queue";
import { rescoreVacancyJob } from "./jobs";
import { forget, keys, ownerCache } from "./resume-cache";
import { vacancyById } from "./vacancy-records";

/**
 * A vacancy's requirements changed: its cached requirements and scores and its ResumeScore rows
 * go, and the resumes uploaded for it are scored again in the background (a job owned by its
 * company). lib/vacancies calls it after an update.
 */
export async function forgetVacancyScores(vacancyId: string): Promise<void> {
  const vacancy = await vacancyById(vacancyId);
  if (!vacancy) return;
  const company = ownerCache({ companyId: vacancy.companyId, candidateId: null });
  // Candidates' own resumes scored against it (through applications) keep their entries in the candidate's view.
  const candidateRows = await db().resumeScore.findMany({
    where: { vacancyId, resume: { companyId: null } },
    select: { resumeId: true, resume: { select: { candidateId: true } } },
  });
  await Promise.all([
    company.clear(keys.vacancyScores(vacancyId)).catch(() => 0),
    company.clear(keys.vacancyRequirements(vacancyId)).catch(() => 0),
    ...candidateRows.map((r) => forget(ownerCache({ companyId: null, candidateId: r.resume.candidateId }), keys.score(vacancyId, r.resumeId))),
  ]);
  await db().resumeScore.deleteMany({ where: { vacancyId } });
  await db().resume.updateMany({ where: { vacancyId }, data: { totalScore: null, confidenceScore: null } });
  await forget(company, keys.statistics());
  await enqueue(rescoreVacancyJob, { vacancy_id: vacancyId }, { owner: { companyId: vacancy.companyId } });
}
