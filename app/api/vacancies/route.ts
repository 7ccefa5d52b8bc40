import { isOwner, listVacancies } from "@/lib/vacancies";
import { vacancyEndpoints } from "@/lib/vacancies/endpoints";
import { vacancyView } from "@/lib/vacancies/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(vacancyEndpoints.vacancies, async ({ actor, query }) => {
  const { items, total } = await listVacancies({ actor, filter: query });
  return {
    vacancies: items.map((v) => vacancyView(v, { owner: isOwner(actor, v) })),
    total,
    page: query.page,
    per_page: query.per_page,
    pages: Math.ceil(total / query.per_page),
  };
});
