import { createVacancy } from "@/lib/vacancies";
import { vacancyEndpoints } from "@/lib/vacancies/endpoints";
import { vacancyView } from "@/lib/vacancies/views";
import { handle } from "@/lib/http/handle";

export const POST = handle(vacancyEndpoints.vacancyCreate, async ({ actor, body }) => {
  const vacancy = await createVacancy({ actor, input: body });
  return { message: "Vacancy created", vacancy_id: vacancy.id, vacancy: vacancyView(vacancy, { owner: true }) };
});
