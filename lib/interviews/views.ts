import type { z } from "zod";
import type { InterviewRow } from "./access";
import type { InterviewListItem, InterviewLocale, InterviewLanguageName, InterviewReport, InterviewView, Report, Timeline } from "./schemas";
import { storedTask, taskView } from "./stored-task";

// Database rows to what the coding interviews API returns. Hidden and performance tests, the
// reference solution and hints stay on the server: the task goes out through `taskView` only.

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
export const localeOf = (interview: { locale: string }): InterviewLocale => (interview.locale === "ru" ? "ru" : "en");
export const languageOf = (interview: { language: string }): InterviewLanguageName =>
  interview.language === "javascript" ? "javascript" : "python";

export function interviewTaskView(interview: InterviewRow) {
  return taskView(storedTask(interview.task), languageOf(interview), localeOf(interview));
}

export function interviewView(interview: InterviewRow): z.input<typeof InterviewView> {
  return {
    interview_id: interview.id,
    language: languageOf(interview),
    level: interview.level === "middle" ? "middle" : "junior",
    status: interview.status,
    task: interviewTaskView(interview),
    current_code: interview.currentCode,
    created_at: iso(interview.createdAt),
    updated_at: iso(interview.updatedAt),
    candidate_name: interview.candidateName,
    interview_language: localeOf(interview),
    duration_minutes: interview.durationMinutes,
    started_at: isoOrNull(interview.startedAt),
    finished_at: isoOrNull(interview.finishedAt),
  };
}

export function interviewListItemView(interview: InterviewRow, asCompany: boolean): z.input<typeof InterviewListItem> {
  return {
    interview_id: interview.id,
    status: interview.status,
    language: languageOf(interview),
    level: interview.level === "middle" ? "middle" : "junior",
    interview_language: localeOf(interview),
    candidate_name: interview.candidateName,
    candidate_email: asCompany ? interview.candidateEmail : null,
    task_id: interview.taskId,
    task_title: storedTask(interview.task).title[localeOf(interview)],
    overall_score: interview.overallScore,
    created_at: iso(interview.createdAt),
    started_at: isoOrNull(interview.startedAt),
    finished_at: isoOrNull(interview.finishedAt),
  };
}

export function chatMessageView(m: { role: string; content: string; createdAt: Date }) {
  return { role: m.role === "assistant" ? ("assistant" as const) : ("user" as const), content: m.content, timestamp: iso(m.createdAt) };
}

export function reportView(interview: InterviewRow & { report: unknown }): z.input<typeof InterviewReport> {
  return {
    interview_id: interview.id,
    status: "FINISHED",
    report: interview.report as z.input<typeof Report>,
    generated_at: iso(interview.reportedAt ?? interview.finishedAt ?? interview.updatedAt),
  };
}

interface TimelineRows {
  edits: Array<{ code: string; createdAt: Date }>;
  events: Array<{ id: string; type: string; details: string | null; clientTimestamp: Date | null; createdAt: Date }>;
  runs: Array<{ id: string; kind: string; status: string; passed: number; total: number; executionTimeMs: number; memoryUsageMb: number; createdAt: Date }>;
  messages: Array<{ role: string; content: string; createdAt: Date }>;
}

export function timelineView(interview: InterviewRow, rows: TimelineRows): z.input<typeof Timeline> {
  return {
    interview_id: interview.id,
    started_at: isoOrNull(interview.startedAt),
    finished_at: isoOrNull(interview.finishedAt),
    edits: rows.edits.map((e) => ({ code: e.code, at: iso(e.createdAt) })),
    events: rows.events.map((e) => ({
      id: e.id,
      type: e.type as z.input<typeof Timeline>["events"][number]["type"],
      details: e.details,
      at: iso(e.createdAt),
      client_timestamp: isoOrNull(e.clientTimestamp),
    })),
    runs: rows.runs.map((r) => ({
      id: r.id,
      kind: r.kind === "finish" ? "finish" : "run",
      status: r.status as "success" | "error" | "timeout",
      passed: r.passed,
      total: r.total,
      execution_time_ms: r.executionTimeMs,
      memory_usage_mb: r.memoryUsageMb,
      at: iso(r.createdAt),
    })),
    messages: rows.messages.map(chatMessageView),
  };
}

/** POST /interviews's answer; a company's carries the invite link, shown this once. */
export function createdView({ interview, inviteUrl, inviteToken }: { interview: InterviewRow; inviteUrl: string | null; inviteToken: string | null }) {
  return {
    interview_id: interview.id,
    task: interviewTaskView(interview),
    created_at: iso(interview.createdAt),
    ...(inviteToken ? { invite_url: inviteUrl, invite_token: inviteToken } : {}),
  };
}
