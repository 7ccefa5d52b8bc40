import { deleteVacancy, getVacancy, isOwner, updateVacancy } from "@/lib/vacancies";
import { vacancyEndpoints } from "@/lib/vacancies/endpoints";
import { vacancyView } from "@/lib/vacancies/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(vacancyEndpoints.vacancy, async ({ actor, params }) => {
  const vacancy = await getVacancy({ actor, vacancyId: params.vacancy_id });
  return vacancyView(vacancy, { owner: isOwner(actor, vacancy) });
});

export const PUT = handle(vacancyEndpoints.vacancyUpdate, async ({ actor, params, body }) => {
  const vacancy = await updateVacancy({ actor, vacancyId: params.vacancy_id, input: body });
  return { message: "Vacancy updated", vacancy_id: vacancy.id, vacancy: vacancyView(vacancy, { owner: true }) };
});

export const DELETE = handle(vacancyEndpoints.vacancyDelete, async ({ actor, params }) => {
  await deleteVacancy({ actor, vacancyId: params.vacancy_id });
  return { message: "Vacancy deleted", vacancy_id: params.vacancy_id };
});
