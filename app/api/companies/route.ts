import { listCompanies } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { publicCompany } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(authEndpoints.companies, async ({ query }) => {
  const { items, total } = await listCompanies(query.page, query.per_page);
  return {
    companies: items.map(publicCompany),
    page: query.page,
    per_page: query.per_page,
    total,
    pages: Math.ceil(total / query.per_page),
  };
});
