"use client";

import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n-provider";
import { apiJson, type BatchStatistics, type ResumeStatistics } from "@/components/resumes/api";
import { formatDate, formatScore } from "@/components/resumes/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { MessageKey } from "@/lib/i18n";
import { BarChartWithTable } from "./bar-chart";

const BANDS = ["excellent", "good", "average", "poor"] as const;

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-2xl border border-border bg-surface p-4 shadow-xs sm:p-5">
      <p className="text-sm text-muted">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-fg tabular-nums sm:text-3xl" data-testid={testId}>
        {value}
      </p>
    </div>
  );
}

export function StatisticsView() {
  const { t, locale } = useI18n();
  const resumes = useQuery({ queryKey: ["resumes", "statistics"], queryFn: () => apiJson<ResumeStatistics>("/api/v1/resumes/statistics") });
  const batches = useQuery({ queryKey: ["batches", "statistics"], queryFn: () => apiJson<BatchStatistics>("/api/v1/batch/statistics") });
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);

  if (resumes.isPending || batches.isPending) {
    return (
      <div role="status" aria-label={t("resumes.stats.loading")} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" />
        ))}
        <div className="h-72 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none sm:col-span-2" />
        <div className="h-72 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none sm:col-span-2" />
      </div>
    );
  }
  const failed = resumes.error ?? batches.error;
  if (failed || !resumes.data || !batches.data) {
    return (
      <div className="space-y-3">
        <Alert tone="error">{t("resumes.stats.error", { reason: failed?.message ?? "" })}</Alert>
        <Button
          variant="secondary"
          onClick={() => {
            void resumes.refetch();
            void batches.refetch();
          }}
        >
          {t("resumes.list.retry")}
        </Button>
      </div>
    );
  }

  const r = resumes.data;
  const b = batches.data;
  const distribution = BANDS.map((band) => ({ label: t(`resumes.stats.band.${band}` as MessageKey), value: r.score_distribution?.[band] ?? 0 }));
  const top = (r.top_vacancies ?? []).map((v) => ({ label: v.vacancy_code ? `${v.title} (${v.vacancy_code})` : v.title, value: v.count }));
  const recent = b.recent_batches ?? [];

  return (
    <div className="space-y-8">
      <section aria-label={t("resumes.stats.title")} className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <Figure label={t("resumes.stats.total")} value={number(r.total_resumes)} testId="stat-total" />
        <Figure label={t("resumes.stats.processed")} value={number(r.processed_resumes)} />
        <Figure label={t("resumes.stats.errors")} value={number(r.error_resumes)} />
        <Figure label={t("resumes.stats.average")} value={formatScore(r.average_score, locale) ?? "—"} testId="stat-average" />
      </section>

      {r.total_resumes === 0 && <Alert tone="info">{t("resumes.stats.empty")}</Alert>}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="dist-title" className="min-w-0 p-4 sm:p-6">
          <CardTitle id="dist-title">{t("resumes.stats.distribution")}</CardTitle>
          <BarChartWithTable id="distribution" data={distribution} labelHeading={t("resumes.stats.band")} valueHeading={t("resumes.stats.count")} />
        </Card>
        <Card aria-labelledby="top-title" className="min-w-0 p-4 sm:p-6">
          <CardTitle id="top-title">{t("resumes.stats.topVacancies")}</CardTitle>
          {top.length === 0 ? (
            <p className="mt-3 text-sm text-muted">{t("resumes.stats.noVacancies")}</p>
          ) : (
            <BarChartWithTable id="top-vacancies" data={top} labelHeading={t("resumes.stats.vacancyCol")} valueHeading={t("resumes.stats.count")} layout="horizontal" />
          )}
        </Card>
      </div>

      <Card aria-labelledby="batches-title" className="p-4 sm:p-6">
        <CardTitle id="batches-title">{t("resumes.stats.batches")}</CardTitle>
        {b.total_batches === 0 ? (
          <p className="mt-3 text-sm text-muted">{t("resumes.stats.noBatches")}</p>
        ) : (
          <div className="mt-4 grid gap-6 lg:grid-cols-2">
            <div className="min-w-0">
              <dl className="grid grid-cols-2 gap-3 text-sm">
                {[
                  [t("resumes.stats.totalBatches"), number(b.total_batches)],
                  [t("resumes.stats.filesProcessed"), number(b.total_files_processed)],
                  [t("resumes.stats.successfulBatches"), number(b.successful_batches)],
                  [t("resumes.stats.failedBatches"), number(b.failed_batches)],
                  [
                    t("resumes.stats.avgTime"),
                    b.average_processing_time === null || b.average_processing_time === undefined
                      ? "—"
                      : t("resumes.stats.seconds", { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(b.average_processing_time) }),
                  ],
                ].map(([label, value]) => (
                  <div key={label} className="rounded-xl bg-subtle p-3">
                    <dt className="text-muted">{label}</dt>
                    <dd className="mt-0.5 text-lg font-semibold text-fg tabular-nums">{value}</dd>
                  </div>
                ))}
              </dl>
            </div>
            <div className="min-w-0">
              <h3 className="text-sm font-semibold text-fg">{t("resumes.stats.batchChart")}</h3>
              <BarChartWithTable
                id="batch-outcomes"
                data={[
                  { label: t("resumes.stats.successfulBatches"), value: b.successful_batches },
                  { label: t("resumes.stats.failedBatches"), value: b.failed_batches },
                ]}
                labelHeading={t("resumes.stats.batches")}
                valueHeading={t("resumes.stats.count")}
                height={180}
              />
            </div>
          </div>
        )}
        {recent.length > 0 && (
          <div className="mt-6 overflow-x-auto">
            <h3 className="text-sm font-semibold text-fg">{t("resumes.stats.recentBatches")}</h3>
            <table className="mt-2 w-full text-left text-sm">
              <thead className="text-xs tracking-wide text-muted uppercase">
                <tr className="border-b border-border">
                  <th scope="col" className="py-2 pr-3 font-semibold">{t("resumes.stats.batchStarted")}</th>
                  <th scope="col" className="py-2 pr-3 text-right font-semibold">{t("resumes.stats.batchFiles")}</th>
                  <th scope="col" className="py-2 text-right font-semibold">{t("resumes.stats.batchResult")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {recent.map((batch) => (
                  <tr key={batch.batch_id}>
                    <td className="py-2 pr-3 text-fg">{batch.start_time ? formatDate(batch.start_time, locale, true) : batch.batch_id}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{batch.total_files}</td>
                    <td className="py-2 text-right tabular-nums">
                      <span className="text-success">{batch.successful}</span> / <span className="text-danger">{batch.failed}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
