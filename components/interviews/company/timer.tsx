"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { cn } from "@/components/ui/cn";
import { formatElapsed } from "./format";

/** Time since the candidate opened the interview, and what is left of its limit. */
export function InterviewTimer({
  startedAt,
  finishedAt,
  durationMinutes,
  finished,
}: {
  startedAt: string | null;
  finishedAt: string | null;
  durationMinutes: number;
  finished: boolean;
}) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt || finished) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt, finished]);

  if (!startedAt) return <span className="text-sm text-muted tabular-nums">{t("interviews.timer.notStarted")}</span>;
  const end = finished && finishedAt ? Date.parse(finishedAt) : now;
  const elapsed = end - Date.parse(startedAt);
  const left = durationMinutes * 60_000 - elapsed;
  return (
    <span className="text-sm font-medium text-fg tabular-nums" data-testid="timer" role="timer" aria-live="off">
      {finished
        ? t("interviews.timer.took", { time: formatElapsed(elapsed) })
        : t("interviews.timer.running", { elapsed: formatElapsed(elapsed), limit: formatElapsed(durationMinutes * 60_000) })}
      {!finished && left < 0 && <span className={cn("ml-2 text-danger")}>{t("interviews.timer.over")}</span>}
    </span>
  );
}
