"use client";

import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function VacanciesError({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="mx-auto w-full max-w-5xl space-y-4 px-4 py-10 sm:px-6 sm:py-12">
      <Alert tone="error">{t("vacancies.error")}</Alert>
      <Button variant="secondary" onClick={reset}>
        {t("vacancies.retry")}
      </Button>
    </div>
  );
}
