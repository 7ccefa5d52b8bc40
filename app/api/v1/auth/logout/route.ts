import { revokeSession } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.v1Logout, async ({ actor }) => {
  await revokeSession(actor.sessionId, "logout");
  return { message: "Logged out" };
});
