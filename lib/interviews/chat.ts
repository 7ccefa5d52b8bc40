import type { Actor } from "@/lib/auth";
import { db, type Prisma } from "@/lib/db";
import { interviewToActOn, openInterview, type Caller, type InterviewRow } from "./access";
import { interviewerReply } from "./interviewer";
import { emitLive } from "./live";
import { storedTask } from "./stored-task";
import { chatMessageView, languageOf, localeOf } from "./views";

// The history the interviewer reads: the latest messages (a long chat would only make its
// context longer, not its answer better).
const HISTORY_MESSAGES = 40;

/**
 * Whose AI settings (lib/ai, per account) the interviewer uses: for a company's interview, those
 * of the member who created it, whoever holds the invite; otherwise the caller's own (none for an
 * interview started with no account: the built-in engine).
 */
function aiActor(interview: InterviewRow, caller: Caller): Actor | null {
  if (interview.companyId && interview.createdById) {
    return { id: interview.createdById, role: "company", email: null, companyId: interview.companyId, sessionId: "" };
  }
  return caller.actor;
}

/**
 * POST /chat: the candidate's message and the interviewer's answer, both stored (the answer with
 * what the interviewer did: a hint of some level, a refusal ...) and shown to the company
 * watching. Nothing is stored when no interviewer can answer (LLM_ERROR): the candidate retries.
 */
export async function sendChatMessage({ caller, interviewId, message }: { caller: Caller; interviewId: string; message: string }) {
  const interview = await interviewToActOn(caller, interviewId);
  const askedAt = new Date();
  const [recent, lastRun] = await Promise.all([
    db().interviewMessage.findMany({ where: { interviewId: interview.id }, orderBy: { createdAt: "desc" }, take: HISTORY_MESSAGES }),
    db().interviewRun.findFirst({ where: { interviewId: interview.id, kind: "run" }, orderBy: { createdAt: "desc" } }),
  ]);
  const reply = await interviewerReply({
    locale: localeOf(interview),
    language: languageOf(interview),
    level: interview.level === "middle" ? "middle" : "junior",
    task: storedTask(interview.task),
    code: interview.currentCode,
    history: recent.reverse().map((m) => ({ role: m.role === "assistant" ? "assistant" : "user", content: m.content, meta: m.meta ?? undefined })),
    message,
    lastRun: lastRun ? { passed: lastRun.passed, total: lastRun.total, status: lastRun.status as "success" | "error" | "timeout" } : null,
    actor: aiActor(interview, caller),
  });
  const answeredAt = new Date(Math.max(Date.now(), askedAt.getTime() + 1));
  await db().interviewMessage.createMany({
    data: [
      { interviewId: interview.id, role: "user", content: message, createdAt: askedAt },
      { interviewId: interview.id, role: "assistant", content: reply.text, meta: { ...reply.meta } as Prisma.InputJsonObject, createdAt: answeredAt },
    ],
  });
  emitLive("interview:chat", { interview_id: interview.id, role: "user", content: message, at: askedAt.toISOString() });
  emitLive("interview:chat", { interview_id: interview.id, role: "assistant", content: reply.text, at: answeredAt.toISOString() });
  return { response: reply.text, timestamp: answeredAt.toISOString() };
}

/** GET /chat: the whole conversation, oldest first (the candidate's side and the creating company). */
export async function chatHistory({ caller, interviewId }: { caller: Caller; interviewId: string }) {
  const { interview } = await openInterview(caller, interviewId);
  const messages = await db().interviewMessage.findMany({ where: { interviewId: interview.id }, orderBy: [{ createdAt: "asc" }, { role: "desc" }] });
  return { messages: messages.map(chatMessageView) };
}
