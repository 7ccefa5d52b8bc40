import { getOwnCompany } from "@/lib/companies";
import { companyEndpoints } from "@/lib/companies/endpoints";
import { companyView } from "@/lib/companies/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(companyEndpoints.company, async ({ actor }) => companyView(await getOwnCompany(actor)));
