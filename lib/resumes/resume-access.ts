import type { Actor } from "@/lib/auth";
import { db, type Prisma } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import { isUuid } from "./vacancy-records";

/**
 * The resumes an actor may read: a company's members its company's uploads; a candidate their
 * own resume (the one attached at sign-up). A company sees a candidate's resume only through an
 * application, which is not this module's read.
 */
export function readableBy(actor: Actor): Prisma.ResumeWhereInput {
  if (actor.role === "company" && actor.companyId) return { companyId: actor.companyId };
  if (actor.role === "candidate") return { candidateId: actor.id, companyId: null };
  throw errors.forbidden();
}

/** The company's own resumes: what a company may process, score, delete and list. */
export function ownedByCompany(actor: Actor): { companyId: string } {
  if (actor.role !== "company" || !actor.companyId) throw errors.forbidden("This requires role: company");
  return { companyId: actor.companyId };
}

export const resumeNotFound = () => errors.notFound("Resume");

/** The id as a client sent it, or a 404: a malformed id names no resume (and must not reach a uuid column). */
export function resumeIdOr404(id: string): string {
  if (!isUuid(id)) throw resumeNotFound();
  return id;
}

/** A resume of the actor's company, or 404 (also for another company's: the answer leaks nothing). */
export async function companyResume(actor: Actor, id: string) {
  const resume = await db().resume.findFirst({ where: { id: resumeIdOr404(id), ...ownedByCompany(actor) } });
  if (!resume) throw resumeNotFound();
  return resume;
}
