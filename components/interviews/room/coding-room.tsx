"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { LANGUAGE_NAMES, rememberedToken, roomApi, RoomApiError, type AntiCheatType, type Interview, type RoomApi, type RunResult } from "./api";
import { CodeEditor, type EditorMarker } from "./code-editor";
import { errorText } from "./error-text";
import { InterviewerChat } from "./interviewer-chat";
import { RecordingNotice } from "./recording-notice";
import { ReportView } from "./report-view";
import { RunResults } from "./run-results";
import { TaskPanel } from "./task-panel";
import { Timer, useRemaining } from "./timer";
import { useAntiCheat } from "./use-anti-cheat";
import { useAutosave, type SaveState } from "./use-autosave";

const interviewKey = (id: string) => ["interviews", id] as const;
const reportKey = (id: string) => ["interviews", id, "report"] as const;
const ackKey = (id: string) => `interview-ack:${id}`;

/**
 * The candidate's coding room for one interview. Who may act is the API's decision (the owning
 * account, an invite token, or anyone with an anonymous interview's id); this page only carries
 * the invite token along.
 */
export function CodingRoom({ interviewId, linkToken, vsPath, signedIn }: { interviewId: string; linkToken: string | null; vsPath: string; signedIn: boolean }) {
  const { t } = useI18n();
  // undefined until sessionStorage has been read (the first render is the server's).
  const [token, setToken] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    setToken(rememberedToken(interviewId, linkToken));
    // The token stays out of the address bar, history and Referer once it is remembered.
    if (linkToken) window.history.replaceState(null, "", window.location.pathname);
  }, [interviewId, linkToken]);
  const api = useMemo(() => (token === undefined ? null : roomApi(interviewId, token)), [interviewId, token]);

  const interview = useQuery({
    queryKey: interviewKey(interviewId),
    queryFn: () => api!.get(),
    enabled: api !== null,
    retry: (count, err) => !(err instanceof RoomApiError && err.status < 500) && count < 2,
    refetchOnWindowFocus: false,
  });

  if (!api || interview.isPending) {
    return (
      <div className="space-y-4" role="status" aria-label={t("room.loading")}>
        <div className="h-9 w-1/2 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="h-96 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" />
          <div className="h-96 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" />
        </div>
      </div>
    );
  }
  if (interview.isError) {
    const missing = interview.error instanceof RoomApiError && interview.error.status === 404;
    return (
      <Card className="mx-auto max-w-xl">
        <Alert tone="error">{missing ? t("room.notFound") : errorText(t, interview.error)}</Alert>
        {missing && !signedIn && (
          <p className="mt-4 text-sm text-muted">
            {t("room.notFoundSignIn")}{" "}
            <Link href={`/signin?next=${encodeURIComponent(`/interviews/${interviewId}`)}`} className="font-medium text-primary underline underline-offset-4">
              {t("room.signIn")}
            </Link>
          </p>
        )}
        {!missing && (
          <Button variant="secondary" className="mt-4" onClick={() => void interview.refetch()}>
            {t("room.retry")}
          </Button>
        )}
      </Card>
    );
  }
  const data = interview.data;
  if (data.status === "FINISHED") return <FinishedRoom interview={data} api={api} vsPath={vsPath} signedIn={signedIn} />;
  return <ActiveRoom interview={data} api={api} vsPath={vsPath} />;
}

function Header({ interview, children }: { interview: Interview; children?: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
      <div className="min-w-0">
        <h1 className="truncate text-xl font-semibold tracking-tight text-fg sm:text-2xl">{interview.task.title}</h1>
        <p className="mt-0.5 text-sm text-muted">
          {LANGUAGE_NAMES[interview.language]} · {t(`room.level.${interview.level}`)}
          {interview.candidate_name ? ` · ${interview.candidate_name}` : ""}
        </p>
      </div>
      {children && <div className="flex flex-wrap items-center gap-x-4 gap-y-2">{children}</div>}
    </div>
  );
}

function SavedIndicator({ state }: { state: SaveState }) {
  const { t, locale } = useI18n();
  const time = state.at ? new Date(state.at).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit" }) : null;
  const text =
    state.kind === "saving"
      ? t("room.save.saving")
      : state.kind === "pending"
        ? t("room.save.pending")
        : state.kind === "error"
          ? t("room.save.failed")
          : time
            ? t("room.save.savedAt", { time })
            : t("room.save.upToDate");
  return (
    <p className={cn("text-xs", state.kind === "error" ? "text-danger" : "text-muted")} role="status" data-testid="save-state" title={state.kind === "error" ? state.message : undefined}>
      {text}
    </p>
  );
}

function ActiveRoom({ interview, api, vsPath }: { interview: Interview; api: RoomApi; vsPath: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const id = interview.interview_id;
  const [acknowledged, setAcknowledged] = useState<boolean | null>(null);
  useEffect(() => {
    try {
      setAcknowledged(sessionStorage.getItem(ackKey(id)) === "1");
    } catch {
      setAcknowledged(false);
    }
  }, [id]);
  const accept = () => {
    try {
      sessionStorage.setItem(ackKey(id), "1");
    } catch {
      /* asked again after a reload */
    }
    setAcknowledged(true);
  };

  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: interviewKey(id) }), [queryClient, id]);
  const autosave = useAutosave(api, interview.current_code, refresh);
  const [marker, setMarker] = useState<EditorMarker | null>(null);
  const [runResult, setRunResult] = useState<RunResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const taskRef = useRef<HTMLElement>(null);
  const duration = interview.duration_minutes ?? 60;
  const remaining = useRemaining(interview.started_at, duration);
  const timeUp = remaining === 0;

  const report = useCallback(
    (type: AntiCheatType, details: string) => {
      api.antiCheat(type, details).catch(() => undefined); // best effort: the candidate is never interrupted by it
    },
    [api],
  );
  useAntiCheat({ interviewId: id, enabled: acknowledged === true, report, taskPanel: taskRef });

  const run = useMutation({
    mutationFn: () => api.run(autosave.latest.current),
    onMutate: () => setMarker(null),
    onSuccess: (result) => setRunResult(result),
    onError: (err) => {
      if (err instanceof RoomApiError && err.code === "INVALID_CODE") {
        const line = Number(err.details?.line);
        if (Number.isFinite(line) && line > 0) setMarker({ line, column: Number(err.details?.column) || 1, message: String(err.details?.message ?? err.message) });
      }
      if (err instanceof RoomApiError && err.code === "INTERVIEW_FINISHED") refresh();
    },
  });

  const finish = useMutation({
    mutationFn: async () => {
      await autosave.flush();
      return api.finish();
    },
    onSuccess: (res) => {
      queryClient.setQueryData(reportKey(id), res);
      refresh();
    },
    onError: (err) => {
      if (err instanceof RoomApiError && err.code === "INTERVIEW_FINISHED") refresh();
    },
  });

  if (acknowledged === null) return null;
  if (!acknowledged) return <RecordingNotice interview={interview} onAccept={accept} />;

  const invalidCode = run.error instanceof RoomApiError && run.error.code === "INVALID_CODE" ? run.error : null;
  return (
    <div className="space-y-4">
      <Header interview={interview}>
        <Timer remaining={remaining} durationMinutes={duration} />
        <SavedIndicator state={autosave.state} />
        <Button onClick={() => run.mutate()} disabled={run.isPending || finish.isPending}>
          {run.isPending ? t("room.run.running") : t("room.run.button")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(true)} disabled={finish.isPending}>
          {t("room.finish.button")}
        </Button>
      </Header>

      {timeUp && (
        <Alert tone="error" className="flex flex-wrap items-center justify-between gap-3">
          <span>{t("room.timer.up")}</span>
          <Button size="sm" onClick={() => setConfirming(true)} disabled={finish.isPending}>
            {t("room.finish.button")}
          </Button>
        </Alert>
      )}

      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] xl:grid-cols-[minmax(0,4fr)_minmax(0,6fr)_minmax(0,3.5fr)]">
        <Card className="p-4 sm:p-5 lg:max-h-[calc(100dvh-11rem)] lg:overflow-y-auto">
          <TaskPanel ref={taskRef} task={interview.task} />
        </Card>

        <div className="min-w-0 space-y-4">
          <div className="h-[22rem] overflow-hidden rounded-2xl border border-border bg-surface shadow-sm sm:h-[28rem] lg:h-[calc(100dvh-16rem)] lg:min-h-[26rem]">
            <CodeEditor
              vsPath={vsPath}
              language={interview.language}
              initialCode={interview.current_code}
              marker={marker}
              onChange={autosave.change}
              onBigPaste={(chars, line) => report("big_paste", `${chars} characters pasted into the editor at line ${line}`)}
              className="h-full"
            />
          </div>
          <Card className="p-4 sm:p-5" aria-labelledby="room-results-title">
            <h2 id="room-results-title" className="text-base font-semibold text-fg">
              {t("room.run.title")}
            </h2>
            <div className="mt-3" aria-live="polite">
              {run.isPending && <p className="text-sm text-muted">{t("room.run.runningLong")}</p>}
              {invalidCode && (
                <Alert tone="error">
                  {t("room.run.invalidCode", { line: String(invalidCode.details?.line ?? "?"), message: String(invalidCode.details?.message ?? invalidCode.message) })}
                </Alert>
              )}
              {run.isError && !invalidCode && <Alert tone="error">{errorText(t, run.error)}</Alert>}
              {!run.isPending && !run.isError && runResult && <RunResults result={runResult} />}
              {!run.isPending && !run.isError && !runResult && <p className="text-sm text-muted">{t("room.run.empty")}</p>}
            </div>
          </Card>
        </div>

        <Card className="p-4 sm:p-5 lg:col-span-2 xl:col-span-1 xl:max-h-[calc(100dvh-11rem)]">
          <InterviewerChat interviewId={id} api={api} speaks={interview.interview_language} className="h-full max-h-[36rem] xl:max-h-none" />
        </Card>
      </div>

      {confirming && (
        <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4" role="dialog" aria-modal="true" aria-labelledby="room-finish-title">
          <Card className="w-full max-w-md">
            <h2 id="room-finish-title" className="text-lg font-semibold text-fg">
              {t("room.finish.title")}
            </h2>
            <p className="mt-2 text-sm text-muted">{t("room.finish.text")}</p>
            {finish.isPending && (
              <p className="mt-3 text-sm text-fg" role="status">
                {t("room.finish.working")}
              </p>
            )}
            {finish.isError && <Alert tone="error" className="mt-3">{errorText(t, finish.error)}</Alert>}
            <div className="mt-5 flex flex-wrap justify-end gap-2">
              <Button variant="secondary" onClick={() => setConfirming(false)} disabled={finish.isPending} autoFocus>
                {t("room.finish.cancel")}
              </Button>
              <Button onClick={() => finish.mutate()} disabled={finish.isPending}>
                {finish.isPending ? t("room.finish.finishing") : t("room.finish.confirm")}
              </Button>
            </div>
          </Card>
        </div>
      )}
    </div>
  );
}

/** A finished interview opens read-only: the report on top, then the final code and the chat. */
function FinishedRoom({ interview, api, vsPath, signedIn }: { interview: Interview; api: RoomApi; vsPath: string; signedIn: boolean }) {
  const { t } = useI18n();
  const id = interview.interview_id;
  const report = useQuery({ queryKey: reportKey(id), queryFn: () => api.report(), retry: 1 });
  return (
    <div className="space-y-4">
      <Header interview={interview}>
        <span className="rounded-full bg-success-soft px-3 py-1 text-xs font-semibold text-success">{t("room.finished.badge")}</span>
      </Header>
      <h2 className="text-lg font-semibold text-fg">{t("room.report.title")}</h2>
      {report.isPending && <div className="h-64 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" role="status" aria-label={t("room.loading")} />}
      {report.isError && (
        <Alert tone="error">
          {errorText(t, report.error)}{" "}
          <button type="button" className="underline" onClick={() => void report.refetch()}>
            {t("room.retry")}
          </button>
        </Alert>
      )}
      {report.data && <ReportView report={report.data.report} />}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0">
          <h2 className="mb-2 text-base font-semibold text-fg">{t("room.finished.code")}</h2>
          <div className="h-[22rem] overflow-hidden rounded-2xl border border-border bg-surface shadow-sm sm:h-[28rem]">
            <CodeEditor vsPath={vsPath} language={interview.language} initialCode={interview.current_code} readOnly className="h-full" />
          </div>
        </div>
        <Card className="p-4 sm:p-5">
          <InterviewerChat interviewId={id} api={api} speaks={interview.interview_language} readOnly className="max-h-[28rem]" />
        </Card>
      </div>
      {signedIn && (
        <Link href="/interviews" className="inline-block text-sm font-semibold text-primary underline-offset-4 hover:underline">
          {t("room.finished.back")}
        </Link>
      )}
    </div>
  );
}
