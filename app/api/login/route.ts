import { loginWithPassword } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { hiringRole } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.hiringLogin, async ({ body, client }) => {
  const { user, tokens } = await loginWithPassword(body.email, body.password, client);
  return { token: tokens.accessToken, role: hiringRole(user.role), refresh_token: tokens.refreshToken, expires_in: tokens.expiresIn };
});
