import { changePassword } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.v1ChangePassword, async ({ actor, body }) => {
  await changePassword(actor, body.currentPassword, body.newPassword);
  return { message: "Password changed; other sessions were signed out" };
});
