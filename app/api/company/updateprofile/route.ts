import { updateOwnCompany } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { companyView } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const PUT = handle(authEndpoints.companyUpdate, async ({ actor, body }) => ({
  message: "Company profile updated",
  company: companyView(await updateOwnCompany(actor, body)),
}));
