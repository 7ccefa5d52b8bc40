"use client";

import { useI18n } from "@/components/i18n-provider";
import { cn } from "@/components/ui/cn";
import type { MessageKey } from "@/lib/i18n";
import type { ResumeStatus } from "./api";
import { useErrorText } from "./error-text";

const TONES: Record<ResumeStatus, string> = {
  uploaded: "bg-subtle text-muted",
  processing: "bg-primary-soft text-primary",
  analyzed: "bg-success-soft text-success",
  error: "bg-danger-soft text-danger",
};

/** A resume's status; an error carries its reason next to it (and in the badge's title). */
export function StatusBadge({ status, error, className }: { status: ResumeStatus; error?: string | null; className?: string }) {
  const { t } = useI18n();
  const reason = useErrorText();
  return (
    <span className={cn("inline-flex max-w-full flex-col gap-0.5", className)} data-status={status}>
      <span className={cn("w-fit rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap", TONES[status] ?? TONES.uploaded)}>
        {t(`resumes.status.${status}` as MessageKey)}
      </span>
      {status === "error" && error && <span className="text-xs break-words text-danger">{reason(error)}</span>}
    </span>
  );
}
