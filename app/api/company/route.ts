import { getOwnCompany } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { companyView } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const GET = handle(authEndpoints.company, async ({ actor }) => companyView(await getOwnCompany(actor)));
