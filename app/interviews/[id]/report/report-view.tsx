"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import {
  apiJson,
  ApiFailure,
  interviewPath,
  type InterviewDetail,
  type ReportAnswer,
  type ReportBody,
  type Timeline,
} from "@/components/interviews/company/api";
import { AntiCheatTimeline } from "@/components/interviews/company/anti-cheat-timeline";
import { ChatTranscript } from "@/components/interviews/company/chat-transcript";
import { CodeReplay } from "@/components/interviews/company/code-replay";
import { useEventLabel } from "@/components/interviews/company/event-label";
import { formatDateTime, formatElapsed, formatNumber, formatPercent } from "@/components/interviews/company/format";
import { MarkdownText } from "@/components/interviews/company/markdown-text";
import { ScoreBar } from "@/components/interviews/company/status-badge";
import { useI18n } from "@/components/i18n-provider";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { LoadFailure } from "../live/live-view";

const METRICS = ["correctness", "optimality", "code_style", "soft_skills", "overall_score"] as const;
type Metric = (typeof METRICS)[number];

const notFinished = (err: unknown) => err instanceof ApiFailure && err.status === 404 && err.code === "INTERVIEW_NOT_FINISHED";

/**
 * The report of a finished interview: the five metrics (bars and a table), the test tables,
 * execution figures, the anti-cheat totals and time axis, a replay of the recorded edits, the
 * chat, and the texts and recommendations. Every number is the API's; this only lays them out.
 */
export function ReportView({ id, viewer }: { id: string; viewer: "company" | "candidate" }) {
  const { t } = useI18n();
  const interview = useQuery({
    queryKey: ["interview", id],
    queryFn: () => apiJson<InterviewDetail>(interviewPath(id)),
    retry: (count, err) => !(err instanceof ApiFailure && err.status === 404) && count < 3,
  });
  const report = useQuery({
    queryKey: ["interview", id, "report"],
    queryFn: () => apiJson<ReportAnswer>(interviewPath(id, "/report")),
    enabled: interview.isSuccess,
    retry: (count, err) => !(err instanceof ApiFailure && err.status === 404) && count < 3,
  });
  const timeline = useQuery({
    queryKey: ["interview", id, "timeline"],
    queryFn: () => apiJson<Timeline>(interviewPath(id, "/timeline")),
    enabled: report.isSuccess,
  });

  if (interview.isError) return <LoadFailure error={interview.error} onRetry={() => void interview.refetch()} />;
  if (report.isError && notFinished(report.error)) {
    return (
      <Card className="mx-auto max-w-xl text-center" data-testid="report-not-ready">
        <CardTitle>{t("interviews.report.notFinished.title")}</CardTitle>
        <p className="mt-2 text-sm text-muted">{t("interviews.report.notFinished.body")}</p>
        <ButtonLink href={viewer === "company" ? `/interviews/${id}/live` : `/interviews/${id}`} className="mt-5">
          {viewer === "company" ? t("interviews.open.live") : t("interviews.open.room")}
        </ButtonLink>
      </Card>
    );
  }
  if (report.isError) return <LoadFailure error={report.error} onRetry={() => void report.refetch()} />;
  if (!interview.data || !report.data) {
    return (
      <div role="status" aria-label={t("interviews.report.loading")} className="space-y-4">
        <div className="h-10 w-2/3 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />
        <div className="h-64 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" />
      </div>
    );
  }
  return <Report interview={interview.data} report={report.data.report} timeline={timeline.data ?? null} timelineFailed={timeline.isError} viewer={viewer} />;
}

function Report({
  interview,
  report,
  timeline,
  timelineFailed,
  viewer,
}: {
  interview: InterviewDetail;
  report: ReportBody;
  timeline: Timeline | null;
  timelineFailed: boolean;
  viewer: "company" | "candidate";
}) {
  const { t, locale } = useI18n();
  const label = useEventLabel();
  const start = interview.started_at ?? null;
  const end = interview.finished_at ?? null;
  const took = start && end ? formatElapsed(Date.parse(end) - Date.parse(start)) : null;
  const details = report.details ?? {};
  const formulas = details.formulas ?? {};
  const percent = (v: number | null | undefined) => formatPercent(v, locale) ?? "—";
  const ms = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${formatNumber(v, locale, 0)} ${t("interviews.unit.ms")}`);

  return (
    <article className="space-y-6" data-testid="report">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <Link href="/interviews" className="text-sm font-semibold text-primary underline-offset-4 hover:underline print:hidden">
            ← {t("interviews.back")}
          </Link>
          <p className="mt-2 text-xs font-semibold tracking-wide text-muted uppercase">{t("interviews.report.title")}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words text-fg user-text sm:text-3xl">
            {interview.candidate_name ?? t("interviews.anonymousCandidate")}
          </h1>
          <p className="mt-1 text-muted">
            {interview.task.title} · {interview.language === "python" ? "Python" : "JavaScript"} · {t(`interviews.level.${interview.level}`)}
          </p>
          <p className="mt-1 text-sm text-muted">
            {t("interviews.report.finishedAt", { at: formatDateTime(end, locale) ?? "—" })}
            {took && ` · ${t("interviews.report.took", { time: took })}`}
          </p>
        </div>
        <div className="flex items-center gap-4 sm:flex-col sm:items-end">
          <div className="text-right">
            <p className="text-xs text-muted">{t("interviews.metric.overall_score")}</p>
            <p className="text-4xl font-semibold text-fg tabular-nums" data-testid="overall-score">
              {percent(report.metrics.overall_score)}
            </p>
          </div>
          <Button variant="secondary" size="sm" onClick={() => window.print()} className="print:hidden">
            {t("interviews.report.print")}
          </Button>
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="metrics-title" className="p-4 sm:p-6 print:break-inside-avoid">
          <CardTitle id="metrics-title">{t("interviews.report.metrics")}</CardTitle>
          <ul className="mt-4 space-y-3" data-testid="metrics">
            {METRICS.map((m) => (
              <li key={m}>
                <div className="flex items-baseline justify-between gap-3 text-sm">
                  <span className={cn("text-fg", m === "overall_score" && "font-semibold")}>{t(`interviews.metric.${m}`)}</span>
                  <span className="font-semibold text-fg tabular-nums" data-metric={m}>
                    {percent(report.metrics[m])}
                  </span>
                </div>
                <div className="mt-1.5">
                  <ScoreBar value={report.metrics[m]} label={t(`interviews.metric.${m}`)} tone={m === "overall_score" ? "success" : "primary"} />
                </div>
              </li>
            ))}
          </ul>
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-primary">{t("interviews.report.asTable")}</summary>
            <MetricsTable metrics={report.metrics} formulas={formulas} />
          </details>
        </Card>

        <Card aria-labelledby="tests-title" className="p-4 sm:p-6 print:break-inside-avoid">
          <CardTitle id="tests-title">{t("interviews.report.tests")}</CardTitle>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="test-summary">
              <thead className="text-xs text-muted">
                <tr>
                  <th className="py-1 pr-3 font-semibold">{t("interviews.report.col.set")}</th>
                  <th className="py-1 pr-3 text-right font-semibold">{t("interviews.report.col.passed")}</th>
                  <th className="py-1 pr-3 text-right font-semibold">{t("interviews.report.col.failed")}</th>
                  <th className="py-1 text-right font-semibold">{t("interviews.report.col.rate")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {(
                  [
                    ["visible", report.test_results.visible_tests],
                    ["hidden", report.test_results.hidden_tests],
                    ...(details.performance_tests ? [["performance", details.performance_tests] as const] : []),
                  ] as const
                ).map(([set, s]) => (
                  <tr key={set} data-set={set}>
                    <th scope="row" className="py-2 pr-3 font-medium text-fg">
                      {t(`interviews.report.set.${set}`)}
                    </th>
                    <td className="py-2 pr-3 text-right text-fg tabular-nums">
                      {s.passed} / {s.total}
                    </td>
                    <td className={cn("py-2 pr-3 text-right tabular-nums", s.failed > 0 ? "text-danger" : "text-muted")}>{s.failed}</td>
                    <td className="py-2 text-right font-semibold text-fg tabular-nums">{percent(s.total ? s.passed / s.total : null)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3 className="mt-6 text-sm font-semibold text-fg">{t("interviews.report.execution")}</h3>
          <dl className="mt-2 grid grid-cols-2 gap-3 text-sm sm:grid-cols-3" data-testid="execution-stats">
            <Figure label={t("interviews.report.avgTime")} value={ms(report.execution_stats.average_execution_time_ms)} />
            <Figure label={t("interviews.report.maxMemory")} value={`${formatNumber(report.execution_stats.max_memory_usage_mb, locale) ?? "—"} ${t("interviews.unit.mb")}`} />
            <Figure label={t("interviews.report.totalRuns")} value={String(report.execution_stats.total_runs)} />
            {details.candidate_time_ms !== undefined && <Figure label={t("interviews.report.candidateTime")} value={ms(details.candidate_time_ms)} />}
            {details.reference_time_ms !== undefined && <Figure label={t("interviews.report.referenceTime")} value={ms(details.reference_time_ms)} />}
          </dl>
        </Card>
      </div>

      <Card aria-labelledby="anticheat-title" className="p-4 sm:p-6 print:break-inside-avoid">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <CardTitle id="anticheat-title">{t("interviews.report.antiCheat")}</CardTitle>
          <span className="text-sm text-muted">{t.plural("interviews.report.totalEvents", report.anti_cheat.total_events)}</span>
        </div>
        <div className="mt-4 grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <div>
            <div className="flex items-baseline justify-between text-sm">
              <span className="text-fg">{t("interviews.report.suspicious")}</span>
              <span className="font-semibold text-fg tabular-nums" data-testid="suspicious-score">
                {percent(report.anti_cheat.suspicious_score)}
              </span>
            </div>
            <div className="mt-1.5">
              <ScoreBar value={report.anti_cheat.suspicious_score} label={t("interviews.report.suspicious")} tone="danger" />
            </div>
            {formulas.suspicious_score && <p className="mt-2 text-xs text-muted">{formulas.suspicious_score}</p>}
            <table className="mt-4 w-full text-left text-sm" data-testid="event-counts">
              <thead className="text-xs text-muted">
                <tr>
                  <th className="py-1 pr-3 font-semibold">{t("interviews.report.col.event")}</th>
                  <th className="py-1 text-right font-semibold">{t("interviews.report.col.count")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {report.anti_cheat.events.length === 0 && (
                  <tr>
                    <td colSpan={2} className="py-2 text-muted">
                      {t("interviews.report.noEvents")}
                    </td>
                  </tr>
                )}
                {report.anti_cheat.events.map((e) => (
                  <tr key={e.type} data-type={e.type}>
                    <td className="py-2 pr-3 text-fg">{label(e.type)}</td>
                    <td className="py-2 text-right font-semibold text-fg tabular-nums">{e.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="min-w-0">
            <h3 className="mb-3 text-sm font-semibold text-fg">{t("interviews.report.axis")}</h3>
            {timeline ? <AntiCheatTimeline events={timeline.events} start={start} end={end} /> : <TimelineState failed={timelineFailed} />}
          </div>
        </div>
      </Card>

      <Card aria-labelledby="replay-title" className="p-4 sm:p-6">
        <CardTitle id="replay-title">{t("interviews.report.replay")}</CardTitle>
        <p className="mt-1 text-sm text-muted">{t("interviews.report.replayLead")}</p>
        <div className="mt-4">
          {timeline ? <CodeReplay edits={timeline.edits} language={interview.language} start={start} finalCode={interview.current_code} /> : <TimelineState failed={timelineFailed} />}
        </div>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="texts-title" className="p-4 sm:p-6">
          <CardTitle id="texts-title">{t("interviews.report.summary")}</CardTitle>
          {viewer === "company" && (
            <section className="mt-4" data-testid="recruiter-report">
              <h3 className="text-sm font-semibold text-fg">{t("interviews.report.forRecruiter")}</h3>
              <div className="mt-2">
                <MarkdownText markdown={report.recruiter_report} />
              </div>
            </section>
          )}
          <section className="mt-5">
            <h3 className="text-sm font-semibold text-fg">{viewer === "company" ? t("interviews.report.forCandidate") : t("interviews.report.yourFeedback")}</h3>
            <div className="mt-2">
              <MarkdownText markdown={report.candidate_report} />
            </div>
          </section>
        </Card>

        <Card aria-labelledby="recs-title" className="p-4 sm:p-6" data-testid="recommendations">
          <CardTitle id="recs-title">{t("interviews.report.recommendations")}</CardTitle>
          <p className="mt-3 text-sm text-muted">
            {t("interviews.report.level")} <span className="ml-1 rounded-full bg-primary-soft px-2.5 py-0.5 font-semibold text-primary">{report.recommendations.level}</span>
          </p>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <Points title={t("interviews.report.strengths")} items={report.recommendations.strengths} tone="success" />
            <Points title={t("interviews.report.weaknesses")} items={report.recommendations.weaknesses} tone="danger" />
          </div>
          {details.lint && details.lint.length > 0 && (
            <details className="mt-5">
              <summary className="cursor-pointer text-sm font-medium text-primary">{t.plural("interviews.report.lint", details.lint.length)}</summary>
              <ul className="mt-2 space-y-1 text-xs">
                {details.lint.map((l, i) => (
                  <li key={i} className="text-muted">
                    <span className="font-mono text-fg">{l.rule}</span>
                    {l.line !== undefined && ` · ${t("interviews.report.line", { line: l.line })}`} · {l.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Card>
      </div>

      <Card aria-labelledby="chat-title" className="p-4 sm:p-6">
        <CardTitle id="chat-title">{t("interviews.report.chat")}</CardTitle>
        <div className="mt-4">{timeline ? <ChatTranscript messages={timeline.messages} /> : <TimelineState failed={timelineFailed} />}</div>
      </Card>
    </article>
  );
}

function MetricsTable({ metrics, formulas }: { metrics: ReportBody["metrics"]; formulas: Record<string, string> }) {
  const { t, locale } = useI18n();
  return (
    <table className="mt-3 w-full text-left text-sm" data-testid="metrics-table">
      <thead className="text-xs text-muted">
        <tr>
          <th className="py-1 pr-3 font-semibold">{t("interviews.report.col.metric")}</th>
          <th className="py-1 pr-3 text-right font-semibold">{t("interviews.report.col.value")}</th>
          <th className="py-1 font-semibold">{t("interviews.report.col.how")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {METRICS.map((m: Metric) => (
          <tr key={m} className="align-top">
            <th scope="row" className="py-2 pr-3 font-medium text-fg">
              {t(`interviews.metric.${m}`)}
            </th>
            <td className="py-2 pr-3 text-right text-fg tabular-nums">{formatNumber(metrics[m], locale, 3)}</td>
            <td className="py-2 text-xs break-words text-muted">{formulas[m] ?? formulas[m.replace("_score", "")] ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg bg-subtle px-3 py-2">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="mt-0.5 font-semibold text-fg tabular-nums">{value}</dd>
    </div>
  );
}

function Points({ title, items, tone }: { title: string; items: string[]; tone: "success" | "danger" }) {
  const { t } = useI18n();
  return (
    <div>
      <h3 className={cn("text-sm font-semibold", tone === "success" ? "text-success" : "text-danger")}>{title}</h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t("interviews.report.none")}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-fg">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function TimelineState({ failed }: { failed: boolean }) {
  const { t } = useI18n();
  return failed ? <p className="text-sm text-danger">{t("interviews.report.timelineFailed")}</p> : <div className="h-24 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />;
}
