import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "./cn";

const control =
  "block w-full rounded-lg border bg-surface px-3 text-[0.95rem] text-fg placeholder:text-muted/70 shadow-xs transition-colors hover:border-border-strong focus-visible:border-primary";

interface FieldChrome {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

function describedBy(name: string, hint?: string, error?: string) {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
}

function Chrome({ label, name, error, hint, children }: FieldChrome & { children: React.ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium text-fg">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input; its hint and error are tied to it for screen readers. */
export function TextField({ label, name, error, hint, className, ...rest }: FieldChrome & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Chrome label={label} name={name} error={error} hint={hint}>
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={cn(control, "h-10", error ? "border-danger" : "border-border", className)}
        {...rest}
      />
    </Chrome>
  );
}

export function TextAreaField({ label, name, error, hint, className, ...rest }: FieldChrome & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Chrome label={label} name={name} error={error} hint={hint}>
      <textarea
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={cn(control, "min-h-28 py-2", error ? "border-danger" : "border-border", className)}
        {...rest}
      />
    </Chrome>
  );
}
