import { cached } from "@/lib/cache";
import { db, type Prisma } from "@/lib/db";
import { describeFit, extractRequirements, scoreResume } from "./score";
import { forget, keys, ownerCache, ownerTag, TTL, type ResumeOwnerIds } from "./resume-cache";
import { singleFlight } from "./single-flight";
import type { FitScore, ParsedResume, VacancyRequirements } from "./types";
import { requirementsFromColumns, vacancyById, type VacancyRecord } from "./vacancy-records";

/**
 * What a vacancy asks for: its own columns; when it lists no skills, what its title and
 * description name (the score stage's extractRequirements). Cached per version of the vacancy.
 */
export async function requirementsFor(vacancy: VacancyRecord): Promise<VacancyRequirements> {
  const store = ownerCache({ companyId: vacancy.companyId, candidateId: null });
  const { value } = await cached(keys.requirements(vacancy.id, vacancy.updatedAt), TTL.requirements, async () => {
    const own = requirementsFromColumns(vacancy);
    if (own.required_skills.length > 0 || own.nice_to_have_skills.length > 0) return own;
    const found = extractRequirements(`${vacancy.title}\n${vacancy.description}`, own.language);
    return {
      ...found,
      min_experience_years: own.min_experience_years ?? found.min_experience_years,
      education_level: own.education_level !== "none" ? own.education_level : found.education_level,
      language: own.language ?? found.language,
    };
  }, store);
  return value;
}

export interface ScorableResume extends ResumeOwnerIds {
  id: string;
  vacancyId: string | null;
  parsed: Prisma.JsonValue;
}

/**
 * The resume's fit to the vacancy, from the cache or computed (once for concurrent callers) and
 * recorded as a ResumeScore row; copied to the resume when it is the resume's own vacancy.
 */
export function scoreAgainst(resume: ScorableResume, vacancy: VacancyRecord): Promise<{ score: FitScore; cached: boolean }> {
  const store = ownerCache(resume);
  const key = keys.score(vacancy.id, resume.id);
  return singleFlight(`${ownerTag(resume)}:${key}`, async () => {
    const { value, cached: hit } = await cached(key, TTL.score, async () => {
      const parsed = resume.parsed as unknown as ParsedResume | null;
      if (!parsed) throw new Error(`resume ${resume.id} has not been analysed`);
      const score = scoreResume(parsed, await requirementsFor(vacancy));
      const row = {
        totalScore: score.total_score,
        confidenceScore: score.confidence_score,
        breakdown: score as unknown as Prisma.InputJsonValue,
        summary: describeFit(score, parsed.language),
        computedAt: new Date(),
      };
      await db().resumeScore.upsert({
        where: { resumeId_vacancyId: { resumeId: resume.id, vacancyId: vacancy.id } },
        create: { resumeId: resume.id, vacancyId: vacancy.id, ...row },
        update: row,
      });
      if (resume.vacancyId === vacancy.id) {
        await db().resume.updateMany({ where: { id: resume.id }, data: { totalScore: score.total_score, confidenceScore: score.confidence_score } });
        await forget(store, keys.statistics());
      }
      return score;
    }, store);
    return { score: value, cached: hit };
  });
}

/** Scores an analysed resume against its own vacancy, if it has one. */
export async function scoreAgainstOwnVacancy(resumeId: string): Promise<FitScore | null> {
  const resume = await db().resume.findUnique({
    where: { id: resumeId },
    select: { id: true, companyId: true, candidateId: true, vacancyId: true, parsed: true, status: true },
  });
  if (!resume?.vacancyId || resume.status !== "analyzed") return null;
  const vacancy = await vacancyById(resume.vacancyId);
  if (!vacancy || (resume.companyId && vacancy.companyId !== resume.companyId)) return null;
  return (await scoreAgainst(resume, vacancy)).score;
}

/** Drops a resume's cached scores (its rows go with its next analysis): its parse changed. */
export async function forgetResumeScores(resume: { id: string } & ResumeOwnerIds): Promise<void> {
  const rows = await db().resumeScore.findMany({ where: { resumeId: resume.id }, select: { vacancyId: true } });
  const own = await db().resume.findUnique({ where: { id: resume.id }, select: { vacancyId: true } });
  const vacancies = new Set([...rows.map((r) => r.vacancyId), ...(own?.vacancyId ? [own.vacancyId] : [])]);
  await forget(ownerCache(resume), ...[...vacancies].map((v) => keys.score(v, resume.id)));
}
