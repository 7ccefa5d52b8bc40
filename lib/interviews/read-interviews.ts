import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import { db, type Prisma } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import { openInterview, type Caller } from "./access";
import { TASKS } from "./bank";
import { emitLive } from "./live";
import type { InterviewListQuery, TaskListQuery } from "./schemas";
import { interviewListItemView, interviewView, timelineView } from "./views";

/**
 * GET /interviews/{id}: the interview and its task. The candidate's first look starts it (its
 * `started_at`, the timer's start); the creating company's does not.
 */
export async function getInterview({ caller, interviewId }: { caller: Caller; interviewId: string }) {
  const { interview, side } = await openInterview(caller, interviewId);
  if (side === "candidate" && !interview.startedAt && interview.status === "IN_PROGRESS") {
    const startedAt = new Date();
    const { count } = await db().interview.updateMany({ where: { id: interview.id, startedAt: null }, data: { startedAt } });
    if (count === 1) {
      // The company watching sees "in progress" and the timer at once, not at its next poll.
      emitLive("interview:status", { interview_id: interview.id, status: "IN_PROGRESS", started_at: startedAt.toISOString() });
      return interviewView({ ...interview, startedAt });
    }
    return interviewView(await db().interview.findUniqueOrThrow({ where: { id: interview.id } }));
  }
  return interviewView(interview);
}

/** GET /interviews: a company's interviews, or the caller's own (practice, and invites they opened signed in). */
export async function listInterviews({ actor, query }: { actor: Actor; query: z.output<typeof InterviewListQuery> }) {
  const asCompany = actor.role === "company";
  if (asCompany && !actor.companyId) throw errors.forbidden();
  const where: Prisma.InterviewWhereInput = {
    ...(asCompany ? { companyId: actor.companyId! } : { candidateId: actor.id }),
    ...(query.status ? { status: query.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db().interview.findMany({ where, orderBy: { createdAt: "desc" }, skip: query.skip, take: query.limit }),
    db().interview.count({ where }),
  ]);
  return { interviews: rows.map((r) => interviewListItemView(r, asCompany)), total };
}

/** GET /interviews/tasks: the bank's tasks (titles only: descriptions and tests are the interview's). */
export function listTasks(query: z.output<typeof TaskListQuery>) {
  return {
    tasks: TASKS.filter((t) => !query.level || t.level === query.level).map((t) => ({
      id: t.id,
      title: { en: t.title.en, ru: t.title.ru },
      level: t.level,
      languages: (["python", "javascript"] as const).filter((l) => Boolean(t.reference[l] && t.initialCode[l])),
      tags: t.tags,
    })),
  };
}

/** GET /interviews/{id}/timeline: every edit, anti-cheat event, run and message, for the report's replay. */
export async function interviewTimeline({ caller, interviewId }: { caller: Caller; interviewId: string }) {
  const { interview } = await openInterview(caller, interviewId);
  const where = { interviewId: interview.id };
  const [edits, events, runs, messages] = await Promise.all([
    db().interviewEdit.findMany({ where, orderBy: { createdAt: "asc" }, select: { code: true, createdAt: true } }),
    db().interviewEvent.findMany({ where, orderBy: { createdAt: "asc" } }),
    db().interviewRun.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, status: true, passed: true, total: true, executionTimeMs: true, memoryUsageMb: true, createdAt: true },
    }),
    db().interviewMessage.findMany({ where, orderBy: [{ createdAt: "asc" }, { role: "desc" }] }),
  ]);
  return timelineView(interview, { edits, events, runs, messages });
}
