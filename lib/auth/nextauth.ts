import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { authSecret, config } from "@/lib/config";
import { ApiError } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { authenticate, createGuest } from "./accounts";
import { browserSessionFromHeaders } from "./browser-session";
import { HiringLoginBody } from "./schemas";
import { revokeSession, startSession } from "./sessions";

/**
 * Browser sessions: Auth.js keeps a signed cookie whose token carries our session id, so a
 * browser login is the same kind of session as an API login (listed, revocable, rotated on
 * password change). Its routes live under /api/authjs because seed 002 owns /api/auth/*.
 */
export const AUTHJS_BASE_PATH = "/api/authjs";

class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

async function clientMeta() {
  const h = await headers();
  return { ip: h.get("x-offerpath-client-ip") ?? undefined, userAgent: h.get("user-agent") ?? undefined };
}

const authConfig = (): NextAuthConfig => ({
  basePath: AUTHJS_BASE_PATH,
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: config.refreshTokenTtlDays * 86_400 },
  pages: { signIn: "/signin" },
  // A wrong password is an expected outcome, not an error worth a stack trace in the log. (By its
  // `type`: the production build minifies class names, so `name` is no longer "CredentialsSignin".)
  logger: {
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") logger.error({ err: error }, "auth.js error");
    },
  },
  providers: [
    Credentials({
      id: "password",
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        // The API's own login rules (no control characters, sizes), so nothing odd reaches a query.
        const parsed = HiringLoginBody.safeParse({ email: credentials?.email, password: credentials?.password });
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        try {
          // Throttled per account inside, the same counter the API logins use.
          const user = await authenticate(email, password);
          const session = await startSession(user, await clientMeta());
          return { id: user.id, role: user.role, sid: session.sessionId, name: user.firstName, email: user.email };
        } catch (err) {
          if (err instanceof ApiError && err.code === "RATE_LIMITED") throw new RateLimitedSignin();
          if (err instanceof ApiError && err.code === "INVALID_CREDENTIALS") return null;
          throw err;
        }
      },
    }),
    Credentials({
      id: "guest",
      credentials: { locale: {} },
      async authorize(credentials) {
        const locale = credentials?.locale === "ru" ? "ru" : "en";
        const user = await createGuest(locale);
        const session = await startSession(user, await clientMeta());
        return { id: user.id, role: user.role, sid: session.sessionId, name: "Guest", email: null };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: string; sid: string };
        token.uid = u.id;
        token.role = u.role;
        token.sid = u.sid;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: String(token.uid), role: String(token.role) },
        sid: String(token.sid),
      };
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await revokeSession(sid, "signed out");
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);

/** The Auth.js session's ids for this page request, or null; the same reader the API uses. */
export async function browserSession(): Promise<{ sid: string; uid: string } | null> {
  return browserSessionFromHeaders(await headers());
}
