import type { z } from "zod";
import type * as s from "@/lib/interviews/schemas";

// The coding room's side of the Coding interviews API (/api/interviews/{id}/...). Same origin, so
// a signed-in candidate's cookie authenticates; an invite link's token travels as the
// X-Interview-Token header on every call instead, and sessionStorage keeps it for a reload.

export type Interview = z.infer<typeof s.InterviewView>;
export type Task = z.infer<typeof s.TaskView>;
export type RunResult = z.infer<typeof s.RunResult>;
export type TestResult = z.infer<typeof s.TestResult>;
export type ChatMessage = z.infer<typeof s.ChatMessage>;
export type Report = z.infer<typeof s.Report>;
export type InterviewReport = z.infer<typeof s.InterviewReport>;
export type AntiCheatType = (typeof s.ANTI_CHEAT_EVENTS)[number];
export type InterviewLanguage = (typeof s.INTERVIEW_LANGUAGES)[number];
export type InterviewLevel = (typeof s.INTERVIEW_LEVELS)[number];

/** The languages' own names, the same in every interface language. */
export const LANGUAGE_NAMES: Record<InterviewLanguage, string> = { python: "Python", javascript: "JavaScript" };

/** An answer other than 2xx, with the envelope's code, message and details. */
export class RoomApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const tokenKey = (id: string) => `interview-token:${id}`;

/** The invite token for this interview: from the link (then remembered for the tab) or remembered. */
export function rememberedToken(id: string, fromLink: string | null): string | null {
  try {
    if (fromLink) sessionStorage.setItem(tokenKey(id), fromLink);
    return fromLink ?? sessionStorage.getItem(tokenKey(id));
  } catch {
    return fromLink; // storage disabled: the link's token still works until a reload
  }
}

async function request<T>(url: string, token: string | null, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers["X-Interview-Token"] = token;
  const res = await fetch(url, { credentials: "same-origin", ...init, headers });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | null)?.error;
    throw new RoomApiError(res.status, error?.message ?? `HTTP ${res.status}`, error?.code, error?.details);
  }
  return body as T;
}

/** The calls the room makes for one interview. */
export function roomApi(id: string, token: string | null) {
  const base = `/api/interviews/${encodeURIComponent(id)}`;
  const send = <T>(path: string, method: string, body?: unknown, keepalive = false) =>
    request<T>(`${base}${path}`, token, { method, keepalive, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return {
    get: () => request<Interview>(base, token),
    saveCode: (code: string) => send<z.infer<typeof s.CodeSaved>>("/code", "PUT", { code }),
    run: (code: string) => send<RunResult>("/run", "POST", { code }),
    chatHistory: () => request<z.infer<typeof s.ChatHistory>>(`${base}/chat`, token),
    chat: (message: string) => send<z.infer<typeof s.ChatReply>>("/chat", "POST", { message }),
    // keepalive: a tab switch or a closing page must not cancel the report of it.
    antiCheat: (type: AntiCheatType, details: string) =>
      send<z.infer<typeof s.AntiCheatRecorded>>("/anti-cheat", "POST", { event_type: type, metadata: { timestamp: new Date().toISOString(), details } }, true),
    finish: () => send<InterviewReport>("/finish", "POST"),
    report: () => request<InterviewReport>(`${base}/report`, token),
  };
}
export type RoomApi = ReturnType<typeof roomApi>;

/** Starts a practice interview for the signed-in account. */
export function createInterview(body: { language: InterviewLanguage; level: InterviewLevel; interview_language: "en" | "ru" }) {
  return request<z.infer<typeof s.InterviewCreated>>("/api/interviews", null, { method: "POST", body: JSON.stringify(body) });
}
