import { cn } from "./cn";

/** Label/value rows for read-only account facts; `compact` keeps them on one line in narrow cards. */
export function DefinitionList({ rows, compact = false }: { rows: Array<{ label: string; value: React.ReactNode }>; compact?: boolean }) {
  return (
    <dl className="divide-y divide-border">
      {rows.map((row) => (
        <div key={row.label} className={cn("py-3", compact ? "flex items-baseline justify-between gap-4" : "grid gap-1 sm:grid-cols-3 sm:gap-4")}>
          <dt className="text-sm text-muted">{row.label}</dt>
          <dd className={cn("text-sm font-medium user-text text-fg", compact ? "text-right" : "sm:col-span-2")}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
