"use client";

import { useI18n } from "@/components/i18n-provider";
import { cn } from "@/components/ui/cn";
import type { InterviewStatus } from "./api";

/** Where an interview stands: invited (not opened yet), in progress, or finished. */
export function InterviewStatusBadge({ status, startedAt }: { status: InterviewStatus; startedAt: string | null }) {
  const { t } = useI18n();
  const state = status === "FINISHED" ? "finished" : startedAt ? "inProgress" : "waiting";
  return (
    <span
      data-testid="interview-status"
      data-status={state}
      className={cn(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap",
        state === "finished" ? "bg-success-soft text-success" : state === "inProgress" ? "bg-primary-soft text-primary" : "bg-subtle text-muted",
      )}
    >
      {t(`interviews.status.${state}`)}
    </span>
  );
}

/** A 0-1 score as a bar with its figure; the figure is the accessible value. */
export function ScoreBar({ value, label, tone = "primary" }: { value: number | null; label: string; tone?: "primary" | "danger" | "success" }) {
  const { locale } = useI18n();
  const pct = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct ?? undefined}
      aria-valuetext={pct === null ? "—" : new Intl.NumberFormat(locale, { style: "percent" }).format(pct / 100)}
      className="h-2.5 w-full overflow-hidden rounded-full bg-subtle print:border print:border-border"
    >
      <div
        className={cn(
          "h-full rounded-full transition-[width] motion-reduce:transition-none print:[print-color-adjust:exact]",
          tone === "danger" ? "bg-danger" : tone === "success" ? "bg-success" : "bg-primary",
        )}
        style={{ width: `${pct ?? 0}%` }}
      />
    </div>
  );
}
