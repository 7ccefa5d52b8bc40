import { loginAsGuest } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { learnUser } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.learnGuestLogin, async ({ body, client }) => {
  const { user, tokens } = await loginAsGuest(client, body?.locale);
  return { access_token: tokens.accessToken, refresh_token: tokens.refreshToken, token_type: "bearer", expires_in: tokens.expiresIn, user: learnUser(user) };
});
