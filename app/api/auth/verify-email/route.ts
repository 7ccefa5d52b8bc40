import { verifyEmail } from "@/lib/auth";
import { recoveryEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";

export const POST = handle(recoveryEndpoints.verifyEmail, async ({ body }) => {
  await verifyEmail(body.token);
  return { message: "Email address verified" };
});
