"use client";

import Link from "next/link";
import type { InterviewSummary } from "@/components/interviews/company/api";
import { formatDateTime, formatPercent } from "@/components/interviews/company/format";
import { InterviewStatusBadge } from "@/components/interviews/company/status-badge";
import { useI18n } from "@/components/i18n-provider";

const GRIDS = {
  company: "md:grid md:grid-cols-[minmax(0,1.6fr)_minmax(0,1.6fr)_7.5rem_7.5rem_minmax(0,1.3fr)_4.5rem_8rem] md:items-center md:gap-3",
  candidate: "md:grid md:grid-cols-[minmax(0,2fr)_7.5rem_7.5rem_minmax(0,1.3fr)_4.5rem_8rem] md:items-center md:gap-3",
};
const COLUMNS = {
  company: ["candidate", "task", "language", "status", "time", "score", "open"],
  candidate: ["task", "language", "status", "time", "score", "open"],
} as const;

/**
 * Interviews as rows of a grid on wide screens and stacked cards on a phone. `viewer` decides the
 * first column and the links: a company watches live or reads the report; a candidate goes back
 * into the room or reads their report.
 */
export function InterviewRows({ interviews, viewer, labelledBy }: { interviews: InterviewSummary[]; viewer: "company" | "candidate"; labelledBy: string }) {
  const { t, locale } = useI18n();
  const dash = <span className="text-muted">—</span>;
  const GRID = GRIDS[viewer];
  return (
    <div role="table" aria-labelledby={labelledBy} className="text-sm">
      <div role="rowgroup" className="hidden border-b border-border pb-2 text-xs font-semibold tracking-wide text-muted uppercase md:block">
        <div role="row" className={GRID}>
          {COLUMNS[viewer].map((col) => (
            <span role="columnheader" key={col} className={col === "score" ? "text-right" : col === "open" ? "sr-only" : undefined}>
              {t(`interviews.col.${col}`)}
            </span>
          ))}
        </div>
      </div>
      <ul role="rowgroup" className="divide-y divide-border" data-testid="interview-rows">
        {interviews.map((row) => {
          const score = formatPercent(row.overall_score, locale);
          const finished = row.status === "FINISHED";
          const href =
            viewer === "company"
              ? `/interviews/${row.interview_id}/${finished ? "report" : "live"}`
              : finished
                ? `/interviews/${row.interview_id}/report`
                : `/interviews/${row.interview_id}`;
          const started = formatDateTime(row.started_at, locale, "short");
          const ended = formatDateTime(row.finished_at, locale, "short");
          return (
            <li role="row" key={row.interview_id} data-testid="interview-row" data-status={row.status} className={`grid grid-cols-2 gap-x-3 gap-y-1.5 py-3 ${GRID}`}>
              {viewer === "company" && (
                <span role="cell" className="col-span-2 min-w-0 font-semibold break-words text-fg user-text md:col-span-1">
                  {row.candidate_name ?? dash}
                  {row.candidate_email && <span className="block truncate text-xs font-normal text-muted">{row.candidate_email}</span>}
                </span>
              )}
              <span role="cell" className={`col-span-2 min-w-0 break-words text-fg md:col-span-1 ${viewer === "candidate" ? "font-semibold" : ""}`}>
                {row.task_title ?? dash}
              </span>
              <span role="cell" className="text-muted">
                {row.language === "python" ? "Python" : "JavaScript"} · {t(`interviews.level.${row.level}`)}
              </span>
              <span role="cell">
                <InterviewStatusBadge status={row.status} startedAt={row.started_at} />
              </span>
              <span role="cell" className="col-span-2 text-xs text-muted md:col-span-1">
                {started ? (
                  <>
                    <span className="block">{t("interviews.list.started", { at: started })}</span>
                    {ended && <span className="block">{t("interviews.list.finished", { at: ended })}</span>}
                  </>
                ) : (
                  t("interviews.list.created", { at: formatDateTime(row.created_at, locale, "short") ?? "—" })
                )}
              </span>
              <span role="cell" className="font-semibold text-fg tabular-nums md:text-right">
                <span className="mr-1 text-xs font-normal text-muted md:hidden">{t("interviews.col.score")}</span>
                {score ?? dash}
              </span>
              <span role="cell" className="text-right">
                <Link href={href} className="font-semibold text-primary underline-offset-4 hover:underline">
                  {viewer === "company"
                    ? finished
                      ? t("interviews.open.report")
                      : t("interviews.open.live")
                    : finished
                      ? t("interviews.open.report")
                      : t("interviews.open.room")}
                </Link>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function RowsSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-3">
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-12 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />
      ))}
    </div>
  );
}
