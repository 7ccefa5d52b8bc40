import { cached } from "@/lib/cache";
import { db, type Prisma } from "@/lib/db";
import { describeFit, extractRequirements, scoreResume } from "./score";
import { forget, keys, ownerCache, ownerTag, TTL, type ResumeOwnerIds } from "./resume-cache";
import { singleFlight } from "./single-flight";
import type { FitScore, ParsedResume, ResumeLanguage, VacancyRequirements } from "./types";
import { requirementsFromColumns, type VacancyRecord } from "./vacancy-records";

/**
 * What a vacancy asks for: its own columns; when it lists no skills, what its title and
 * description name (the score stage's extractRequirements). Cached per version of the vacancy.
 */
export async function requirementsFor(vacancy: VacancyRecord): Promise<VacancyRequirements> {
  const store = ownerCache({ companyId: vacancy.companyId, candidateId: null });
  const { value } = await cached(keys.requirements(vacancy.id, vacancy.updatedAt), TTL.requirements, async () => {
    const own = requirementsFromColumns(vacancy);
    if (own.required_skills.length > 0 || own.nice_to_have_skills.length > 0) return own;
    const found = extractRequirements(`${vacancy.title}\n${vacancy.description}`, textLanguage(vacancy.language));
    return {
      ...found,
      min_experience_years: own.min_experience_years ?? found.min_experience_years,
      education_level: own.education_level !== "none" ? own.education_level : found.education_level,
      // A spoken language only when the text asks for one ("fluent English", "английский B2").
      language: found.language,
    };
  }, store);
  return value;
}

const textLanguage = (language: string): ResumeLanguage | undefined => (language === "ru" || language === "en" ? language : undefined);

/** The fit of a parsed resume to a vacancy: pure code over the vacancy's (cached) requirements. */
export async function fitOf(parsed: ParsedResume, vacancy: VacancyRecord): Promise<FitScore> {
  return scoreResume(parsed, await requirementsFor(vacancy));
}

/** The ResumeScore row of a fit (breakdown = the FitScore, summary = its sentence). */
export function scoreUpsert(resumeId: string, vacancyId: string, score: FitScore, parsed: ParsedResume) {
  const row = {
    totalScore: score.total_score,
    confidenceScore: score.confidence_score,
    breakdown: score as unknown as Prisma.InputJsonValue,
    summary: describeFit(score, parsed.language),
    computedAt: new Date(),
  };
  return {
    where: { resumeId_vacancyId: { resumeId, vacancyId } },
    create: { resumeId, vacancyId, ...row },
    update: row,
  };
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
      const score = await fitOf(parsed, vacancy);
      await db().resumeScore.upsert(scoreUpsert(resume.id, vacancy.id, score, parsed));
      if (resume.vacancyId === vacancy.id) {
        await db().resume.updateMany({ where: { id: resume.id }, data: { totalScore: score.total_score, confidenceScore: score.confidence_score } });
        await forget(store, keys.statistics());
      }
      return score;
    }, store);
    return { score: value, cached: hit };
  });
}

/** Drops a resume's cached scores (its rows go with its next analysis): its parse changed. */
export async function forgetResumeScores(resume: { id: string } & ResumeOwnerIds): Promise<void> {
  const rows = await db().resumeScore.findMany({ where: { resumeId: resume.id }, select: { vacancyId: true } });
  const own = await db().resume.findUnique({ where: { id: resume.id }, select: { vacancyId: true } });
  const vacancies = new Set([...rows.map((r) => r.vacancyId), ...(own?.vacancyId ? [own.vacancyId] : [])]);
  await forget(ownerCache(resume), ...[...vacancies].map((v) => keys.score(v, resume.id)));
}
