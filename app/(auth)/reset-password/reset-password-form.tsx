"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/i18n/form-errors";
import { resetPasswordAction } from "./reset-password-action";

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState, FormData>(resetPasswordAction, {});
  const err = (field: string) => {
    const key = state.fieldErrors?.[field];
    return key ? t(key) : undefined;
  };
  if (state.ok) {
    return (
      <div className="space-y-5">
        <Alert tone="success">{t(state.ok)}</Alert>
        <ButtonLink href="/signin" size="lg" className="w-full">
          {t("nav.signIn")}
        </ButtonLink>
      </div>
    );
  }
  const tokenProblem = state.error?.startsWith("recovery.token.");
  return (
    <form action={action} className="space-y-5" noValidate>
      {state.error && (
        <Alert tone="error">
          {t(state.error)}
          {tokenProblem && (
            <>
              {" "}
              <Link href="/forgot-password" className="underline underline-offset-4">
                {t("recovery.requestNew")}
              </Link>
            </>
          )}
        </Alert>
      )}
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t("recovery.reset.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint={t("auth.passwordHint")}
        error={err("password")}
      />
      <TextField label={t("recovery.reset.confirm")} name="confirmPassword" type="password" autoComplete="new-password" required error={err("confirmPassword")} />
      <SubmitButton size="lg" className="w-full" pendingText={t("recovery.reset.pending")}>
        {t("recovery.reset.submit")}
      </SubmitButton>
    </form>
  );
}
