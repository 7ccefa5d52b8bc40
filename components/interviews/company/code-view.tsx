import { cn } from "@/components/ui/cn";
import type { InterviewLanguage } from "./api";
import { tokenize, type Token } from "./highlight";

const TONES: Record<Token["kind"], string> = {
  keyword: "font-semibold text-primary",
  string: "text-success",
  comment: "italic text-muted",
  number: "text-accent",
  plain: "",
};

/**
 * The candidate's code, read-only, with line numbers and light highlighting. Plain React (no
 * editor): the company only reads it, and it prints.
 */
export function CodeView({
  code,
  language,
  label,
  className,
  testId,
}: {
  code: string;
  language: InterviewLanguage;
  label: string;
  className?: string;
  testId?: string;
}) {
  const lines = tokenize(code, language);
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      className={cn(
        "max-h-[32rem] overflow-auto rounded-xl border border-border bg-subtle py-3 font-mono text-[0.8rem] leading-6 text-fg print:max-h-none print:overflow-visible",
        className,
      )}
    >
      <code className="block min-w-max">
        {lines.map((line, n) => (
          <span key={n} className="flex min-h-6">
            <span aria-hidden className="w-10 shrink-0 pr-3 text-right text-muted/70 select-none">
              {n + 1}
            </span>
            <span className="pr-4 whitespace-pre">
              {line.map((tok, k) => (
                <span key={k} className={TONES[tok.kind] || undefined}>
                  {tok.text}
                </span>
              ))}
            </span>
          </span>
        ))}
      </code>
    </pre>
  );
}
