import { registerAccount, startSession } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { learnUser } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.learnRegister, async ({ body, client }) => {
  const user = await registerAccount({
    role: "candidate",
    email: body.email,
    password: body.password,
    firstName: body.first_name,
    lastName: body.last_name,
    ip: client.ip,
  });
  const tokens = await startSession(user, client);
  return { access_token: tokens.accessToken, refresh_token: tokens.refreshToken, token_type: "bearer", expires_in: tokens.expiresIn, user: learnUser(user) };
});
