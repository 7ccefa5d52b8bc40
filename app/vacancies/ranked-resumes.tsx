"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardLead, CardTitle } from "@/components/ui/card";

/** The contract of GET /api/vacancies/{vacancy_id}/resumes (the resume pipeline serves it). */
export interface RankedResume {
  resume_id: string;
  candidate_name: string | null;
  original_filename: string;
  total_score: number;
  confidence_score: number;
  matched_requirements: string[];
  missing_requirements: string[];
}

async function fetchRanking(vacancyId: string): Promise<RankedResume[]> {
  const res = await fetch(`/api/vacancies/${vacancyId}/resumes`);
  if (!res.ok) throw new Error(`ranking: ${res.status}`);
  const body = (await res.json()) as { resumes?: RankedResume[] };
  return body.resumes ?? [];
}

function scoreTone(score: number) {
  if (score >= 70) return "bg-success";
  if (score >= 40) return "bg-primary";
  return "bg-danger";
}

export function RankedResumes({ vacancyId }: { vacancyId: string }) {
  const { t, locale } = useI18n();
  const query = useQuery({ queryKey: ["vacancy-ranking", vacancyId], queryFn: () => fetchRanking(vacancyId) });
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });

  return (
    <Card className="space-y-4" aria-labelledby="ranking-title">
      <div>
        <CardTitle id="ranking-title">{t("vacancies.ranking.title")}</CardTitle>
        <CardLead>{t("vacancies.ranking.lead")}</CardLead>
      </div>
      {query.isPending ? (
        <div className="space-y-2" aria-busy="true">
          <span className="sr-only">{t("vacancies.loading")}</span>
          {[0, 1].map((i) => (
            <div key={i} className="h-16 animate-pulse rounded-xl bg-subtle motion-reduce:animate-none" />
          ))}
        </div>
      ) : query.isError ? (
        <div className="space-y-3">
          <Alert tone="error">{t("vacancies.ranking.error")}</Alert>
          <Button variant="secondary" size="sm" onClick={() => query.refetch()}>
            {t("vacancies.retry")}
          </Button>
        </div>
      ) : query.data.length === 0 ? (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-border-strong p-4">
          <p className="text-sm text-muted">{t("vacancies.ranking.empty")}</p>
          <ButtonLink href="/resumes" variant="secondary" size="sm">
            {t("vacancies.ranking.upload")}
          </ButtonLink>
        </div>
      ) : (
        <ol className="space-y-3">
          {query.data.map((r) => (
            <li key={r.resume_id} className="rounded-xl border border-border bg-bg p-3 sm:p-4">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <Link href={`/resumes/${r.resume_id}`} className="user-text font-medium text-fg hover:text-primary hover:underline">
                    {r.candidate_name ?? t("vacancies.ranking.unnamed")}
                  </Link>
                  <p className="truncate text-xs text-muted">{r.original_filename}</p>
                </div>
                <div className="text-right">
                  <p className="text-lg font-semibold text-fg tabular-nums" aria-label={`${t("vacancies.ranking.score")} ${r.total_score}`}>
                    {Math.round(r.total_score)}
                  </p>
                  <p className="text-xs text-muted">{t("vacancies.ranking.confidence", { value: pct.format(r.confidence_score) })}</p>
                </div>
              </div>
              <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-subtle" aria-hidden="true">
                <div className={`h-full ${scoreTone(r.total_score)}`} style={{ width: `${Math.max(0, Math.min(100, r.total_score))}%` }} />
              </div>
              <dl className="mt-2 grid gap-1 text-xs sm:grid-cols-2">
                <div>
                  <dt className="inline font-medium text-success">{t("vacancies.ranking.matched")}: </dt>
                  <dd className="inline text-fg">{r.matched_requirements.join(", ") || "—"}</dd>
                </div>
                <div>
                  <dt className="inline font-medium text-danger">{t("vacancies.ranking.missing")}: </dt>
                  <dd className="inline text-fg">{r.missing_requirements.join(", ") || "—"}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
