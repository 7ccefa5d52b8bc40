import { renewAccessToken, rotateRefreshToken } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";
import { errors } from "@/lib/http/errors";

export const POST = handle(authEndpoints.v1Refresh, async ({ body, actor }) => {
  if (body.refreshToken) {
    const tokens = await rotateRefreshToken(body.refreshToken);
    return { token: tokens.accessToken, refreshToken: tokens.refreshToken, tokenType: "Bearer", expiresIn: tokens.expiresIn };
  }
  // Seed 000's clients hold only the access token: a valid one is renewed for its session.
  if (!actor) throw errors.unauthorized("Send a refreshToken, or a valid access token as Authorization: Bearer <token>");
  const { accessToken, expiresIn } = await renewAccessToken(actor);
  return { token: accessToken, expiresIn };
});
