"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { realtimeToken } from "@/app/resumes/realtime-token";
import {
  apiJson,
  ApiFailure,
  interviewPath,
  type AntiCheatType,
  type InterviewDetail,
  type InterviewStatus,
  type Timeline,
  type TimelineEvent,
  type TimelineMessage,
  type TimelineRun,
} from "@/components/interviews/company/api";
import { ChatTranscript } from "@/components/interviews/company/chat-transcript";
import { CodeView } from "@/components/interviews/company/code-view";
import { EVENT_COLOURS, useEventLabel } from "@/components/interviews/company/event-label";
import { formatClock, formatNumber } from "@/components/interviews/company/format";
import { InterviewStatusBadge } from "@/components/interviews/company/status-badge";
import { MarkdownText } from "@/components/interviews/company/markdown-text";
import { InterviewTimer } from "@/components/interviews/company/timer";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/** What the socket pushed since the last poll; the polled timeline is the record, these fill the gap. */
interface Pushed {
  code: { code: string; at: string } | null;
  status: InterviewStatus | null;
  runs: TimelineRun[];
  events: TimelineEvent[];
  messages: TimelineMessage[];
}
const NOTHING_PUSHED: Pushed = { code: null, status: null, runs: [], events: [], messages: [] };

type Raw = Record<string, unknown>;
const nowIso = () => new Date().toISOString();
const atOf = (r: Raw) => (typeof r.at === "string" ? r.at : nowIso());
const timeOf = (item: { at: string } | { timestamp: string }) => Date.parse("at" in item ? item.at : item.timestamp);
const lastAt = (items: Array<{ at: string } | { timestamp: string }>) => (items.length ? timeOf(items[items.length - 1]) : 0);
/** The polled list, then what was pushed after its newest item. */
const newer = <T extends { at: string } | { timestamp: string }>(polled: T[], pushed: T[]) => {
  const since = lastAt(polled);
  return [...polled, ...pushed.filter((p) => timeOf(p) > since)];
};

/**
 * The live view: the candidate's code as it changes, runs and their results, anti-cheat events as
 * they happen, the chat and the timer. Events come from the `/interviews` realtime namespace
 * (`interview:watch`); the interview and its timeline are polled as well (every 3 s without a
 * socket, every 20 s with one), so a lost socket or a proxy without WebSockets costs only latency.
 */
export function LiveView({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const eventLabel = useEventLabel();
  const [live, setLive] = useState(false);
  const [pushed, setPushed] = useState<Pushed>(NOTHING_PUSHED);

  const interview = useQuery({
    queryKey: ["interview", id],
    queryFn: () => apiJson<InterviewDetail>(interviewPath(id)),
    refetchInterval: (q) => (q.state.data?.status === "FINISHED" ? false : live ? 20_000 : 3_000),
    retry: (count, err) => !(err instanceof ApiFailure && err.status === 404) && count < 3,
  });
  const finished = interview.data?.status === "FINISHED" || pushed.status === "FINISHED";
  const timeline = useQuery({
    queryKey: ["interview", id, "timeline"],
    queryFn: () => apiJson<Timeline>(interviewPath(id, "/timeline")),
    refetchInterval: finished ? false : live ? 20_000 : 3_000,
    enabled: interview.isSuccess,
  });

  useEffect(() => {
    let socket: Socket | null = null;
    let cancelled = false;
    const mine = (data: Raw) => data?.interview_id === id;
    void realtimeToken()
      .then(({ token }) => {
        if (cancelled || !token) return;
        socket = io("/interviews", { auth: { token }, transports: ["websocket", "polling"], reconnectionAttempts: 5 });
        socket.on("connect", () => {
          // The acknowledgement carries the interview as it stands; anything else missed while
          // disconnected is in the record, read again.
          socket?.emit("interview:watch", { interview_id: id }, (reply: { ok?: boolean; snapshot?: { interview?: InterviewDetail } }) => {
            if (!reply?.ok) return;
            setLive(true);
            const snap = reply.snapshot?.interview;
            if (snap) setPushed((p) => ({ ...p, code: { code: snap.current_code, at: snap.updated_at } }));
            void queryClient.invalidateQueries({ queryKey: ["interview", id] });
          });
        });
        socket.on("disconnect", () => setLive(false));
        socket.on("connect_error", () => setLive(false));
        socket.on("interview:code", (data: Raw) => {
          if (mine(data) && typeof data.code === "string") setPushed((p) => ({ ...p, code: { code: data.code as string, at: atOf(data) } }));
        });
        socket.on("interview:run", (data: Raw) => {
          if (!mine(data)) return;
          const summary = (data.summary ?? {}) as { passed?: number; total?: number };
          const run: TimelineRun = {
            status: data.status === "timeout" ? "timeout" : data.status === "error" ? "error" : "success",
            passed: summary.passed ?? 0,
            total: summary.total ?? 0,
            at: atOf(data),
          };
          setPushed((p) => ({ ...p, runs: [...p.runs, run] }));
        });
        socket.on("interview:event", (data: Raw) => {
          if (!mine(data)) return;
          const event: TimelineEvent = { type: String(data.type) as AntiCheatType, details: typeof data.details === "string" ? data.details : null, at: atOf(data) };
          setPushed((p) => ({ ...p, events: [...p.events, event] }));
        });
        socket.on("interview:chat", (data: Raw) => {
          if (!mine(data) || typeof data.content !== "string") return;
          const message: TimelineMessage = { role: data.role === "assistant" ? "assistant" : "user", content: data.content, timestamp: atOf(data) };
          setPushed((p) => ({ ...p, messages: [...p.messages, message] }));
        });
        socket.on("interview:status", (data: Raw) => {
          if (!mine(data)) return;
          const status = data.status === "FINISHED" ? "FINISHED" : "IN_PROGRESS";
          setPushed((p) => ({ ...p, status }));
          void queryClient.invalidateQueries({ queryKey: ["interview", id] });
        });
      })
      .catch(() => setLive(false));
    return () => {
      cancelled = true;
      socket?.disconnect();
    };
  }, [id, queryClient]);

  if (interview.isPending) {
    return (
      <div role="status" aria-label={t("interviews.live.loading")} className="space-y-4">
        <div className="h-10 w-2/3 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />
        <div className="h-96 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" />
      </div>
    );
  }
  if (interview.isError) return <LoadFailure error={interview.error} onRetry={() => void interview.refetch()} />;

  const data = interview.data;
  const polled: Pick<Timeline, "edits" | "events" | "runs" | "messages"> = timeline.data ?? { edits: [], events: [], runs: [], messages: [] };
  const runs = newer<TimelineRun>(polled.runs, pushed.runs);
  const events = newer<TimelineEvent>(polled.events, pushed.events);
  const messages = newer(polled.messages, pushed.messages);
  // The newest code wins, whichever way it came.
  const polledCodeAt = Math.max(Date.parse(data.updated_at) || 0, lastAt(polled.edits));
  const code = pushed.code && Date.parse(pushed.code.at) >= polledCodeAt ? pushed.code : { code: data.current_code, at: polled.edits.at(-1)?.at ?? data.updated_at };
  const status: InterviewStatus = finished ? "FINISHED" : data.status;

  return (
    <div className="space-y-6" data-testid="live-view" data-live={live}>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <Link href="/interviews" className="text-sm font-semibold text-primary underline-offset-4 hover:underline">
            ← {t("interviews.back")}
          </Link>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight break-words text-fg user-text sm:text-3xl">
            {data.candidate_name ?? t("interviews.anonymousCandidate")}
          </h1>
          <p className="mt-1 text-muted">
            {data.task.title} · {data.language === "python" ? "Python" : "JavaScript"} · {t(`interviews.level.${data.level}`)}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:justify-end">
          <InterviewStatusBadge status={status} startedAt={data.started_at ?? null} />
          <span className={cn("text-xs font-medium", live ? "text-success" : "text-muted")} data-testid="connection">
            {live ? t("interviews.live.connected") : t("interviews.live.polling")}
          </span>
          <InterviewTimer startedAt={data.started_at ?? null} finishedAt={data.finished_at ?? null} durationMinutes={data.duration_minutes ?? 60} finished={finished} />
        </div>
      </div>

      {finished && (
        <Alert tone="success">
          <span className="flex flex-wrap items-center justify-between gap-3">
            {t("interviews.live.finished")}
            <ButtonLink href={`/interviews/${id}/report`} size="sm" data-testid="open-report">
              {t("interviews.open.report")}
            </ButtonLink>
          </span>
        </Alert>
      )}
      {!data.started_at && !finished && <Alert tone="info">{t("interviews.live.waiting")}</Alert>}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card aria-labelledby="code-title" className="p-4 sm:p-6">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <CardTitle id="code-title">{t("interviews.live.code")}</CardTitle>
              <span className="text-xs text-muted" aria-live="polite">
                {t("interviews.live.lastChange", { at: formatClock(code.at, locale) || "—" })}
              </span>
            </div>
            <CodeView code={code.code} language={data.language} label={t("interviews.live.code")} className="mt-4" testId="live-code" />
          </Card>
          <Card aria-labelledby="task-title" className="p-4 sm:p-6">
            <details>
              <summary className="cursor-pointer">
                <CardTitle id="task-title" className="inline">
                  {t("interviews.live.task", { title: data.task.title })}
                </CardTitle>
              </summary>
              <div className="mt-4">
                <MarkdownText markdown={data.task.description} />
              </div>
            </details>
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="runs-title" className="p-4 sm:p-6">
            <CardTitle id="runs-title">{t("interviews.live.runs")}</CardTitle>
            {runs.length === 0 ? (
              <p className="mt-3 text-sm text-muted">{t("interviews.live.noRuns")}</p>
            ) : (
              <ol className="mt-3 divide-y divide-border" aria-live="polite" data-testid="live-runs">
                {[...runs].reverse().map((run, i) => (
                  <li key={`${run.at}-${i}`} className="flex items-baseline justify-between gap-3 py-2 text-sm" data-testid="live-run">
                    <span className="min-w-0">
                      <span className={cn("font-semibold", run.status !== "success" ? "text-danger" : run.passed === run.total ? "text-success" : "text-fg")}>
                        {t("interviews.run.passed", { passed: run.passed, total: run.total })}
                      </span>
                      {run.status !== "success" && <span className="ml-2 text-xs text-danger">{t(`interviews.run.status.${run.status}`)}</span>}
                      {run.kind === "finish" && <span className="ml-2 text-xs text-muted">{t("interviews.run.final")}</span>}
                    </span>
                    <span className="shrink-0 text-xs text-muted tabular-nums">
                      {run.execution_time_ms !== undefined && `${formatNumber(run.execution_time_ms, locale, 0)} ${t("interviews.unit.ms")} · `}
                      {formatClock(run.at, locale)}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </Card>

          <Card aria-labelledby="events-title" className="p-4 sm:p-6">
            <div className="flex items-baseline justify-between gap-2">
              <CardTitle id="events-title">{t("interviews.live.events")}</CardTitle>
              <span className={cn("rounded-full px-2.5 py-0.5 text-xs font-semibold tabular-nums", events.length ? "bg-danger-soft text-danger" : "bg-subtle text-muted")} data-testid="event-count">
                {events.length}
              </span>
            </div>
            <ol className="mt-3 space-y-2" aria-live="polite" data-testid="live-events">
              {events.length === 0 && <li className="text-sm text-muted">{t("interviews.live.noEvents")}</li>}
              {[...events].reverse().map((event, i) => (
                <li key={`${event.at}-${i}`} className="flex gap-2.5 text-sm" data-testid="live-event" data-type={event.type}>
                  <span aria-hidden className={cn("mt-1.5 size-2 shrink-0 rounded-full", EVENT_COLOURS[event.type] ?? "bg-muted")} />
                  <span className="min-w-0">
                    <span className="font-medium text-fg">{eventLabel(event.type)}</span>
                    <span className="ml-2 text-xs text-muted tabular-nums">{formatClock(event.at, locale)}</span>
                    {event.details && <span className="block text-xs break-words text-muted user-text">{event.details}</span>}
                  </span>
                </li>
              ))}
            </ol>
          </Card>

          <Card aria-labelledby="chat-title" className="p-4 sm:p-6">
            <CardTitle id="chat-title">{t("interviews.live.chat")}</CardTitle>
            <div className="mt-3 max-h-[28rem] overflow-y-auto">
              <ChatTranscript messages={messages} live />
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}

/** An interview the API does not show this company (404), or a failure worth a retry. */
export function LoadFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  const missing = error instanceof ApiFailure && error.status === 404;
  return (
    <Card className="mx-auto max-w-xl text-center" data-testid="interview-missing">
      <CardTitle>{missing ? t("interviews.missing.title") : t("interviews.loadFailed")}</CardTitle>
      <p className="mt-2 text-sm text-muted">{missing ? t("interviews.missing.body") : error.message}</p>
      <div className="mt-5 flex flex-wrap justify-center gap-2">
        {!missing && <Button onClick={onRetry}>{t("interviews.retry")}</Button>}
        <ButtonLink href="/interviews" variant="secondary">
          {t("interviews.back")}
        </ButtonLink>
      </div>
    </Card>
  );
}
