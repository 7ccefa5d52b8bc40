import { listCompanies } from "@/lib/companies";
import { companyEndpoints } from "@/lib/companies/endpoints";
import { publicCompany } from "@/lib/companies/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(companyEndpoints.companies, async ({ query }) => {
  const { items, total } = await listCompanies(query.page, query.per_page);
  return {
    companies: items.map(publicCompany),
    page: query.page,
    per_page: query.per_page,
    total,
    pages: Math.ceil(total / query.per_page),
  };
});
