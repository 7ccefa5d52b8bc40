"use client";

import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { InterviewRows, RowsSkeleton } from "./interview-rows";
import { useInterviews } from "./use-interviews";

/**
 * The caller's interviews with a loading skeleton, an error with a retry, and an empty state that
 * says what to do: a company creates one with the form above, a candidate starts a practice one.
 */
export function InterviewList({ viewer }: { viewer: "company" | "candidate" }) {
  const { t } = useI18n();
  const list = useInterviews();
  const company = viewer === "company";
  return (
    <Card aria-labelledby="list-title" className="p-4 sm:p-6">
      <CardTitle id="list-title">{company ? t("interviews.list.title") : t("interviews.list.mine")}</CardTitle>
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
            <p className="font-semibold text-fg">{company ? t("interviews.empty.company.title") : t("interviews.empty.candidate.title")}</p>
            <p className="mx-auto mt-1 max-w-md text-sm text-muted">{company ? t("interviews.empty.company.body") : t("interviews.empty.candidate.body")}</p>
            {company ? (
              <Button variant="secondary" className="mt-4" onClick={() => document.getElementById("candidate_name")?.focus()}>
                {t("interviews.empty.company.cta")}
              </Button>
            ) : (
              <ButtonLink href="/interviews/new" className="mt-4">
                {t("interviews.practice")}
              </ButtonLink>
            )}
          </div>
        ) : (
          <InterviewRows interviews={list.data} viewer={viewer} labelledBy="list-title" />
        )}
      </div>
    </Card>
  );
}
