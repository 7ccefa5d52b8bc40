import { resetPassword } from "@/lib/auth";
import { recoveryEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";

export const POST = handle(recoveryEndpoints.resetPassword, async ({ body }) => {
  await resetPassword(body.token, body.password);
  return { message: "Password changed; every session was signed out" };
});
