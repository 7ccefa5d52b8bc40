// The company's (and the candidate's list) side of the coding interviews API (/api/interviews),
// over the session cookie. The seed's shapes come from lib/interviews/schemas.ts; the list, the
// task bank and the timeline are ours, read tolerantly (a field the API leaves out shows as "—").
import type { z } from "zod";
import type {
  ANTI_CHEAT_EVENTS,
  ChatHistory,
  InterviewCreated,
  InterviewReport,
  InterviewView,
  Report,
} from "@/lib/interviews/schemas";

export { apiJson, apiSend, ApiFailure } from "@/components/resumes/api";

export type InterviewLanguage = "python" | "javascript";
export type InterviewLevel = "junior" | "middle";
export type InterviewStatus = "IN_PROGRESS" | "FINISHED";
export type AntiCheatType = (typeof ANTI_CHEAT_EVENTS)[number];
export const ANTI_CHEAT_TYPES: readonly AntiCheatType[] = [
  "big_paste",
  "devtools_opened",
  "copy_from_description",
  "disable_js_attempt",
  "suspicious_focus",
  "tab_switch",
];

export type InterviewDetail = z.infer<typeof InterviewView>;
export type CreatedInterview = z.infer<typeof InterviewCreated>;
export type ReportAnswer = z.infer<typeof InterviewReport>;
export type ReportBody = z.infer<typeof Report>;
export type ChatAnswer = z.infer<typeof ChatHistory>;

/** One row of `GET /api/interviews`. */
export interface InterviewSummary {
  interview_id: string;
  status: InterviewStatus;
  language: InterviewLanguage;
  level: InterviewLevel;
  candidate_name: string | null;
  candidate_email: string | null;
  task_title: string | null;
  overall_score: number | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** "company" (an invite) or "practice" (the candidate's own). */
  kind: "company" | "practice";
}

/** One task of `GET /api/interviews/tasks`. */
export interface BankTask {
  id: string;
  title: string;
  level: InterviewLevel;
  languages: InterviewLanguage[];
}

export interface TimelineEdit {
  code: string;
  at: string;
}
export interface TimelineEvent {
  type: AntiCheatType;
  details: string | null;
  at: string;
}
export interface TimelineTest {
  name: string;
  status: "passed" | "failed";
  input: string;
  expected_output: string;
  actual_output: string;
  error_message: string | null;
}
export interface TimelineRun {
  kind: string;
  /** The visible tests' results of this run, when the timeline carries them. */
  results: TimelineTest[];
  status: string;
  passed: number | null;
  total: number | null;
  execution_time_ms: number | null;
  memory_usage_mb: number | null;
  at: string;
}
export interface TimelineMessage {
  role: "user" | "assistant";
  content: string;
  at: string;
}
/** `GET /api/interviews/{id}/timeline`: everything that happened, oldest first. */
export interface Timeline {
  edits: TimelineEdit[];
  events: TimelineEvent[];
  runs: TimelineRun[];
  messages: TimelineMessage[];
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const when = (r: Raw): string => str(r.at) ?? str(r.timestamp) ?? str(r.created_at) ?? str(r.saved_at) ?? "";
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Raw[]) : []);
const byTime = <T extends { at: string }>(items: T[]) => [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

export function readInterviewList(body: unknown): InterviewSummary[] {
  const record = (body ?? {}) as Raw;
  const rows = list(Array.isArray(body) ? body : (record.interviews ?? record.items ?? record.data));
  return rows.flatMap((r) => {
    const id = str(r.interview_id) ?? str(r.id);
    if (!id) return [];
    const task = (r.task && typeof r.task === "object" ? r.task : {}) as Raw;
    const report = (r.report && typeof r.report === "object" ? r.report : {}) as Raw;
    const metrics = (report.metrics && typeof report.metrics === "object" ? report.metrics : {}) as Raw;
    return [
      {
        interview_id: id,
        status: r.status === "FINISHED" ? "FINISHED" : "IN_PROGRESS",
        language: r.language === "javascript" ? "javascript" : "python",
        level: r.level === "middle" ? "middle" : "junior",
        candidate_name: str(r.candidate_name),
        candidate_email: str(r.candidate_email),
        task_title: str(r.task_title) ?? str(task.title),
        overall_score: num(r.overall_score) ?? num(metrics.overall_score),
        created_at: str(r.created_at) ?? "",
        started_at: str(r.started_at),
        finished_at: str(r.finished_at),
        kind: r.kind === "practice" || (r.kind === undefined && r.company_id === null) ? "practice" : "company",
      } satisfies InterviewSummary,
    ];
  });
}

/** The bank's tasks, titled in `locale` (the API may send one title or both languages' titles). */
export function readTasks(body: unknown, locale: string): BankTask[] {
  const record = (body ?? {}) as Raw;
  return list(Array.isArray(body) ? body : (record.tasks ?? record.items)).flatMap((r) => {
    const id = str(r.id) ?? str(r.task_id);
    if (!id) return [];
    const languages: InterviewLanguage[] = Array.isArray(r.languages) ? r.languages.filter((l): l is InterviewLanguage => l === "python" || l === "javascript") : ["python", "javascript"];
    const titles = (r.title && typeof r.title === "object" ? r.title : {}) as Raw;
    const title = str(r.title) ?? str(titles[locale]) ?? str(r[`title_${locale}`]) ?? str(titles.en) ?? str(r.title_en) ?? id;
    return [{ id, title, level: r.level === "middle" ? "middle" : "junior", languages } satisfies BankTask];
  });
}

export function readTimeline(body: unknown): Timeline {
  const r = (body ?? {}) as Raw;
  return {
    edits: byTime(list(r.edits).map((e) => ({ code: str(e.code) ?? "", at: when(e) }))),
    events: byTime(
      list(r.events ?? r.anti_cheat).map((e) => ({
        type: (str(e.type) ?? str(e.event_type) ?? "tab_switch") as AntiCheatType,
        details: str(e.details) ?? str((e.metadata as Raw | undefined)?.details),
        at: when(e),
      })),
    ),
    runs: byTime(
      list(r.runs).map((e) => {
        const summary = (e.summary && typeof e.summary === "object" ? e.summary : {}) as Raw;
        return {
          kind: str(e.kind) ?? "run",
          results: list(Array.isArray(e.results) ? e.results : e.visible_tests).map((x) => ({
            name: str(x.name) ?? str(x.id) ?? "",
            status: x.status === "passed" ? "passed" : "failed",
            input: str(x.input) ?? "",
            expected_output: str(x.expected_output) ?? "",
            actual_output: str(x.actual_output) ?? "",
            error_message: str(x.error_message),
          })),
          status: str(e.status) ?? "",
          passed: num(e.passed) ?? num(summary.passed),
          total: num(e.total) ?? num(summary.total),
          execution_time_ms: num(e.execution_time_ms),
          memory_usage_mb: num(e.memory_usage_mb),
          at: when(e),
        };
      }),
    ),
    messages: byTime(
      list(r.messages ?? r.chat).map((m) => ({ role: m.role === "assistant" ? "assistant" : "user", content: str(m.content) ?? "", at: when(m) }) as TimelineMessage),
    ),
  };
}

export const interviewPath = (id: string, tail = "") => `/api/interviews/${encodeURIComponent(id)}${tail}`;
