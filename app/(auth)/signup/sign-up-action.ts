"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { registerAccount } from "@/lib/auth";
import { signIn } from "@/lib/auth/nextauth";
import { ApiError } from "@/lib/http/errors";
import { CLIENT_IP_HEADER } from "@/lib/http/headers";
import { formErrors, text, type FormState } from "@/lib/i18n/form-errors";
import { getLocale } from "@/lib/i18n/server";
import { CandidateSignUp, CompanySignUp, SignUpRole } from "./sign-up-schemas";

/** Creates a candidate or company account from the form, then signs the browser in to it. */
export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const role = SignUpRole.catch("candidate").parse(formData.get("role"));
  const field = (name: string) => text(formData.get(name)).trim();
  const values: Record<string, string> =
    role === "candidate"
      ? { email: field("email"), firstName: field("firstName"), lastName: field("lastName") }
      : { email: field("email"), name: field("name") };
  const password = text(formData.get("password"));
  const locale = await getLocale();
  const ip = (await headers()).get(CLIENT_IP_HEADER) ?? undefined;

  try {
    if (role === "candidate") {
      const parsed = CandidateSignUp.safeParse({ email: values.email, firstName: values.firstName, lastName: values.lastName, password });
      if (!parsed.success) return { error: "errors.form", fieldErrors: formErrors(parsed.error), values };
      await registerAccount({ role, ...parsed.data, locale, ip });
    } else {
      const parsed = CompanySignUp.safeParse({ email: values.email, name: values.name, password });
      if (!parsed.success) return { error: "errors.form", fieldErrors: formErrors(parsed.error), values };
      const { name, email } = parsed.data;
      await registerAccount({ role, email, password: parsed.data.password, locale, company: { name }, ip });
    }
  } catch (err) {
    if (err instanceof ApiError && err.code === "CONFLICT") {
      return { error: "errors.form", fieldErrors: { email: "signup.emailTaken" }, values };
    }
    if (err instanceof ApiError && err.code === "RATE_LIMITED") return { error: "signin.rateLimited", values };
    throw err;
  }

  try {
    await signIn("password", { email: values.email, password, redirectTo: "/dashboard" });
  } catch (err) {
    if (err instanceof AuthError) {
      console.error("sign-in after sign-up failed", err.type, err.cause);
      return { error: "errors.unexpected", values };
    }
    throw err;
  }
  return {};
}
