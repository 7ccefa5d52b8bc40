import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { scoreAgainst } from "./fit-scores";
import { ownedByCompany } from "./resume-access";
import type { FitScore } from "./types";
import { findCompanyVacancy } from "./vacancy-records";

/**
 * The company's analysed resumes ranked by fit to one of its vacancies: resumes never scored
 * against it are scored first (recorded and cached), then the best `limit` are read in order.
 */
export async function rankResumesForVacancy({ actor, vacancyId, limit }: { actor: Actor; vacancyId: string; limit: number }) {
  const { companyId } = ownedByCompany(actor);
  const vacancy = await findCompanyVacancy(companyId, { id: vacancyId });
  const unscored = await db().resume.findMany({
    where: { companyId, status: "analyzed", scores: { none: { vacancyId: vacancy.id } } },
    select: { id: true, companyId: true, candidateId: true, vacancyId: true, parsed: true },
  });
  for (const resume of unscored) await scoreAgainst(resume, vacancy);
  const rows = await db().resumeScore.findMany({
    where: { vacancyId: vacancy.id, resume: { companyId, status: "analyzed" } },
    orderBy: [{ totalScore: "desc" }, { confidenceScore: "desc" }, { resumeId: "asc" }],
    take: limit,
    select: {
      resumeId: true, totalScore: true, confidenceScore: true, breakdown: true,
      resume: { select: { candidateName: true, originalFilename: true } },
    },
  });
  return {
    vacancyId: vacancy.id,
    rows: rows.map((r) => ({ ...r, breakdown: r.breakdown as unknown as FitScore })),
  };
}
