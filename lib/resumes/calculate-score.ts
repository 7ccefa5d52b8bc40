import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { analyzeResume } from "./analyze-resume";
import { scoreAgainst } from "./fit-scores";
import { unreadable } from "./process-resume";
import { companyResume, resumeNotFound } from "./resume-access";
import { findCompanyVacancy } from "./vacancy-records";

const noVacancy = () =>
  new ApiError("BAD_REQUEST", "This resume is not linked to a vacancy; pass vacancy_id (in the query or the JSON body) to score it against one", undefined, 400);

/**
 * Seed 004's calculate-score: the fit of the company's resume to a vacancy of the company (the
 * one given, else the resume's own), from the cache when it was computed before. A resume not yet
 * analysed is analysed first.
 */
export async function calculateScore({ actor, resumeId, vacancyId }: { actor: Actor; resumeId: string; vacancyId?: string | null }) {
  let resume = await companyResume(actor, resumeId);
  const target = vacancyId?.trim() || resume.vacancyId;
  if (!target) throw noVacancy();
  const vacancy = await findCompanyVacancy(resume.companyId!, { id: target });
  if (resume.status !== "analyzed" || !resume.parsed) {
    const outcome = await analyzeResume(resume.id);
    if (!outcome) throw resumeNotFound();
    if (outcome.status === "error") throw unreadable(outcome);
    const again = await db().resume.findUnique({ where: { id: resume.id } });
    if (!again) throw resumeNotFound();
    resume = again;
  }
  const { score, cached } = await scoreAgainst(resume, vacancy);
  return { resumeId: resume.id, vacancyId: vacancy.id, score, cached };
}
