"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { cn } from "@/components/ui/cn";

/** Milliseconds left of the interview's time, ticking each second; null before it has started. */
export function useRemaining(startedAt: string | null | undefined, durationMinutes: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  if (!startedAt) return null;
  return Math.max(0, new Date(startedAt).getTime() + durationMinutes * 60_000 - now);
}

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** The time left; amber in the last five minutes. Screen readers hear it only when asked (no live region each second). */
export function Timer({ remaining, durationMinutes }: { remaining: number | null; durationMinutes: number }) {
  const { t } = useI18n();
  const shown = remaining ?? durationMinutes * 60_000;
  const low = remaining !== null && remaining <= 5 * 60_000;
  return (
    <p className="flex items-center gap-1.5 text-sm" data-testid="room-timer">
      <span className="text-muted">{t("room.timer.left")}</span>
      <span className={cn("font-mono text-base font-semibold tabular-nums", remaining === 0 ? "text-danger" : low ? "text-amber-600 dark:text-amber-400" : "text-fg")}>
        {formatClock(shown)}
      </span>
    </p>
  );
}
