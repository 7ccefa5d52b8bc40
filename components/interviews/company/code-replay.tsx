"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import type { InterviewLanguage, TimelineEdit } from "./api";
import { CodeView } from "./code-view";
import { formatClock, formatElapsed } from "./format";

/** Lines added and removed from one version to the next (a multiset of lines: cheap, and enough for a glance). */
function lineChange(before: string, after: string) {
  const count = new Map<string, number>();
  for (const line of before.split("\n")) count.set(line, (count.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of after.split("\n")) {
    const left = count.get(line) ?? 0;
    if (left > 0) count.set(line, left - 1);
    else added += 1;
  }
  const removed = [...count.values()].reduce((a, b) => a + b, 0);
  return { added, removed };
}

/**
 * The code as it was at each recorded edit: a slider (keyboard: arrows, Home, End), step buttons
 * and play. `start` is the interview's start, for "m:ss into the interview".
 */
export function CodeReplay({ edits, language, start, finalCode }: { edits: TimelineEdit[]; language: InterviewLanguage; start: string | null; finalCode: string }) {
  const { t, locale } = useI18n();
  const versions = edits.length > 0 ? edits : [{ code: finalCode, at: start ?? "" }];
  const [index, setIndex] = useState(versions.length - 1);
  const [playing, setPlaying] = useState(false);
  const last = versions.length - 1;
  const at = Math.min(index, last);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setIndex((i) => {
        if (i >= last) {
          setPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, 700);
    return () => clearInterval(timer);
  }, [playing, last]);

  function togglePlay() {
    if (playing) return setPlaying(false);
    // Play from the start when the last version is showing.
    if (at >= last) setIndex(0);
    setPlaying(true);
  }

  const version = versions[at];
  const startMs = Date.parse(start ?? versions[0].at);
  const offset = Number.isFinite(startMs) && version.at ? formatElapsed(Date.parse(version.at) - startMs) : null;
  const change = at > 0 ? lineChange(versions[at - 1].code, version.code) : null;

  return (
    <div data-testid="code-replay">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <label htmlFor="replay-slider" className="shrink-0 text-sm font-medium text-fg">
          {t("interviews.replay.edit", { n: at + 1, total: versions.length })}
        </label>
        <input
          id="replay-slider"
          type="range"
          min={0}
          max={last}
          step={1}
          value={at}
          disabled={last === 0}
          onChange={(e) => {
            setPlaying(false);
            setIndex(Number(e.target.value));
          }}
          aria-valuetext={t("interviews.replay.valueText", { n: at + 1, total: versions.length, time: offset ?? "—" })}
          className="w-full min-w-0 accent-[var(--c-primary)] print:hidden"
        />
        <div className="flex shrink-0 gap-2 print:hidden">
          <Button variant="secondary" size="sm" disabled={at === 0} onClick={() => setIndex(at - 1)} aria-label={t("interviews.replay.previous")}>
            ‹
          </Button>
          <Button variant="secondary" size="sm" disabled={last === 0} onClick={togglePlay}>
            {playing ? t("interviews.replay.pause") : t("interviews.replay.play")}
          </Button>
          <Button variant="secondary" size="sm" disabled={at >= last} onClick={() => setIndex(at + 1)} aria-label={t("interviews.replay.next")}>
            ›
          </Button>
        </div>
      </div>
      <p className="mt-2 text-xs text-muted tabular-nums" aria-live="polite" data-testid="replay-position">
        {offset !== null && t("interviews.replay.offset", { time: offset })}
        {version.at && ` · ${formatClock(version.at, locale)}`}
        {change && ` · ${t("interviews.replay.change", { added: change.added, removed: change.removed })}`}
      </p>
      <CodeView code={version.code} language={language} label={t("interviews.replay.code")} className="mt-3" testId="replay-code" />
    </div>
  );
}
