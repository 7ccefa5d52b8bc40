import type { Actor } from "@/lib/auth";
import { cached } from "@/lib/cache";
import { sql } from "@/lib/db";
import { ownedByCompany } from "./resume-access";
import { keys, ownerCache, TTL } from "./resume-cache";

/**
 * Score bands of seed 004's score_distribution, over resumes that have a score (total_score,
 * 0-100): excellent >= 85, good 70 to < 85, average 50 to < 70, poor < 50.
 */
export const SCORE_BANDS = { excellent: 85, good: 70, average: 50 } as const;

export interface ResumeStatistics {
  total_resumes: number;
  processed_resumes: number;
  error_resumes: number;
  /** Mean total_score of the scored resumes, one decimal; 0 when none is scored. */
  average_score: number;
  score_distribution: { excellent: number; good: number; average: number; poor: number };
  top_vacancies: { vacancy_id: string; vacancy_code: string; title: string; count: number }[];
}

/** The company's resume statistics, counted by the database (never by loading rows); cached a minute, dropped on change. */
export async function resumeStatistics({ actor }: { actor: Actor }): Promise<{ value: ResumeStatistics; cached: boolean }> {
  const { companyId } = ownedByCompany(actor);
  return cached(keys.statistics(), TTL.statistics, () => compute(companyId), ownerCache({ companyId, candidateId: null }));
}

async function compute(companyId: string): Promise<ResumeStatistics> {
  const [totals] = await sql<{
    total: number; processed: number; errors: number; average: number | null; excellent: number; good: number; average_band: number; poor: number;
  }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE status = 'analyzed')::int AS processed,
            count(*) FILTER (WHERE status = 'error')::int AS errors,
            avg(total_score)::float8 AS average,
            count(*) FILTER (WHERE total_score >= $2)::int AS excellent,
            count(*) FILTER (WHERE total_score >= $3 AND total_score < $2)::int AS good,
            count(*) FILTER (WHERE total_score >= $4 AND total_score < $3)::int AS average_band,
            count(*) FILTER (WHERE total_score < $4)::int AS poor
       FROM resumes WHERE company_id = $1`,
    [companyId, SCORE_BANDS.excellent, SCORE_BANDS.good, SCORE_BANDS.average],
  );
  const top = await sql<{ vacancy_id: string; vacancy_code: string; title: string; count: number }>(
    `SELECT v.id AS vacancy_id, v.code AS vacancy_code, v.title, count(*)::int AS count
       FROM resumes r JOIN vacancies v ON v.id = r.vacancy_id
      WHERE r.company_id = $1 AND v.company_id = $1
      GROUP BY v.id, v.code, v.title
      ORDER BY count DESC, v.title ASC
      LIMIT 5`,
    [companyId],
  );
  return {
    total_resumes: totals.total,
    processed_resumes: totals.processed,
    error_resumes: totals.errors,
    average_score: totals.average === null ? 0 : Math.round(totals.average * 10) / 10,
    score_distribution: { excellent: totals.excellent, good: totals.good, average: totals.average_band, poor: totals.poor },
    top_vacancies: top,
  };
}
