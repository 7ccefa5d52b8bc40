"use client";

import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { InterviewRows, RowsSkeleton } from "./interview-rows";
import { useInterviews } from "./use-interviews";

/** A candidate's interviews: practice ones and those a company invited them to. */
export function CandidateInterviews() {
  const { t } = useI18n();
  const list = useInterviews();
  return (
    <Card aria-labelledby="list-title" className="p-4 sm:p-6">
      <CardTitle id="list-title">{t("interviews.list.mine")}</CardTitle>
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
            <p className="font-semibold text-fg">{t("interviews.empty.candidate.title")}</p>
            <p className="mx-auto mt-1 max-w-md text-sm text-muted">{t("interviews.empty.candidate.body")}</p>
            <ButtonLink href="/interviews/new" className="mt-4">
              {t("interviews.practice")}
            </ButtonLink>
          </div>
        ) : (
          <InterviewRows interviews={list.data} viewer="candidate" labelledBy="list-title" />
        )}
      </div>
    </Card>
  );
}
