import { cache, cacheKey, type Cache } from "@/lib/cache";

// Seed 004's cache areas as the pipeline uses them. Every entry is written through the owner's
// view (`cache().scoped(...)`): a company's for its resumes, the candidate's for a sign-up resume,
// so an owner's cache info and clear reach exactly its own entries.
//   resume_score:<vacancyId>:<resumeId>        FitScore (vacancy first: one clear drops a vacancy's scores)
//   resume_analysis:<resumeId>                 the analysis summary (seed's process answer)
//   vacancy_requirements:<vacancyId>:<version> VacancyRequirements, versioned by the vacancy's updated_at
//   statistics:resumes                         the company's resume statistics
//   file_processing:<sha256>                   ParsedResume of a file's bytes (the same file is not read twice)

export const TTL = {
  score: 24 * 3600,
  analysis: 24 * 3600,
  requirements: 3600,
  statistics: 60,
  file: 3600,
} as const;

export const keys = {
  score: (vacancyId: string, resumeId: string) => cacheKey("resume_score", vacancyId, resumeId),
  vacancyScores: (vacancyId: string) => cacheKey("resume_score", vacancyId),
  analysis: (resumeId: string) => cacheKey("resume_analysis", resumeId),
  requirements: (vacancyId: string, version: Date) => cacheKey("vacancy_requirements", vacancyId, String(version.getTime())),
  vacancyRequirements: (vacancyId: string) => cacheKey("vacancy_requirements", vacancyId),
  statistics: () => cacheKey("statistics", "resumes"),
  file: (sha256: string) => cacheKey("file_processing", sha256),
};

/** Whose a resume is: a company's upload, or a candidate's own (sign-up) resume. */
export interface ResumeOwnerIds {
  companyId: string | null;
  candidateId: string | null;
}

/** The cache view of the resume's owner. */
export function ownerCache(owner: ResumeOwnerIds): Cache {
  if (owner.companyId) return cache().scoped({ companyId: owner.companyId });
  if (owner.candidateId) return cache().scoped({ userId: owner.candidateId });
  throw new Error("a resume belongs to a company or a candidate");
}

/** A stable name for the owner's scope, for single-flight keys. */
export function ownerTag(owner: ResumeOwnerIds): string {
  return owner.companyId ? `c:${owner.companyId}` : `u:${owner.candidateId}`;
}

/** Drops entries and logs nothing: the cache is an optimisation, a failed delete only leaves an entry to expire. */
export async function forget(store: Cache, ...entries: string[]): Promise<void> {
  await Promise.all(entries.map((k) => store.del(k).catch(() => undefined)));
}
