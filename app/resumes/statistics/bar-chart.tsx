"use client";

import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/components/i18n-provider";

const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(REDUCED_MOTION);
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => window.matchMedia(REDUCED_MOTION).matches,
    // The server renders no animation preference: assume reduced until the browser says.
    () => true,
  );
}

/**
 * A bar chart and, under a disclosure, the same figures as a table: the chart is hidden from
 * screen readers, the table is the text alternative.
 */
export function BarChartWithTable({
  id,
  data,
  labelHeading,
  valueHeading,
  layout = "vertical",
  height = 240,
}: {
  id: string;
  data: Array<{ label: string; value: number }>;
  labelHeading: string;
  valueHeading: string;
  /** "vertical" bars over category labels; "horizontal" bars for long labels (vacancy titles). */
  layout?: "vertical" | "horizontal";
  height?: number;
}) {
  const { t, locale } = useI18n();
  const reduced = usePrefersReducedMotion();
  const horizontal = layout === "horizontal";
  const chartHeight = horizontal ? Math.max(height, data.length * 44 + 40) : height;
  const tick = { fill: "var(--c-muted)", fontSize: 12 };

  return (
    <figure className="mt-4" data-testid={`chart-${id}`}>
      <div aria-hidden="true" style={{ height: chartHeight }} className="w-full min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout={horizontal ? "vertical" : "horizontal"}
            margin={{ top: 8, right: 12, bottom: 8, left: horizontal ? 8 : -16 }}
          >
            <CartesianGrid stroke="var(--c-border)" strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={false} tick={tick} stroke="var(--c-border-strong)" />
                <YAxis type="category" dataKey="label" width={120} tick={tick} stroke="var(--c-border-strong)" />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={tick} stroke="var(--c-border-strong)" interval={0} tickFormatter={(v: string) => v.replace(/\s*\(.*\)$/, "")} />
                <YAxis allowDecimals={false} tick={tick} stroke="var(--c-border-strong)" />
              </>
            )}
            <Tooltip
              cursor={{ fill: "var(--c-subtle)" }}
              contentStyle={{ background: "var(--c-surface)", border: "1px solid var(--c-border)", borderRadius: 8, color: "var(--c-fg)" }}
              formatter={(value) => [new Intl.NumberFormat(locale).format(Number(value)), valueHeading]}
            />
            <Bar dataKey="value" fill="var(--c-primary)" radius={horizontal ? [0, 6, 6, 0] : [6, 6, 0, 0]} isAnimationActive={!reduced} maxBarSize={48} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted">{t("resumes.stats.tableAlt")}</summary>
        <table className="mt-2 w-full text-left">
          <thead className="text-xs tracking-wide text-muted uppercase">
            <tr className="border-b border-border">
              <th scope="col" className="py-1.5 pr-3 font-semibold">{labelHeading}</th>
              <th scope="col" className="py-1.5 text-right font-semibold">{valueHeading}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {data.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="py-1.5 pr-3 font-normal break-words text-fg user-text">{row.label}</th>
                <td className="py-1.5 text-right text-fg tabular-nums">{new Intl.NumberFormat(locale).format(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
