"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { toast } from "sonner";
import { useI18n } from "@/components/i18n-provider";
import { useErrorText } from "@/components/resumes/error-text";
import { progressClasses } from "@/components/resumes/progress";
import { apiJson, type BatchItem, type BatchItemStatus, type BatchStatus } from "@/components/resumes/api";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { MessageKey } from "@/lib/i18n";
import { realtimeToken } from "./realtime-token";

/** What `batch:progress` carries (lib/resumes/batch's realtime namespace `/resume-batches`). */
interface ProgressEvent extends BatchItem {
  batch_id: string;
  successful: number;
  failed: number;
  total_files: number;
  done: boolean;
}

interface BatchView {
  items: Map<number, BatchItem>;
  successful: number;
  failed: number;
  total: number;
  done: boolean;
}

const RANK: Record<BatchItemStatus, number> = { queued: 0, processing: 1, success: 2, error: 2 };
const FINAL = new Set(["completed", "failed", "partial", "done", "finished", "completed_with_errors"]);

// Socket events and polled snapshots arrive in any order: a file only ever moves forward.
function mergeItem(items: Map<number, BatchItem>, next: BatchItem) {
  const prev = items.get(next.file_index);
  const status = (RANK[next.status] === undefined ? "processing" : next.status) as BatchItemStatus;
  if (!prev || RANK[status] >= RANK[prev.status]) items.set(next.file_index, { ...prev, ...next, status });
}

/**
 * A bar per file of one batch. Live from the `/resume-batches` namespace; the batch status
 * endpoint is polled as well (slowly while the socket is connected, every 1.5 s without it), so
 * a lost socket, a proxy without WebSockets or an event sent before `batch:watch` costs nothing.
 */
export function BatchProgress({ batchId, files, onDismiss }: { batchId: string; files: string[]; onDismiss: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  const [view, setView] = useState<BatchView>(() => ({
    items: new Map(files.map((filename, file_index) => [file_index, { file_index, filename, status: "queued" as const }])),
    successful: 0,
    failed: 0,
    total: files.length,
    done: false,
  }));
  const announced = useRef(false);

  function apply(update: { items?: BatchItem[]; successful: number; failed: number; total: number; done: boolean }) {
    setView((prev) => {
      const items = new Map(prev.items);
      for (const item of update.items ?? []) mergeItem(items, item);
      return {
        items,
        successful: Math.max(prev.successful, update.successful),
        failed: Math.max(prev.failed, update.failed),
        total: update.total || prev.total,
        done: prev.done || update.done,
      };
    });
  }

  function applyStatus(s: BatchStatus) {
    apply({
      items: s.results,
      successful: s.successful,
      failed: s.failed,
      total: s.total_files,
      done: FINAL.has(s.status) || (s.total_files > 0 && s.successful + s.failed >= s.total_files),
    });
  }

  useEffect(() => {
    let socket: Socket | null = null;
    let cancelled = false;
    void realtimeToken()
      .then(({ token }) => {
        if (cancelled || !token) return;
        socket = io("/resume-batches", { auth: { token }, transports: ["websocket", "polling"], reconnectionAttempts: 5 });
        socket.on("connect", () => {
          setLive(true);
          // The acknowledgement carries the batch as it stands: files that finished before the watch.
          socket?.emit("batch:watch", { batch_id: batchId }, (reply: { ok?: boolean; batch?: BatchStatus }) => {
            if (reply?.ok && reply.batch) applyStatus(reply.batch);
          });
        });
        socket.on("disconnect", () => setLive(false));
        socket.on("connect_error", () => setLive(false));
        socket.on("batch:progress", (event: ProgressEvent) => {
          if (event.batch_id !== batchId) return;
          apply({ items: [event], successful: event.successful, failed: event.failed, total: event.total_files, done: event.done });
        });
      })
      .catch(() => setLive(false));
    return () => {
      cancelled = true;
      socket?.disconnect();
    };
  }, [batchId]);

  const status = useQuery({
    queryKey: ["batch-status", batchId],
    queryFn: () => apiJson<BatchStatus>(`/api/v1/batch/status/${encodeURIComponent(batchId)}`),
    refetchInterval: view.done ? false : live ? 5000 : 1500,
    retry: 3,
  });
  useEffect(() => {
    if (status.data) applyStatus(status.data);
  }, [status.data]);

  useEffect(() => {
    if (!view.done || announced.current) return;
    announced.current = true;
    void queryClient.invalidateQueries({ queryKey: ["resumes"] });
    const message = t("resumes.batch.finished", { ok: view.successful, failed: view.failed });
    if (view.failed > 0) toast.warning(message);
    else toast.success(message);
  }, [view.done, view.successful, view.failed, queryClient, t]);

  const items = useMemo(() => [...view.items.values()].sort((a, b) => a.file_index - b.file_index), [view.items]);
  const finished = items.filter((i) => i.status === "success" || i.status === "error").length;
  const doneCount = Math.max(finished, view.successful + view.failed);

  return (
    <Card aria-labelledby={`batch-${batchId}`} data-testid="batch-progress" data-done={view.done}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <CardTitle id={`batch-${batchId}`}>{t("resumes.batch.title")}</CardTitle>
        <div className="flex items-center gap-3">
          <span className={cn("text-xs font-medium", live ? "text-success" : "text-muted")}>
            {live ? t("resumes.batch.live") : t("resumes.batch.polling")}
          </span>
          {view.done && (
            <Button variant="ghost" size="sm" onClick={onDismiss}>
              {t("resumes.batch.dismiss")}
            </Button>
          )}
        </div>
      </div>
      <div className="mt-4">
        <div className="flex items-baseline justify-between gap-2 text-sm">
          <label htmlFor={`overall-${batchId}`} className="font-medium text-fg">
            {t("resumes.batch.overall")}
          </label>
          <span className="text-muted tabular-nums" aria-live="polite" data-testid="batch-count">
            {t.plural("resumes.count.done", doneCount, { total: view.total })}
          </span>
        </div>
        <progress id={`overall-${batchId}`} className={progressClasses("primary", "mt-1.5")} max={view.total || 1} value={doneCount} />
      </div>
      <ul className="mt-5 divide-y divide-border">
        {items.map((item) => (
          <BatchRow key={item.file_index} item={item} batchId={batchId} />
        ))}
      </ul>
    </Card>
  );
}

function BatchRow({ item, batchId }: { item: BatchItem; batchId: string }) {
  const { t } = useI18n();
  const reason = useErrorText();
  const id = `batch-${batchId}-${item.file_index}`;
  const final = item.status === "success" || item.status === "error";
  return (
    <li className="grid gap-1.5 py-3 sm:grid-cols-[minmax(0,1fr)_12rem_8rem] sm:items-center sm:gap-4" data-testid="batch-file" data-status={item.status}>
      <label htmlFor={id} className="min-w-0 truncate text-sm font-medium text-fg user-text" title={item.filename}>
        {item.filename}
      </label>
      {/* Indeterminate (no value) while the file is being analysed: its progress is not measurable. */}
      <progress
        id={id}
        className={progressClasses(item.status === "error" ? "danger" : item.status === "success" ? "success" : "primary")}
        max={100}
        {...(item.status === "processing" ? {} : { value: final ? 100 : 0 })}
      />
      <span className="flex min-w-0 items-center gap-2 text-sm sm:justify-end">
        <span className={cn("font-medium", item.status === "error" ? "text-danger" : item.status === "success" ? "text-success" : "text-muted")}>
          {t(`resumes.batch.status.${item.status}` as MessageKey)}
        </span>
        {item.status === "success" && item.resume_id && (
          <Link href={`/resumes/${item.resume_id}`} className="font-semibold text-primary underline-offset-4 hover:underline">
            {t("resumes.batch.open")}
          </Link>
        )}
      </span>
      {item.status === "error" && item.error && <p className="text-xs break-words text-danger sm:col-span-3">{reason(item.error)}</p>}
    </li>
  );
}
