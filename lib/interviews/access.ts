import type { Actor } from "@/lib/auth";
import { db, type Prisma } from "@/lib/db";
import { ApiError, errors } from "@/lib/http/errors";
import { hashInviteToken } from "./invite-token";

// Who may do what with an interview. The candidate side acts (save, run, chat, anti-cheat,
// finish) and reads; the creating company only reads. Everyone else is told the interview does
// not exist, so an id leaks nothing.

export type InterviewRow = Prisma.InterviewGetPayload<object>;

/** How a request reaches an interview: the actor, and the invite token it carries if any. */
export interface Caller {
  actor: Actor | null;
  token?: string | null;
}

export type Side = "candidate" | "company";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const interviewNotFound = () => errors.notFound("Interview", "INTERVIEW_NOT_FOUND");
export const interviewFinished = () =>
  new ApiError("INTERVIEW_FINISHED", "The interview is finished; it can no longer be changed", undefined, 409);

export const interviewNotFinished = () =>
  new ApiError("INTERVIEW_NOT_FINISHED", "The interview is not finished; its report is made when it finishes", undefined, 404);

/** The side a caller is on, or null: nobody to this interview. */
function sideOf(interview: InterviewRow, { actor, token }: Caller): Side | null {
  if (actor && interview.candidateId === actor.id) return "candidate";
  if (token && interview.inviteTokenHash && hashInviteToken(token) === interview.inviteTokenHash) return "candidate";
  // "A simple session by interview_id" (the seed): an interview started with no account is
  // reached by its id alone.
  if (interview.anonymous) return "candidate";
  if (actor?.role === "company" && actor.companyId && interview.companyId === actor.companyId) return "company";
  return null;
}

/**
 * The interview as this caller may see it, and from which side. A signed-in candidate who opens
 * a company's invite with its token becomes the interview's candidate (once: the first one).
 */
export async function openInterview(caller: Caller, interviewId: string): Promise<{ interview: InterviewRow; side: Side }> {
  if (!UUID.test(interviewId)) throw interviewNotFound();
  let interview = await db().interview.findUnique({ where: { id: interviewId } });
  const side = interview && sideOf(interview, caller);
  if (!interview || !side) throw interviewNotFound();
  const actor = caller.actor;
  if (side === "candidate" && actor?.role === "candidate" && interview.companyId && !interview.candidateId && caller.token) {
    const bound = await db().interview.updateMany({ where: { id: interview.id, candidateId: null }, data: { candidateId: actor.id } });
    if (bound.count === 1) interview = { ...interview, candidateId: actor.id };
  }
  return { interview, side };
}

/** The interview for one of the candidate's actions: the company that created it may only watch. */
export async function interviewToActOn(caller: Caller, interviewId: string, opts: { unfinished?: boolean } = { unfinished: true }) {
  const { interview, side } = await openInterview(caller, interviewId);
  if (side !== "candidate") throw errors.forbidden("The company that created this interview can watch it, not act in it");
  if (opts.unfinished !== false && interview.status === "FINISHED") throw interviewFinished();
  return interview;
}
