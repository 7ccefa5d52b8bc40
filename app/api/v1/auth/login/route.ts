import { loginWithPassword } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { v1User } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.v1Login, async ({ body, client }) => {
  const { user, tokens } = await loginWithPassword(body.email ?? body.username!, body.password, client);
  return { token: tokens.accessToken, refreshToken: tokens.refreshToken, tokenType: "Bearer", expiresIn: tokens.expiresIn, user: v1User(user) };
});
