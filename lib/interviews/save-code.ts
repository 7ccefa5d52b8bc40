import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { interviewToActOn, type Caller, type InterviewRow } from "./access";
import { emitLive } from "./live";
import { MAX_CODE_BYTES } from "./schemas";

export function assertCodeSize(code: string): void {
  const bytes = Buffer.byteLength(code, "utf8");
  if (bytes > MAX_CODE_BYTES) {
    throw new ApiError("CODE_TOO_LARGE", `Code is ${bytes} bytes; at most ${MAX_CODE_BYTES} are accepted`, { limit_bytes: MAX_CODE_BYTES, bytes }, 413);
  }
}

/**
 * Makes `code` the interview's current code. A change is recorded as an edit with its time (the
 * report's replay) and shown to the company watching; saving the same code again records nothing.
 */
export async function recordCode(interview: InterviewRow, code: string): Promise<Date> {
  const at = new Date();
  if (code === interview.currentCode) return at;
  await db().$transaction([
    db().interview.update({ where: { id: interview.id }, data: { currentCode: code } }),
    db().interviewEdit.create({ data: { interviewId: interview.id, code, createdAt: at } }),
  ]);
  emitLive("interview:code", { interview_id: interview.id, code, at: at.toISOString() });
  return at;
}

/** PUT /code: the candidate's autosave. */
export async function saveCode({ caller, interviewId, code }: { caller: Caller; interviewId: string; code: string }) {
  assertCodeSize(code);
  const interview = await interviewToActOn(caller, interviewId);
  const savedAt = await recordCode(interview, code);
  return { success: true as const, saved_at: savedAt.toISOString() };
}
