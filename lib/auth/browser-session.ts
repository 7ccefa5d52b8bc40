import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/config";

const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The ids in a browser's Auth.js session cookie, or null. Reads the cookie from the request's
 * headers (not through Next's request context), so API routes can be served with or without
 * Next in front. Over https Auth.js names the cookie with the __Secure- prefix.
 */
export async function browserSessionFromHeaders(headers: { get(name: string): string | null }): Promise<{ sid: string; uid: string } | null> {
  const cookie = headers.get("cookie");
  if (!cookie?.includes("authjs.session-token")) return null;
  const token = await getToken({
    req: { headers: new Headers({ cookie }) },
    secret: authSecret(),
    secureCookie: cookie.includes(SECURE_COOKIE),
  });
  if (!token || typeof token.sid !== "string" || typeof token.uid !== "string") return null;
  return { sid: token.sid, uid: token.uid };
}
