"use client";

import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/i18n/form-errors";
import { updateCompany } from "./company-action";

export interface CompanyFields {
  name: string;
  city: string;
  website: string;
  description: string;
}

export function CompanyForm({ initial }: { initial: CompanyFields }) {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState, FormData>(updateCompany, {});
  const err = (field: string) => {
    const key = state.fieldErrors?.[field];
    return key ? t(key) : undefined;
  };
  const v = (state.values as CompanyFields | undefined) ?? initial;
  return (
    <form action={action} className="space-y-5" noValidate>
      {state.error && <Alert tone="error">{t(state.error)}</Alert>}
      {state.ok && <Alert tone="success">{t(state.ok)}</Alert>}
      <TextField label={t("company.name")} name="name" autoComplete="organization" required defaultValue={v.name} error={err("name")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("company.city")} name="city" autoComplete="address-level2" defaultValue={v.city} error={err("city")} />
        <TextField
          label={t("company.website")}
          name="website"
          type="url"
          inputMode="url"
          placeholder="https://"
          defaultValue={v.website}
          hint={t("company.websiteHint")}
          error={err("website")}
        />
      </div>
      <TextAreaField label={t("company.description")} name="description" rows={5} defaultValue={v.description} error={err("description")} />
      <SubmitButton pendingText={t("profile.saving")}>{t("profile.save")}</SubmitButton>
    </form>
  );
}
