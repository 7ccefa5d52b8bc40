"use client";

import { useI18n } from "@/components/i18n-provider";
import { cn } from "@/components/ui/cn";
import type { AntiCheatType, TimelineEvent } from "./api";
import { EVENT_COLOURS, useEventLabel } from "./event-label";
import { formatClock, formatElapsed } from "./format";

/**
 * Anti-cheat events on a time axis from the interview's start to its end: one lane per event type,
 * a mark per event (its title says when and what), with the same events as a list for screen
 * readers and print.
 */
export function AntiCheatTimeline({ events, start, end }: { events: TimelineEvent[]; start: string | null; end: string | null }) {
  const { t, locale } = useI18n();
  const label = useEventLabel();
  const times = events.map((e) => Date.parse(e.at)).filter(Number.isFinite);
  const from = Date.parse(start ?? "") || Math.min(...times);
  const to = Math.max(Date.parse(end ?? "") || 0, ...times, from + 1000);
  const span = to - from;
  const position = (at: string) => Math.min(100, Math.max(0, ((Date.parse(at) - from) / span) * 100));
  const lanes = [...new Set(events.map((e) => e.type))] as AntiCheatType[];

  if (events.length === 0) return <p className="text-sm text-muted">{t("interviews.report.noEvents")}</p>;
  return (
    <div data-testid="anti-cheat-timeline">
      <div aria-hidden className="space-y-2">
        {lanes.map((type) => (
          <div key={type} className="grid grid-cols-[7.5rem_minmax(0,1fr)] items-center gap-3 sm:grid-cols-[11rem_minmax(0,1fr)]">
            <span className="text-xs leading-tight break-words text-muted">
              {label(type)}
            </span>
            <div className="relative h-5 rounded bg-subtle">
              {events
                .filter((e) => e.type === type)
                .map((e, i) => (
                  <span
                    key={`${e.at}-${i}`}
                    title={`${label(e.type)} · ${formatElapsed(Date.parse(e.at) - from)}${e.details ? ` · ${e.details}` : ""}`}
                    className={cn("absolute top-0.5 h-4 w-1.5 -translate-x-1/2 rounded-sm print:[print-color-adjust:exact]", EVENT_COLOURS[e.type] ?? "bg-muted")}
                    style={{ left: `${position(e.at)}%` }}
                    data-testid="timeline-mark"
                  />
                ))}
            </div>
          </div>
        ))}
        <div className="grid grid-cols-[7.5rem_minmax(0,1fr)] gap-3 sm:grid-cols-[11rem_minmax(0,1fr)]">
          <span />
          <div className="flex justify-between text-[0.7rem] text-muted tabular-nums">
            {/* A short interview repeats labels ("0:00 0:00 0:01"): each is shown once, where it first appears. */}
            {[0, 0.25, 0.5, 0.75, 1].map((f, i, all) => {
              const text = formatElapsed(span * f);
              return <span key={f}>{i > 0 && text === formatElapsed(span * all[i - 1]) ? "" : text}</span>;
            })}
          </div>
        </div>
      </div>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium text-primary">{t.plural("interviews.report.eventList", events.length)}</summary>
        <table className="mt-3 w-full text-left text-sm">
          <thead className="text-xs text-muted">
            <tr>
              <th className="py-1 pr-3 font-semibold">{t("interviews.report.col.time")}</th>
              <th className="py-1 pr-3 font-semibold">{t("interviews.report.col.event")}</th>
              <th className="py-1 font-semibold">{t("interviews.report.col.details")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {events.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td className="py-1.5 pr-3 whitespace-nowrap text-muted tabular-nums">
                  {formatElapsed(Date.parse(e.at) - from)} <span className="text-xs">({formatClock(e.at, locale)})</span>
                </td>
                <td className="py-1.5 pr-3 text-fg">{label(e.type)}</td>
                <td className="py-1.5 break-all text-muted user-text">{e.details ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
