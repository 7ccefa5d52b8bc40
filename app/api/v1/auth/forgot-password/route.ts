import { FORGOT_PASSWORD_ANSWER, forgotPassword } from "@/lib/auth";
import { recoveryEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";
import { appUrl } from "@/lib/mail";

export const POST = handle(recoveryEndpoints.v1ForgotPassword, async ({ body, client }) => {
  await forgotPassword({ email: body.email, ip: client.ip, appUrl: await appUrl() });
  return { message: FORGOT_PASSWORD_ANSWER };
});
