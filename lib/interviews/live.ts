import type { z } from "zod";
import { db } from "@/lib/db";
import { defineNamespace } from "@/lib/realtime";
import { interviewNotFound } from "./access";
import {
  InterviewChatEvent,
  InterviewCodeEvent,
  InterviewEventEvent,
  InterviewRunEvent,
  InterviewStatusEvent,
  InterviewWatchPayload,
} from "./schemas";
import { interviewView } from "./views";

const EMITS = {
  "interview:code": InterviewCodeEvent,
  "interview:run": InterviewRunEvent,
  "interview:event": InterviewEventEvent,
  "interview:chat": InterviewChatEvent,
  "interview:status": InterviewStatusEvent,
};

const interviewRoom = (interviewId: string) => `interview:${interviewId}`;

/**
 * `/interviews`: the company that created an interview watches the candidate live. A client
 * emits `interview:watch {interview_id}` (acknowledged with a snapshot: the interview, its last
 * run and its anti-cheat events so far; another company's interview, or none, is
 * INTERVIEW_NOT_FOUND) and then receives the candidate's code, runs, anti-cheat events, chat and
 * the interview's end as they happen.
 */
export const interviewLiveNamespace = defineNamespace({
  name: "/interviews",
  roles: ["company"],
  events: {
    "interview:watch": {
      schema: InterviewWatchPayload,
      handler: async ({ actor, socket, data, ack }) => {
        const own = actor.companyId
          ? await db().interview.findFirst({ where: { id: data.interview_id, companyId: actor.companyId }, select: { id: true } })
          : null;
        if (!own) throw interviewNotFound();
        // Joined before the snapshot is read: a change in between is in the snapshot or in an
        // event, never in neither.
        await socket.join(interviewRoom(own.id));
        ack({ ok: true, snapshot: await liveSnapshot(own.id) });
      },
    },
    "interview:unwatch": {
      schema: InterviewWatchPayload,
      handler: async ({ socket, data, ack }) => {
        await socket.leave(interviewRoom(data.interview_id));
        ack({ ok: true });
      },
    },
  },
  emits: EMITS,
  rateLimit: { events: 20, windowMs: 1000 },
});

async function liveSnapshot(interviewId: string) {
  const interview = await db().interview.findUniqueOrThrow({ where: { id: interviewId } });
  const [run, events] = await Promise.all([
    db().interviewRun.findFirst({ where: { interviewId }, orderBy: { createdAt: "desc" } }),
    db().interviewEvent.findMany({ where: { interviewId }, orderBy: { createdAt: "asc" }, take: 1000 }),
  ]);
  return {
    interview: interviewView(interview),
    last_run: run
      ? { status: run.status, summary: { total: run.total, passed: run.passed, failed: run.total - run.passed }, at: run.createdAt.toISOString() }
      : null,
    events: events.map((e) => ({ type: e.type, details: e.details, at: e.createdAt.toISOString() })),
  };
}

/** Tells the company watching an interview what the candidate just did. */
export function emitLive<E extends keyof typeof EMITS & string>(event: E, payload: z.input<(typeof EMITS)[E]>): void {
  interviewLiveNamespace.to(interviewRoom(payload.interview_id)).emit(event, payload);
}
