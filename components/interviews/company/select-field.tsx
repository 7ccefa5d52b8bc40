import type { SelectHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

/** A labelled native select, styled like the app's text fields. */
export function SelectField({
  label,
  name,
  hint,
  options,
  className,
  ...rest
}: {
  label: string;
  name: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <select
        id={name}
        name={name}
        aria-describedby={hint ? `${name}-hint` : undefined}
        className={cn(
          "block h-10 w-full min-w-0 rounded-lg border border-border bg-surface px-3 text-sm text-fg shadow-xs hover:border-border-strong focus-visible:border-primary",
          className,
        )}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
