import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { interviewToActOn, type Caller } from "./access";
import { emitLive } from "./live";
import type { AntiCheatEventType } from "./schemas";

// A page reports a few events a minute at most; thousands mean a script flooding the record.
export const MAX_EVENTS_PER_INTERVIEW = 1000;

/** POST /anti-cheat: one event the candidate's page saw, kept for the report and shown live. */
export async function recordAntiCheatEvent({
  caller,
  interviewId,
  type,
  metadata,
}: {
  caller: Caller;
  interviewId: string;
  type: AntiCheatEventType;
  metadata?: { timestamp?: string; details?: string };
}) {
  const interview = await interviewToActOn(caller, interviewId);
  const event = await db().$transaction(
    async (tx) => {
      // One event of an interview at a time: the interview's row lock makes a burst of concurrent
      // events wait, so each counts what the one before it added and the cap holds.
      await tx.$executeRaw`SELECT 1 FROM "interviews" WHERE "id" = ${interview.id}::uuid FOR UPDATE`;
      const count = await tx.interviewEvent.count({ where: { interviewId: interview.id } });
      if (count >= MAX_EVENTS_PER_INTERVIEW) {
        throw new ApiError("TOO_MANY_EVENTS", `An interview records at most ${MAX_EVENTS_PER_INTERVIEW} anti-cheat events`, { limit: MAX_EVENTS_PER_INTERVIEW }, 429);
      }
      return tx.interviewEvent.create({
        data: {
          interviewId: interview.id,
          type,
          details: metadata?.details ?? null,
          clientTimestamp: metadata?.timestamp ? new Date(metadata.timestamp) : null,
        },
      });
    },
    { timeout: 5000 },
  );
  emitLive("interview:event", { interview_id: interview.id, type, details: event.details, at: event.createdAt.toISOString() });
  return { success: true as const, event_id: event.id };
}
