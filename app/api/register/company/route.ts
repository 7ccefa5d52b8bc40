import { registerAccount } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.hiringRegisterCompany, async ({ body, client }) => {
  const { email, password, ...company } = body;
  const user = await registerAccount({ role: "company", email, password, company, ip: client.ip });
  return { message: "Company registered successfully", company_id: user.companyId!, user_id: user.id };
});
