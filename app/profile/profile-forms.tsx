"use client";

import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { LOCALES, type Locale } from "@/lib/i18n";
import type { FormState } from "@/lib/i18n/form-errors";
import { changePasswordAction, saveLanguage, updateProfile } from "./profile-actions";

function useFieldError(state: FormState) {
  const { t } = useI18n();
  return (field: string) => {
    const key = state.fieldErrors?.[field];
    return key ? t(key) : undefined;
  };
}

function FormMessage({ state }: { state: FormState }) {
  const { t } = useI18n();
  if (state.error) return <Alert tone="error">{t(state.error)}</Alert>;
  if (state.ok) return <Alert tone="success">{t(state.ok)}</Alert>;
  return null;
}

export function DetailsForm({ firstName, lastName }: { firstName: string; lastName: string }) {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState, FormData>(updateProfile, {});
  const err = useFieldError(state);
  const v = state.values ?? { firstName, lastName };
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("auth.firstName")} name="firstName" autoComplete="given-name" defaultValue={v.firstName} error={err("firstName")} />
        <TextField label={t("auth.lastName")} name="lastName" autoComplete="family-name" defaultValue={v.lastName} error={err("lastName")} />
      </div>
      <SubmitButton pendingText={t("profile.saving")}>{t("profile.save")}</SubmitButton>
    </form>
  );
}

export function LanguageForm({ current }: { current: Locale }) {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState, FormData>(saveLanguage, {});
  return (
    <form action={action} className="space-y-5">
      <FormMessage state={state} />
      <div className="space-y-1.5">
        <label htmlFor="locale" className="block text-sm font-medium">
          {t("profile.languageTitle")}
        </label>
        <select
          id="locale"
          name="locale"
          defaultValue={current}
          className="block h-10 w-full rounded-lg border border-border bg-surface px-3 text-[0.95rem] text-fg hover:border-border-strong sm:max-w-xs"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingText={t("profile.saving")} variant="secondary">
        {t("profile.languageSave")}
      </SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState, FormData>(changePasswordAction, {});
  const err = useFieldError(state);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField label={t("profile.currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required error={err("currentPassword")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t("profile.newPassword")}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          hint={t("auth.passwordHint")}
          error={err("newPassword")}
        />
        <TextField label={t("profile.confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required error={err("confirmPassword")} />
      </div>
      <SubmitButton pendingText={t("profile.changingPassword")}>{t("profile.changePassword")}</SubmitButton>
    </form>
  );
}
