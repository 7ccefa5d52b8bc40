"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountLocale } from "@/lib/auth";
import { HiringLoginBody } from "@/lib/auth/schemas";
import { signIn } from "@/lib/auth/nextauth";
import { action } from "@/components/server/action";
import { isLocale } from "@/lib/i18n";
import { rememberLanguage } from "@/components/server/remember-language";
import { safeNextPath } from "@/components/server/current-actor";

const SignInForm = z.object({ ...HiringLoginBody.shape, next: z.string().optional() });

/**
 * Password sign-in through Auth.js. A wrong email or password comes back as CredentialsSignin
 * and gets one message for both, so the form never says which accounts exist. On success the
 * interface switches to the account's language before the redirect.
 */
export const signInWithPassword = action({ schema: SignInForm, roles: "public" }, async ({ input }) => {
  try {
    await signIn("password", { email: input.email, password: input.password, redirect: false });
  } catch (err) {
    if (err instanceof CredentialsSignin) return { error: err.code === "rate_limited" ? "signin.rateLimited" : "signin.failed" };
    if (err instanceof AuthError) {
      console.error("sign-in failed", err.type, err.cause);
      return { error: "errors.unexpected" };
    }
    throw err;
  }
  const locale = await accountLocale(input.email);
  if (isLocale(locale)) await rememberLanguage(locale, null);
  redirect(safeNextPath(input.next) ?? "/dashboard");
});
