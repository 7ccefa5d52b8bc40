"use client";

import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/i18n/form-errors";
import { resendVerificationAction } from "./resend-verification-action";

/** Whether the account's email is confirmed; if not, a button that mails a new link. */
export function EmailVerification({ verified }: { verified: boolean }) {
  const { t } = useI18n();
  const [state, action] = useActionState<FormState>(resendVerificationAction, {});
  if (verified) return <Alert tone="success">{t("recovery.profile.verified")}</Alert>;
  return (
    <div className="space-y-3">
      {state.error && <Alert tone="error">{t(state.error)}</Alert>}
      {state.ok ? (
        <Alert tone="success">{t(state.ok, { email: state.values?.email ?? "" })}</Alert>
      ) : (
        <form action={action} className="flex flex-col gap-3 rounded-lg border border-primary/20 bg-primary-soft px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-fg">{t("recovery.profile.unverified")}</p>
          <SubmitButton variant="secondary" size="sm" className="shrink-0" pendingText={t("recovery.profile.resending")}>
            {t("recovery.profile.resend")}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
