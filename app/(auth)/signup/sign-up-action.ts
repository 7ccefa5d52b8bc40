"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { registerAccount } from "@/lib/auth";
import { signIn } from "@/lib/auth/nextauth";
import { action } from "@/components/server/action";
import { CLIENT_IP_HEADER } from "@/lib/http/headers";
import { getLocale } from "@/lib/i18n/server";
import { rememberLanguage } from "@/components/server/remember-language";
import { SignUpForm } from "./sign-up-schemas";

/** Creates a candidate or company account from the form, then signs the browser in to it. */
export const signUp = action(
  { schema: SignUpForm, roles: "public", errors: { CONFLICT: { field: "email", message: "signup.emailTaken" } } },
  async ({ input }) => {
    const locale = await getLocale();
    const { role, email, password, firstName, lastName } = input;
    // Duplicate-registration answers are limited per client address, as on the API.
    const ip = (await headers()).get(CLIENT_IP_HEADER) ?? undefined;
    await registerAccount({ role, email, password, firstName, lastName, locale, ip, ...(input.role === "company" ? { company: { name: input.name } } : {}) });
    // The account keeps the language it was created in; the cookie pins it for this browser.
    await rememberLanguage(locale, null);
    try {
      await signIn("password", { email, password, redirectTo: "/dashboard" });
    } catch (err) {
      if (err instanceof AuthError) {
        console.error("sign-in after sign-up failed", err.type, err.cause);
        return { error: "errors.unexpected" };
      }
      throw err;
    }
  },
);
