import { rotateRefreshToken } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.v1Refresh, async ({ body }) => {
  const tokens = await rotateRefreshToken(body.refreshToken);
  return { token: tokens.accessToken, refreshToken: tokens.refreshToken, tokenType: "Bearer", expiresIn: tokens.expiresIn };
});
