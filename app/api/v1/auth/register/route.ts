import { registerAccount, startSession } from "@/lib/auth";
import { authEndpoints } from "@/lib/auth/endpoints";
import { v1User } from "@/lib/auth/views";
import { handle } from "@/lib/http/handle";

export const POST = handle(authEndpoints.v1Register, async ({ body, client }) => {
  const { companyName, ...account } = body;
  const user = await registerAccount({
    ...account,
    ip: client.ip,
    company: account.role === "company" ? { name: companyName ?? account.username } : undefined,
  });
  const tokens = await startSession(user, client);
  return { token: tokens.accessToken, refreshToken: tokens.refreshToken, tokenType: "Bearer", expiresIn: tokens.expiresIn, user: v1User(user) };
});
