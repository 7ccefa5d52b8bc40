// The recruiter's (and the candidate's list) side of the coding interviews API (/api/interviews),
// over the session cookie. Shapes are the API's own zod schemas (lib/interviews/schemas.ts).
import type { z } from "zod";
import type {
  ANTI_CHEAT_EVENTS,
  InterviewCreated,
  InterviewList,
  InterviewReport,
  InterviewView,
  Report,
  TaskList,
  Timeline as TimelineSchema,
} from "@/lib/interviews/schemas";

export { apiJson, apiSend, ApiFailure } from "@/components/resumes/api";

export type AntiCheatType = (typeof ANTI_CHEAT_EVENTS)[number];
export type InterviewDetail = z.infer<typeof InterviewView>;
export type InterviewLanguage = InterviewDetail["language"];
export type InterviewLevel = InterviewDetail["level"];
export type InterviewStatus = InterviewDetail["status"];
export type CreatedInterview = z.infer<typeof InterviewCreated>;
export type InterviewListAnswer = z.infer<typeof InterviewList>;
export type InterviewSummary = InterviewListAnswer["interviews"][number];
export type TaskListAnswer = z.infer<typeof TaskList>;
export type ReportAnswer = z.infer<typeof InterviewReport>;
export type ReportBody = z.infer<typeof Report>;
export type Timeline = z.infer<typeof TimelineSchema>;
export type TimelineEdit = Timeline["edits"][number];
export type TimelineEvent = Pick<Timeline["events"][number], "type" | "details" | "at">;
export type TimelineRun = Pick<Timeline["runs"][number], "status" | "passed" | "total" | "at"> &
  Partial<Pick<Timeline["runs"][number], "kind" | "execution_time_ms">>;
export type TimelineMessage = Timeline["messages"][number];

export const interviewPath = (id: string, tail = "") => `/api/interviews/${encodeURIComponent(id)}${tail}`;
