"use server";

import { resetPassword } from "@/lib/auth";
import { ResetPasswordBody } from "@/lib/auth/schemas";
import { ApiError } from "@/lib/http/errors";
import { formErrors, text, type FormState } from "@/lib/i18n/form-errors";
import type { MessageKey } from "@/lib/i18n";

const TOKEN_ERRORS: Record<string, MessageKey> = {
  RESET_TOKEN_INVALID: "recovery.token.invalid",
  RESET_TOKEN_USED: "recovery.token.used",
  RESET_TOKEN_EXPIRED: "recovery.token.expired",
};

/** Sets the new password from the mailed link; every session of the account ends, this browser's too. */
export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = ResetPasswordBody.safeParse({ token: text(formData.get("token")), password: text(formData.get("password")) });
  if (!parsed.success) {
    const fieldErrors = formErrors(parsed.error);
    if (fieldErrors.token) return { error: "recovery.token.invalid" };
    return { error: "errors.form", fieldErrors };
  }
  if (parsed.data.password !== text(formData.get("confirmPassword"))) {
    return { error: "errors.form", fieldErrors: { confirmPassword: "recovery.reset.mismatch" } };
  }
  try {
    await resetPassword(parsed.data.token, parsed.data.password);
  } catch (err) {
    if (err instanceof ApiError && TOKEN_ERRORS[err.code]) return { error: TOKEN_ERRORS[err.code] };
    throw err;
  }
  return { ok: "recovery.reset.done" };
}
