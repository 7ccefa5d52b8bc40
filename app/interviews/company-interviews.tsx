"use client";

import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { CreateInterviewForm } from "./create-interview-form";
import { InterviewRows, RowsSkeleton } from "./interview-rows";
import { useInterviews } from "./use-interviews";

/** The company's page: the create form, then its interviews. */
export function CompanyInterviews() {
  const { t } = useI18n();
  const list = useInterviews();
  return (
    <div className="space-y-8">
      <CreateInterviewForm />
      <Card aria-labelledby="list-title" className="p-4 sm:p-6">
        <CardTitle id="list-title">{t("interviews.list.title")}</CardTitle>
        <div className="mt-4">
          {list.isPending ? (
            <RowsSkeleton label={t("interviews.list.loading")} />
          ) : list.isError ? (
            <div className="space-y-3">
              <Alert tone="error">{t("interviews.list.error", { reason: list.error.message })}</Alert>
              <Button variant="secondary" onClick={() => void list.refetch()}>
                {t("interviews.retry")}
              </Button>
            </div>
          ) : list.data.length === 0 ? (
            <div className="rounded-xl border border-dashed border-border-strong px-6 py-10 text-center" data-testid="interviews-empty">
              <p className="font-semibold text-fg">{t("interviews.empty.company.title")}</p>
              <p className="mx-auto mt-1 max-w-md text-sm text-muted">{t("interviews.empty.company.body")}</p>
              <Button variant="secondary" className="mt-4" onClick={() => document.getElementById("candidate_name")?.focus()}>
                {t("interviews.empty.company.cta")}
              </Button>
            </div>
          ) : (
            <InterviewRows interviews={list.data} viewer="company" labelledBy="list-title" />
          )}
        </div>
      </Card>
    </div>
  );
}
