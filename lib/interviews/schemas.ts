import { z } from "zod";

// Seed 001's coding interview API (snake_case), at /api/interviews. Inputs ignore unknown fields
// and carry nothing a client may not set (status, scores, company, report): those are decided here.
// Additive response fields (invite_url, candidate_name, ...) are marked as ours in their description.

export const INTERVIEW_LANGUAGES = ["python", "javascript"] as const;
export const INTERVIEW_LEVELS = ["junior", "middle"] as const;
export const INTERVIEW_STATUSES = ["IN_PROGRESS", "FINISHED"] as const;
export const ANTI_CHEAT_EVENTS = [
  "big_paste",
  "devtools_opened",
  "copy_from_description",
  "disable_js_attempt",
  "suspicious_focus",
  "tab_switch",
] as const;
/** The most code a save or run accepts; more is a 413. */
export const MAX_CODE_BYTES = 100 * 1024;

const Iso = z.iso.datetime();
const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : v);
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const InterviewLanguage = z.preprocess(
  (v) => {
    const s = lower(v);
    // Names a client may plausibly send for the two languages.
    return s === "py" || s === "python3" ? "python" : s === "js" || s === "node" || s === "nodejs" ? "javascript" : s;
  },
  z.enum(INTERVIEW_LANGUAGES),
);
export const InterviewLevel = z.preprocess(lower, z.enum(INTERVIEW_LEVELS));
export const InterviewStatus = z.enum(INTERVIEW_STATUSES);
export const AntiCheatType = z.preprocess(lower, z.enum(ANTI_CHEAT_EVENTS));

export const InterviewIdParams = z.object({ interview_id: z.string().min(1).max(200) });

/**
 * POST /api/interviews. A company creates one for a candidate (name, optional email) and gets an
 * invite link; a candidate, or a client with no account, starts one to practise.
 */
export const CreateInterviewBody = z.object({
  language: InterviewLanguage,
  level: InterviewLevel,
  candidate_name: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  candidate_email: z.preprocess(blankToUndefined, z.email().max(320).optional()).describe("Ours: where a company's invite is mailed."),
  interview_language: z.preprocess(lower, z.enum(["en", "ru"]).optional())
    .describe("Ours: the language the interviewer speaks (default: the account's, else the request's Accept-Language)."),
  duration_minutes: z.coerce.number().int().min(10).max(240).optional().describe("Ours: the time limit shown by the room's timer (default 60)."),
  task_id: z.preprocess(blankToUndefined, z.string().max(100).optional()).describe("Ours: a task of the bank by its id (GET /api/interviews/tasks)."),
});

export const Example = z.object({ input: z.string(), output: z.string(), explanation: z.string() });

/** The task as the candidate sees it: no hidden tests, no reference solution. */
export const TaskView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().describe("Markdown."),
  language: z.enum(INTERVIEW_LANGUAGES),
  level: z.enum(INTERVIEW_LEVELS),
  initial_code: z.string(),
  examples: z.array(Example),
  function_name: z.string().describe("Ours: the function the tests call."),
  visible_tests: z.array(z.object({ id: z.string(), name: z.string(), input: z.string(), expected_output: z.string() }))
    .describe("Ours: the tests Run runs."),
});

export const InterviewCreated = z.object({
  interview_id: z.uuid(),
  task: TaskView,
  created_at: Iso,
  invite_url: z.string().nullable().optional().describe("Ours: a company's link for the candidate (shown once; it holds the invite token)."),
  invite_token: z.string().nullable().optional().describe("Ours: send as X-Interview-Token (or ?token=) to act as the candidate."),
});

export const InterviewView = z.object({
  interview_id: z.uuid(),
  language: z.enum(INTERVIEW_LANGUAGES),
  level: z.enum(INTERVIEW_LEVELS),
  status: InterviewStatus,
  task: TaskView,
  current_code: z.string(),
  created_at: Iso,
  updated_at: Iso,
  candidate_name: z.string().nullable().optional().describe("Ours."),
  interview_language: z.enum(["en", "ru"]).optional().describe("Ours."),
  duration_minutes: z.number().int().optional().describe("Ours."),
  started_at: Iso.nullable().optional().describe("Ours: when the candidate first opened it (the timer's start)."),
  finished_at: Iso.nullable().optional().describe("Ours."),
});

export const SaveCodeBody = z.object({ code: z.string() });
export const CodeSaved = z.object({ success: z.literal(true), saved_at: Iso });

export const RunBody = z.object({ code: z.string().optional().describe("The code to run; the saved code when left out.") });

export const Execution = z.object({
  status: z.enum(["success", "error", "timeout"]),
  stdout: z.string(),
  stderr: z.string(),
  execution_time_ms: z.number(),
  memory_usage_mb: z.number(),
});

export const TestResult = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["passed", "failed"]),
  input: z.string(),
  expected_output: z.string(),
  actual_output: z.string(),
  error_message: z.string().optional(),
  execution_time_ms: z.number().optional().describe("Ours."),
});

export const Summary = z.object({ total: z.number().int(), passed: z.number().int(), failed: z.number().int() });

export const RunResult = z.object({
  execution: Execution,
  visible_tests: z.array(TestResult),
  summary: Summary,
});

export const ChatBody = z.object({ message: z.string().trim().min(1).max(4000) });
export const ChatReply = z.object({ response: z.string(), timestamp: Iso });
export const ChatMessage = z.object({ role: z.enum(["user", "assistant"]), content: z.string(), timestamp: Iso });
export const ChatHistory = z.object({ messages: z.array(ChatMessage) });

export const AntiCheatBody = z.object({
  event_type: AntiCheatType,
  metadata: z
    .object({
      timestamp: z.preprocess(blankToUndefined, z.iso.datetime({ offset: true }).optional()),
      details: z.preprocess((v) => (v === null ? undefined : typeof v === "object" && v ? JSON.stringify(v) : v), z.string().max(2000).optional()),
    })
    .optional(),
});
export const AntiCheatRecorded = z.object({ success: z.literal(true), event_id: z.uuid() });

export const Metrics = z.object({
  correctness: z.number(),
  optimality: z.number(),
  code_style: z.number(),
  soft_skills: z.number(),
  overall_score: z.number(),
});

export const Report = z.object({
  metrics: Metrics,
  test_results: z.object({ visible_tests: Summary, hidden_tests: Summary }),
  execution_stats: z.object({
    average_execution_time_ms: z.number(),
    max_memory_usage_mb: z.number(),
    total_runs: z.number().int(),
  }),
  anti_cheat: z.object({
    total_events: z.number().int(),
    suspicious_score: z.number(),
    events: z.array(z.object({ type: z.enum(ANTI_CHEAT_EVENTS), count: z.number().int(), timestamp: Iso })),
  }),
  candidate_report: z.string(),
  recruiter_report: z.string(),
  recommendations: z.object({
    level: z.string(),
    strengths: z.array(z.string()),
    weaknesses: z.array(z.string()),
  }),
  details: z
    .object({
      performance_tests: Summary.optional(),
      reference_time_ms: z.number().nullable().optional(),
      candidate_time_ms: z.number().nullable().optional(),
      lint: z.array(z.object({ rule: z.string(), message: z.string(), line: z.number().int().optional() })).optional(),
      hints_given: z.number().int().optional(),
      formulas: z.record(z.string(), z.string()).optional(),
    })
    .passthrough()
    .optional()
    .describe("Ours: what the numbers were computed from."),
});

export const InterviewReport = z.object({
  interview_id: z.uuid(),
  status: z.literal("FINISHED"),
  report: Report,
  generated_at: Iso,
});

// Ours, additive: lists for the pages, the bank, and the report page's replay.

export const InterviewListQuery = z.object({
  status: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), InterviewStatus.optional()),
  limit: z.coerce.number().int().min(1).catch(100).transform((n) => Math.min(n, 100)).default(50),
  skip: z.coerce.number().int().min(0).catch(0).default(0),
});

export const InterviewListItem = z.object({
  interview_id: z.uuid(),
  status: InterviewStatus,
  language: z.enum(INTERVIEW_LANGUAGES),
  level: z.enum(INTERVIEW_LEVELS),
  interview_language: z.enum(["en", "ru"]),
  candidate_name: z.string().nullable(),
  candidate_email: z.string().nullable().describe("Shown to the creating company only."),
  task_id: z.string(),
  task_title: z.string(),
  overall_score: z.number().nullable(),
  created_at: Iso,
  started_at: Iso.nullable(),
  finished_at: Iso.nullable(),
});
export const InterviewList = z.object({ interviews: z.array(InterviewListItem), total: z.number().int() });

export const TaskListQuery = z.object({ level: InterviewLevel.optional() });
export const BankTaskSummary = z.object({
  id: z.string(),
  title: z.object({ en: z.string(), ru: z.string() }),
  level: z.enum(INTERVIEW_LEVELS),
  languages: z.array(z.enum(INTERVIEW_LANGUAGES)),
  tags: z.array(z.string()),
});
export const TaskList = z.object({ tasks: z.array(BankTaskSummary) });

export const Timeline = z.object({
  interview_id: z.uuid(),
  started_at: Iso.nullable(),
  finished_at: Iso.nullable(),
  edits: z.array(z.object({ code: z.string(), at: Iso })),
  events: z.array(z.object({ id: z.uuid(), type: z.enum(ANTI_CHEAT_EVENTS), details: z.string().nullable(), at: Iso, client_timestamp: Iso.nullable() })),
  runs: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(["run", "finish"]),
      status: z.enum(["success", "error", "timeout"]),
      passed: z.number().int(),
      total: z.number().int(),
      execution_time_ms: z.number(),
      memory_usage_mb: z.number(),
      at: Iso,
    }),
  ),
  messages: z.array(ChatMessage),
});

// The `/interviews` realtime namespace: the creating company watches the candidate live.
export const InterviewWatchPayload = z.object({ interview_id: z.uuid() });
export const InterviewCodeEvent = z.object({ interview_id: z.uuid(), code: z.string(), at: Iso });
export const InterviewRunEvent = z.object({
  interview_id: z.uuid(),
  status: z.enum(["success", "error", "timeout"]),
  summary: Summary,
  at: Iso,
});
export const InterviewEventEvent = z.object({ interview_id: z.uuid(), type: z.enum(ANTI_CHEAT_EVENTS), details: z.string().nullable(), at: Iso });
export const InterviewChatEvent = z.object({ interview_id: z.uuid(), role: z.enum(["user", "assistant"]), content: z.string(), at: Iso });
// Sent when the candidate first opens the interview (with started_at) and when it finishes.
export const InterviewStatusEvent = z.object({ interview_id: z.uuid(), status: InterviewStatus, started_at: z.iso.datetime().optional() });

export type InterviewLanguageName = (typeof INTERVIEW_LANGUAGES)[number];
export type InterviewLevelName = (typeof INTERVIEW_LEVELS)[number];
export type AntiCheatEventType = (typeof ANTI_CHEAT_EVENTS)[number];
export type InterviewLocale = "en" | "ru";
