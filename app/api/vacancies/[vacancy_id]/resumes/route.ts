import { handle } from "@/lib/http/handle";
import { rankResumesForVacancy } from "@/lib/resumes";
import { resumeEndpoints } from "@/lib/resumes/endpoints";
import { rankingView } from "@/lib/resumes/views";

export const GET = handle(resumeEndpoints.vacancyResumeRanking, async ({ actor, params, query }) =>
  rankingView(await rankResumesForVacancy({ actor, vacancyId: params.vacancy_id, limit: query.limit })),
);
