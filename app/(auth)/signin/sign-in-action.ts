"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { HiringLoginBody } from "@/lib/auth/schemas";
import { signIn } from "@/lib/auth/nextauth";
import { text, type FormState } from "@/lib/i18n/form-errors";
import { safeNextPath } from "@/components/server/current-actor";

/**
 * Password sign-in through Auth.js. Success throws Next's redirect (it must propagate); a wrong
 * email or password comes back as CredentialsSignin and gets one message for both, so the form
 * never says which accounts exist.
 */
export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = text(formData.get("email")).trim();
  const values = { email };
  const parsed = HiringLoginBody.safeParse({ email, password: text(formData.get("password")) });
  if (!parsed.success) return { error: "signin.failed", values };
  try {
    await signIn("password", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNextPath(formData.get("next")) ?? "/dashboard",
    });
  } catch (err) {
    if (err instanceof CredentialsSignin) {
      return { error: err.code === "rate_limited" ? "signin.rateLimited" : "signin.failed", values };
    }
    if (err instanceof AuthError) {
      console.error("sign-in failed", err.type, err.cause);
      return { error: "errors.unexpected", values };
    }
    throw err;
  }
  return {};
}
