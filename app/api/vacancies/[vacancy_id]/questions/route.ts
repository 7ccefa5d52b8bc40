import { getVacancyQuestions, setVacancyQuestions } from "@/lib/vacancies";
import { vacancyEndpoints } from "@/lib/vacancies/endpoints";
import { questionView } from "@/lib/vacancies/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(vacancyEndpoints.vacancyQuestions, async ({ actor, params }) => {
  const { vacancyId, withKeyPoints, questions } = await getVacancyQuestions({ actor, vacancyId: params.vacancy_id });
  return { vacancy_id: vacancyId, questions: questions.map((q) => questionView(q, { withKeyPoints })), total: questions.length };
});

export const POST = handle(vacancyEndpoints.vacancyQuestionsSet, async ({ actor, params, body }) => {
  const questions = await setVacancyQuestions({ actor, vacancyId: params.vacancy_id, questions: body.questions });
  return {
    message: "Questions saved",
    vacancy_id: params.vacancy_id,
    questions: questions.map((q) => questionView(q, { withKeyPoints: true })),
    total: questions.length,
  };
});
