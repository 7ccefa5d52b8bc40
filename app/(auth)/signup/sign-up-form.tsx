"use client";

import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/i18n/form-errors";
import { signUp } from "./sign-up-action";
import type { SignUpRole } from "./sign-up-schemas";

export function SignUpForm({ role }: { role: SignUpRole }) {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState, FormData>(signUp, {});
  const err = (field: string) => {
    const key = state.fieldErrors?.[field];
    return key ? t(key) : undefined;
  };
  const v = state.values ?? {};

  return (
    <form action={action} className="space-y-5" noValidate>
      {state.error && <Alert tone="error">{t(state.error)}</Alert>}
      <input type="hidden" name="role" value={role} />
      {role === "company" && (
        <TextField label={t("auth.companyName")} name="name" autoComplete="organization" required defaultValue={v.name} error={err("name")} />
      )}
      <fieldset className="space-y-2">
        {role === "company" && <legend className="mb-2 text-sm text-muted">{t("auth.contactPerson")}</legend>}
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label={t("auth.firstName")} name="firstName" autoComplete="given-name" required defaultValue={v.firstName} error={err("firstName")} />
          <TextField label={t("auth.lastName")} name="lastName" autoComplete="family-name" required defaultValue={v.lastName} error={err("lastName")} />
        </div>
      </fieldset>
      <TextField label={t("auth.email")} name="email" type="email" autoComplete="email" inputMode="email" required defaultValue={v.email} error={err("email")} />
      <TextField
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        hint={t("auth.passwordHint")}
        error={err("password")}
      />
      <SubmitButton size="lg" className="w-full" pendingText={t("signup.pending")}>
        {role === "candidate" ? t("signup.submitCandidate") : t("signup.submitCompany")}
      </SubmitButton>
    </form>
  );
}
