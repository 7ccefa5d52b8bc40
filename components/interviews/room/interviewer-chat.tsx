"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ChatMessage, RoomApi } from "./api";
import { errorText } from "./error-text";
import { Markdown } from "./markdown";

export const chatKey = (id: string) => ["interviews", id, "chat"] as const;

/**
 * The AI interviewer. It answers in the interview's language (`speaks`), whatever the interface
 * language; its answers are Markdown. Read-only once the interview is finished.
 */
export function InterviewerChat({ interviewId, api, speaks, readOnly, className }: { interviewId: string; api: RoomApi; speaks?: "en" | "ru"; readOnly?: boolean; className?: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const history = useQuery({ queryKey: chatKey(interviewId), queryFn: async () => (await api.chatHistory()).messages });
  const [draft, setDraft] = useState("");
  const listRef = useRef<HTMLOListElement>(null);

  const ask = useMutation({
    mutationFn: (message: string) => api.chat(message),
    onMutate: (message) => {
      // The question shows at once; the answer follows.
      queryClient.setQueryData<ChatMessage[]>(chatKey(interviewId), (prev = []) => [...prev, { role: "user", content: message, timestamp: new Date().toISOString() }]);
      setDraft("");
    },
    onSuccess: (reply) => {
      queryClient.setQueryData<ChatMessage[]>(chatKey(interviewId), (prev = []) => [...prev, { role: "assistant", content: reply.response, timestamp: reply.timestamp }]);
    },
    onError: (_err, message) => {
      setDraft(message);
      queryClient.setQueryData<ChatMessage[]>(chatKey(interviewId), (prev = []) => prev.slice(0, -1));
    },
  });

  const messages = history.data ?? [];
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [messages.length, ask.isPending]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const message = draft.trim();
    if (message && !ask.isPending) ask.mutate(message);
  }

  return (
    <section aria-labelledby="room-chat-title" className={cn("flex min-h-0 flex-col", className)} data-testid="interviewer-chat">
      <h2 id="room-chat-title" className="text-base font-semibold text-fg">
        {t("room.chat.title")}
      </h2>
      {!readOnly && <p className="mt-0.5 text-xs text-muted">{t("room.chat.lead")}</p>}
      <ol ref={listRef} lang={speaks} aria-live="polite" className="mt-3 min-h-40 flex-1 space-y-3 overflow-y-auto pr-1">
        {history.isPending && <li className="h-16 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />}
        {history.isError && <li className="text-sm text-danger">{t("room.chat.loadError")}</li>}
        {!history.isPending && messages.length === 0 && <li className="text-sm text-muted">{t("room.chat.empty")}</li>}
        {messages.map((m, i) => (
          <li key={`${m.timestamp}-${i}`} data-role={m.role} className={cn("flex", m.role === "user" ? "justify-end" : "justify-start")}>
            <div className={cn("max-w-[92%] rounded-2xl px-3 py-2", m.role === "user" ? "bg-primary text-primary-fg" : "border border-border bg-subtle")}>
              <span className="sr-only">{m.role === "user" ? t("room.chat.you") : t("room.chat.interviewer")}: </span>
              {m.role === "user" ? <p className="text-sm whitespace-pre-wrap">{m.content}</p> : <Markdown>{m.content}</Markdown>}
            </div>
          </li>
        ))}
        {ask.isPending && (
          <li className="text-sm text-muted" role="status">
            {t("room.chat.thinking")}
          </li>
        )}
      </ol>
      {ask.isError && <p className="mt-2 text-sm text-danger" role="alert">{errorText(t, ask.error)}</p>}
      {!readOnly && (
        <form onSubmit={submit} className="mt-3 flex flex-col items-end gap-2">
          <label htmlFor="room-chat-input" className="sr-only">
            {t("room.chat.label")}
          </label>
          <textarea
            id="room-chat-input"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
            }}
            rows={2}
            maxLength={4000}
            placeholder={t("room.chat.placeholder")}
            className="min-h-10 w-full resize-none rounded-lg border border-border-strong bg-surface px-3 py-2 text-sm text-fg placeholder:text-muted focus:ring-2 focus:ring-ring focus:outline-none"
          />
          <Button type="submit" disabled={!draft.trim() || ask.isPending}>
            {t("room.chat.send")}
          </Button>
        </form>
      )}
    </section>
  );
}
