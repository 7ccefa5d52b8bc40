/** Label/value rows for read-only account facts. */
export function DefinitionList({ rows }: { rows: Array<{ label: string; value: React.ReactNode }> }) {
  return (
    <dl className="divide-y divide-border">
      {rows.map((row) => (
        <div key={row.label} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm text-muted">{row.label}</dt>
          <dd className="text-sm font-medium break-words text-fg sm:col-span-2">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
