import { updateOwnCompany } from "@/lib/companies";
import { companyEndpoints } from "@/lib/companies/endpoints";
import { companyView } from "@/lib/companies/views";
import { handle } from "@/lib/http/handle";

export const PUT = handle(companyEndpoints.companyUpdate, async ({ actor, body }) => ({
  message: "Company profile updated",
  company: companyView(await updateOwnCompany(actor, body)),
}));
