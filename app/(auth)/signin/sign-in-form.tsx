"use client";

import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/i18n/form-errors";
import { signInWithPassword } from "./sign-in-action";

export function SignInForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState, FormData>(signInWithPassword, {});
  return (
    <form action={action} className="space-y-5" noValidate>
      {state.error && <Alert tone="error">{t(state.error)}</Alert>}
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email && t(state.fieldErrors.email)}
      />
      <TextField
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password && t(state.fieldErrors.password)}
      />
      <SubmitButton size="lg" className="w-full" pendingText={t("signin.pending")}>
        {t("signin.submit")}
      </SubmitButton>
    </form>
  );
}
