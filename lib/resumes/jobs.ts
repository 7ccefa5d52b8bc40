import { z } from "zod";
import { db } from "@/lib/db";
import { defineJob } from "@/lib/queue";
import { analyzeResume, type AnalysisOutcome } from "./analyze-resume";
import { scoreAgainst } from "./fit-scores";
import { vacancyById } from "./vacancy-records";

export const AnalyzeResumePayload = z.object({
  resume_id: z.uuid(),
  /** Run even when the resume was analysed meanwhile (a client's /process got there first). */
  force: z.boolean().default(false),
});

/**
 * A resume's analysis after upload, owned by its company (or, for a sign-up resume, its
 * candidate): stored in the jobs table, so a restart resumes it. A file that cannot be read is an
 * outcome (status `error`), not a failure to retry; anything else (the database away) is retried.
 */
export const analyzeResumeJob = defineJob({
  name: "resumes.analyze",
  payload: AnalyzeResumePayload,
  concurrency: 2,
  attempts: 3,
  backoffMs: 1000,
  handler: async (payload): Promise<AnalysisOutcome | { status: "skipped" }> => {
    if (!payload.force) {
      const row = await db().resume.findUnique({ where: { id: payload.resume_id }, select: { status: true } });
      if (!row || row.status === "analyzed" || row.status === "error") return { status: "skipped" };
    }
    return (await analyzeResume(payload.resume_id)) ?? { status: "skipped" };
  },
});

export const RescoreVacancyPayload = z.object({ vacancy_id: z.uuid() });

/**
 * After a vacancy's requirements change (forgetVacancyScores): the fit of the resumes uploaded
 * for it, computed again so lists sort by current numbers.
 */
export const rescoreVacancyJob = defineJob({
  name: "resumes.rescore-vacancy",
  payload: RescoreVacancyPayload,
  concurrency: 1,
  attempts: 3,
  handler: async (payload, ctx) => {
    const vacancy = await vacancyById(payload.vacancy_id);
    if (!vacancy) return { rescored: 0 };
    const resumes = await db().resume.findMany({
      where: { vacancyId: vacancy.id, companyId: vacancy.companyId, status: "analyzed" },
      select: { id: true, companyId: true, candidateId: true, vacancyId: true, parsed: true },
    });
    let done = 0;
    for (const resume of resumes) {
      if (ctx.signal.aborted) break;
      await scoreAgainst(resume, vacancy);
      done += 1;
      if (done % 20 === 0) await ctx.progress((done / resumes.length) * 100);
    }
    return { rescored: done };
  },
});
