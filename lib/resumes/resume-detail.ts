import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { scoreAgainst } from "./fit-scores";
import { readableBy, resumeIdOr404, resumeNotFound } from "./resume-access";
import type { FitScore } from "./types";
import { findCompanyVacancy } from "./vacancy-records";

/**
 * One resume with its blocks and skills, and its fit to a vacancy: the one asked for
 * (`vacancyId`, the company's; 404 for another's), else its own. A candidate reads only their own resume.
 */
export async function getResume({ actor, resumeId, vacancyId }: { actor: Actor; resumeId: string; vacancyId?: string | null }) {
  const resume = await db().resume.findFirst({
    where: { id: resumeIdOr404(resumeId), ...readableBy(actor) },
    include: {
      vacancy: { select: { title: true, code: true } },
      blocks: { orderBy: { position: "asc" } },
      skills: { orderBy: [{ confidenceScore: "desc" }, { skillName: "asc" }] },
    },
  });
  if (!resume) throw resumeNotFound();
  let fit: { vacancyId: string; vacancyTitle: string; score: FitScore } | null = null;
  const target = vacancyId?.trim() || resume.vacancyId;
  // A candidate's own resume has no vacancy of its own; its fits are read through applications.
  if (target && resume.companyId && resume.status === "analyzed" && resume.parsed) {
    const vacancy = await findCompanyVacancy(resume.companyId, { id: target });
    fit = { vacancyId: vacancy.id, vacancyTitle: vacancy.title, score: (await scoreAgainst(resume, vacancy)).score };
  }
  return { resume, fit };
}

export type ResumeDetail = Awaited<ReturnType<typeof getResume>>;
