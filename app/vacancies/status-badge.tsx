import type { MessageKey } from "@/lib/i18n";
import { cn } from "@/components/ui/cn";

const tones = {
  open: "border-success/30 bg-success-soft text-success",
  draft: "border-border-strong bg-subtle text-muted",
  closed: "border-danger/30 bg-danger-soft text-danger",
} as const;

export function StatusBadge({ status, t }: { status: keyof typeof tones; t: (key: MessageKey) => string }) {
  return (
    <span className={cn("inline-flex shrink-0 items-center rounded-full border px-2.5 py-0.5 text-xs font-medium", tones[status])}>
      {t(`vacancies.status.${status}`)}
    </span>
  );
}
