"use client";

import { useI18n } from "@/components/i18n-provider";
import { Card, CardTitle } from "@/components/ui/card";
import type { Report } from "./api";
import { Markdown } from "./markdown";

const percent = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100);

function MetricBar({ label, value, strong }: { label: string; value: number; strong?: boolean }) {
  const p = percent(value);
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className={strong ? "font-semibold text-fg" : "text-fg"}>{label}</span>
        <span className="font-semibold text-fg tabular-nums">{p}%</span>
      </div>
      <div className="mt-1 h-2 overflow-hidden rounded-full bg-subtle" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={p}>
        <div className={strong ? "h-full rounded-full bg-primary" : "h-full rounded-full bg-primary/60"} style={{ width: `${p}%` }} />
      </div>
    </div>
  );
}

/** The candidate's part of the report: the scores, test totals, run figures, the feedback text and recommendations. */
export function ReportView({ report, className }: { report: Report; className?: string }) {
  const { t } = useI18n();
  const { metrics, test_results: tests, execution_stats: stats, recommendations } = report;
  return (
    <div className={className} data-testid="interview-report">
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("room.report.scores")}</CardTitle>
          <div className="mt-4 space-y-3">
            <MetricBar label={t("room.report.overall")} value={metrics.overall_score} strong />
            <MetricBar label={t("room.report.correctness")} value={metrics.correctness} />
            <MetricBar label={t("room.report.optimality")} value={metrics.optimality} />
            <MetricBar label={t("room.report.codeStyle")} value={metrics.code_style} />
            <MetricBar label={t("room.report.softSkills")} value={metrics.soft_skills} />
          </div>
        </Card>
        <Card>
          <CardTitle>{t("room.report.tests")}</CardTitle>
          <dl className="mt-4 grid grid-cols-2 gap-3 text-sm">
            <div className="rounded-lg bg-subtle p-3">
              <dt className="text-xs text-muted">{t("room.report.visibleTests")}</dt>
              <dd className="mt-1 text-lg font-semibold text-fg">{t("room.report.passedOf", { passed: tests.visible_tests.passed, total: tests.visible_tests.total })}</dd>
            </div>
            <div className="rounded-lg bg-subtle p-3">
              <dt className="text-xs text-muted">{t("room.report.hiddenTests")}</dt>
              <dd className="mt-1 text-lg font-semibold text-fg">{t("room.report.passedOf", { passed: tests.hidden_tests.passed, total: tests.hidden_tests.total })}</dd>
            </div>
            <div className="rounded-lg bg-subtle p-3">
              <dt className="text-xs text-muted">{t("room.report.runs")}</dt>
              <dd className="mt-1 text-lg font-semibold text-fg">{stats.total_runs}</dd>
            </div>
            <div className="rounded-lg bg-subtle p-3">
              <dt className="text-xs text-muted">{t("room.report.avgTime")}</dt>
              <dd className="mt-1 text-lg font-semibold text-fg">{t("room.run.ms", { value: Math.round(stats.average_execution_time_ms) })}</dd>
            </div>
          </dl>
          <p className="mt-3 text-xs text-muted">{t("room.report.maxMemory", { value: stats.max_memory_usage_mb.toFixed(1) })}</p>
        </Card>
      </div>
      <Card className="mt-4">
        <CardTitle>{t("room.report.feedback")}</CardTitle>
        <Markdown className="mt-2">{report.candidate_report}</Markdown>
      </Card>
      <Card className="mt-4">
        <CardTitle>{t("room.report.recommendations")}</CardTitle>
        <p className="mt-2 text-sm text-fg">
          {t("room.report.level")} <span className="font-semibold">{recommendations.level}</span>
        </p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold text-success">{t("room.report.strengths")}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-fg">
              {recommendations.strengths.length ? recommendations.strengths.map((s, i) => <li key={i}>{s}</li>) : <li className="list-none text-muted">—</li>}
            </ul>
          </div>
          <div>
            <h3 className="text-sm font-semibold text-danger">{t("room.report.weaknesses")}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-fg">
              {recommendations.weaknesses.length ? recommendations.weaknesses.map((s, i) => <li key={i}>{s}</li>) : <li className="list-none text-muted">—</li>}
            </ul>
          </div>
        </div>
      </Card>
    </div>
  );
}
