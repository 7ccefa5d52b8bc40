"use client";

import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/i18n/form-errors";
import { requestPasswordReset } from "./forgot-password-action";

export function ForgotPasswordForm({ minutes }: { minutes: number }) {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState, FormData>(requestPasswordReset, {});
  const emailError = state.fieldErrors?.email;
  return (
    <form action={action} className="space-y-5" noValidate>
      {state.error && <Alert tone="error">{t(state.error)}</Alert>}
      {state.ok && <Alert tone="success">{t(state.ok, { minutes })}</Alert>}
      <TextField
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={emailError ? t(emailError) : undefined}
      />
      <SubmitButton size="lg" className="w-full" pendingText={t("recovery.forgot.pending")}>
        {t("recovery.forgot.submit")}
      </SubmitButton>
    </form>
  );
}
