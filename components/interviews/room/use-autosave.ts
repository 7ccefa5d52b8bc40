"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { RoomApiError, type RoomApi } from "./api";

/** Saves this long after the last keystroke: typing is one save, not one per key. */
const DEBOUNCE_MS = 1_000;

export type SaveState =
  | { kind: "saved"; at: string | null }
  | { kind: "pending" | "saving"; at: string | null }
  | { kind: "error"; at: string | null; code?: string; message: string };

/**
 * The candidate's code, saved through PUT /code a second after typing stops (the server records
 * every save for the replay). One save in flight at a time; `flush` saves what is left now.
 */
export function useAutosave(api: RoomApi, initialCode: string, onFinished: () => void) {
  const latest = useRef(initialCode);
  const saved = useRef(initialCode);
  const timer = useRef<number | undefined>(undefined);
  const inflight = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<SaveState>({ kind: "saved", at: null });
  const finishedRef = useRef(onFinished);
  useEffect(() => {
    finishedRef.current = onFinished;
  }, [onFinished]);

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    while (inflight.current) await inflight.current;
    const code = latest.current;
    if (code === saved.current) return;
    setState((s) => ({ kind: "saving", at: s.at }));
    inflight.current = api
      .saveCode(code)
      .then(
        (res) => {
          saved.current = code;
          setState({ kind: latest.current === code ? "saved" : "pending", at: res.saved_at });
        },
        (err: unknown) => {
          const failure = err instanceof RoomApiError ? err : null;
          setState((s) => ({ kind: "error", at: s.at, code: failure?.code, message: err instanceof Error ? err.message : String(err) }));
          if (failure?.code === "INTERVIEW_FINISHED") finishedRef.current();
        },
      )
      .finally(() => {
        inflight.current = null;
      });
    await inflight.current;
  }, [api]);

  const change = useCallback(
    (code: string) => {
      latest.current = code;
      setState((s) => (s.kind === "saving" ? s : { kind: "pending", at: s.at }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  // Leaving the tab saves at once rather than a second later.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  return { state, change, flush, latest };
}
