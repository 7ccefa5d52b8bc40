"use server";

import { headers } from "next/headers";
import { forgotPassword } from "@/lib/auth";
import { ForgotPasswordBody } from "@/lib/auth/schemas";
import { CLIENT_IP_HEADER } from "@/lib/http/headers";
import { ApiError } from "@/lib/http/errors";
import { formErrors, text, type FormState } from "@/lib/i18n/form-errors";
import { appUrl } from "@/lib/mail";

/** Asks for a reset link. The form says the same thing for every address, as the API does. */
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData.get("email")).trim() };
  const parsed = ForgotPasswordBody.safeParse(values);
  if (!parsed.success) return { error: "errors.form", fieldErrors: formErrors(parsed.error), values };
  try {
    const ip = (await headers()).get(CLIENT_IP_HEADER) ?? undefined;
    await forgotPassword({ email: parsed.data.email, ip, appUrl: await appUrl() });
  } catch (err) {
    if (err instanceof ApiError && err.code === "RATE_LIMITED") return { error: "recovery.rateLimited", values };
    throw err;
  }
  return { ok: "recovery.forgot.sent", values };
}
