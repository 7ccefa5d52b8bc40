import { resendVerification } from "@/lib/auth";
import { recoveryEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";

export const POST = handle(recoveryEndpoints.resendVerification, async ({ actor, client }) => {
  const { email } = await resendVerification(actor, client);
  return { message: `A new verification link has been sent to ${email}` };
});
