import type { Actor } from "@/lib/auth";
import { ApiError } from "@/lib/http/errors";
import { analyzeResume, type AnalysisOutcome } from "./analyze-resume";
import { companyResume, resumeNotFound } from "./resume-access";

/** A file the pipeline could not read: 422 with its reason (`details.reason` is the stable code). */
export const unreadable = (outcome: Extract<AnalysisOutcome, { status: "error" }>) =>
  new ApiError("RESUME_UNREADABLE", outcome.message, { reason: outcome.code }, 422);

/** Seed 004's process: analyses the company's resume now (again, if it was) and reports what was found. */
export async function processResume({ actor, resumeId }: { actor: Actor; resumeId: string }) {
  const resume = await companyResume(actor, resumeId);
  const outcome = await analyzeResume(resume.id);
  if (!outcome) throw resumeNotFound();
  if (outcome.status === "error") throw unreadable(outcome);
  return { resumeId: resume.id, ...outcome };
}
