import { handle } from "@/lib/http/handle";
import { calculateScore } from "@/lib/resumes";
import { resumeEndpoints } from "@/lib/resumes/endpoints";

export const POST = handle(resumeEndpoints.resumeCalculateScore, async ({ actor, params, query, body }) => {
  const r = await calculateScore({ actor, resumeId: params.resume_id, vacancyId: query.vacancy_id ?? body?.vacancy_id });
  return {
    success: true,
    resume_id: r.resumeId,
    vacancy_id: r.vacancyId,
    total_score: r.score.total_score,
    confidence_score: r.score.confidence_score,
    cached: r.cached,
  };
});
