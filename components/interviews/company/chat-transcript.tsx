"use client";

import { useI18n } from "@/components/i18n-provider";
import { cn } from "@/components/ui/cn";
import type { TimelineMessage } from "./api";
import { formatClock } from "./format";

/** The conversation with the AI interviewer, oldest first. */
export function ChatTranscript({ messages, live = false }: { messages: TimelineMessage[]; live?: boolean }) {
  const { t, locale } = useI18n();
  if (messages.length === 0) return <p className="text-sm text-muted">{t("interviews.chat.empty")}</p>;
  return (
    <ol className="space-y-3" aria-live={live ? "polite" : undefined} data-testid="chat-transcript">
      {messages.map((m, i) => (
        <li key={`${m.timestamp}-${i}`} className={cn("flex flex-col", m.role === "user" ? "items-end" : "items-start")}>
          <span className="text-xs text-muted">
            {m.role === "user" ? t("interviews.chat.candidate") : t("interviews.chat.interviewer")}
            {m.timestamp && ` · ${formatClock(m.timestamp, locale)}`}
          </span>
          <p
            className={cn(
              "mt-1 max-w-[85%] rounded-2xl px-3.5 py-2 text-sm break-words whitespace-pre-wrap user-text print:max-w-full print:border print:border-border",
              m.role === "user" ? "bg-primary-soft text-fg" : "bg-subtle text-fg",
            )}
          >
            {m.content}
          </p>
        </li>
      ))}
    </ol>
  );
}
