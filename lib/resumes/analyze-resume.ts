import { createHash } from "node:crypto";
import { cached } from "@/lib/cache";
import { db, type Prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { FileNotFoundError, fileStore } from "@/lib/storage";
import { formatAnalysisError } from "./analysis-error";
import { extractDocument, ResumeFileError } from "./extract";
import { fitOf, forgetResumeScores, scoreUpsert } from "./fit-scores";
import { parseResume } from "./parse";
import { forget, keys, ownerCache, TTL } from "./resume-cache";
import { singleFlight } from "./single-flight";
import type { EducationLevel, FitScore, ParsedResume, ResumeFormat } from "./types";
import { vacancyById, type VacancyRecord } from "./vacancy-records";

/** What one analysis found: seed 004's process answer, or why the file could not be read. */
export type AnalysisOutcome =
  | { status: "analyzed"; sectionsFound: number; skillsFound: number; experienceYears: number; educationLevel: EducationLevel }
  | { status: "error"; code: string; message: string };

const FORMATS: readonly ResumeFormat[] = ["pdf", "docx", "rtf", "txt"];


function isResumeFileError(err: unknown): err is ResumeFileError {
  // By name too: a worker's error may cross a module copy boundary (Next bundle vs the server).
  return err instanceof ResumeFileError || (err instanceof Error && err.name === "ResumeFileError" && typeof (err as { code?: unknown }).code === "string");
}

/** PostgreSQL text and jsonb cannot hold NUL; a file may. */
function withoutNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replaceAll("\u0000", ""), withoutNul(v)])) as T;
  }
  return value;
}

/**
 * Extracts and parses a resume's stored file and records the result: the resume's fields, its
 * blocks and skills, status `analyzed` (or `error` with the reason when the file cannot be read),
 * and its fit to its own vacancy. Concurrent calls for one resume (the background job and a
 * client's /process) run it once. Null when the resume no longer exists.
 */
export function analyzeResume(resumeId: string): Promise<AnalysisOutcome | null> {
  return singleFlight(`analyze:${resumeId}`, () => runAnalysis(resumeId));
}

async function runAnalysis(resumeId: string): Promise<AnalysisOutcome | null> {
  const resume = await db().resume.findUnique({ where: { id: resumeId }, include: { file: { select: { storageKey: true } } } });
  if (!resume) return null;
  const claimed = await db().resume.updateMany({ where: { id: resumeId }, data: { status: "processing", error: null } });
  if (claimed.count === 0) return null;
  const store = ownerCache(resume);

  let parsed: ParsedResume;
  try {
    const format = FORMATS.find((f) => f === resume.fileType);
    if (!format) throw new ResumeFileError("CORRUPT_FILE", `Unknown resume format: ${resume.fileType}`);
    const bytes = new Uint8Array(await fileStore().get(resume.file.storageKey));
    const digest = createHash("sha256").update(bytes).digest("hex");
    // The same bytes always parse the same: a file uploaded again is not read again.
    ({ value: parsed } = await cached(keys.file(digest), TTL.file, async () => withoutNul(parseResume(await extractDocument(bytes, format))), store));
  } catch (err) {
    if (isResumeFileError(err)) return markError(resume, err.code, err.message);
    if (err instanceof FileNotFoundError) return markError(resume, "FILE_MISSING", "The stored file is missing; upload the resume again.");
    await markError(resume, "ANALYSIS_FAILED", "The resume could not be analysed; try again.");
    throw err;
  }

  const outcome: AnalysisOutcome = {
    status: "analyzed",
    sectionsFound: parsed.blocks.length,
    skillsFound: new Set(parsed.skills.map((s) => s.name)).size,
    experienceYears: parsed.total_experience_years,
    educationLevel: parsed.education_level,
  };
  // Its fit to its own vacancy lands with the analysis, so a client that sees `analyzed` sees the score.
  const vacancy = resume.vacancyId ? await vacancyById(resume.vacancyId) : null;
  let fit: { vacancy: VacancyRecord; score: FitScore } | null = null;
  if (vacancy && vacancy.companyId === resume.companyId) {
    try {
      fit = { vacancy, score: await fitOf(parsed, vacancy) };
    } catch (err) {
      // The analysis stands; the score is computed when asked for.
      logger.warn({ err, resumeId }, "scoring a resume against its vacancy failed");
    }
  }
  const saved = await saveAnalysis(resume, parsed, fit);
  if (!saved) return null;
  await forget(store, keys.statistics());
  await store.set(keys.analysis(resumeId), outcome, TTL.analysis).catch(() => undefined);
  if (fit) await store.set(keys.score(fit.vacancy.id, resumeId), fit.score, TTL.score).catch(() => undefined);
  return outcome;
}

async function saveAnalysis(
  resume: { id: string; companyId: string | null; candidateId: string | null },
  parsed: ParsedResume,
  fit: { vacancy: VacancyRecord; score: FitScore } | null,
): Promise<boolean> {
  const resumeId = resume.id;
  const skills = new Map(parsed.skills.map((s) => [s.name, s]));
  await forgetResumeScores(resume);
  try {
    await db().$transaction(
      async (tx) => {
        await tx.resumeBlock.deleteMany({ where: { resumeId } });
        await tx.resumeSkill.deleteMany({ where: { resumeId } });
        await tx.resumeScore.deleteMany({ where: { resumeId } });
        await tx.resumeBlock.createMany({
          data: parsed.blocks.map((b, position) => ({
            resumeId, position, blockType: b.type, blockName: b.name.slice(0, 500), extractedText: b.text, confidenceScore: b.confidence,
          })),
        });
        await tx.resumeSkill.createMany({
          data: [...skills.values()].map((s) => ({
            resumeId, skillName: s.name, category: s.category, experienceLevel: s.level, confidenceScore: s.confidence,
          })),
        });
        await tx.resume.update({
          where: { id: resumeId },
          data: {
            status: "analyzed",
            error: null,
            language: parsed.language,
            candidateName: parsed.name,
            experienceYears: parsed.total_experience_years,
            educationLevel: parsed.education_level,
            hiddenText: parsed.hidden_text,
            parsed: parsed as unknown as Prisma.InputJsonValue,
            processedAt: new Date(),
            totalScore: fit?.score.total_score ?? null,
            confidenceScore: fit?.score.confidence_score ?? null,
          },
        });
        if (fit) await tx.resumeScore.upsert(scoreUpsert(resumeId, fit.vacancy.id, fit.score, parsed));
      },
      { timeout: 15_000 },
    );
    return true;
  } catch (err) {
    // Deleted while it was being read: nothing to record.
    if ((err as { code?: string }).code === "P2025" || (err as { code?: string }).code === "P2003") return false;
    throw err;
  }
}

async function markError(resume: { id: string; companyId: string | null; candidateId: string | null }, code: string, message: string): Promise<AnalysisOutcome | null> {
  const { count } = await db().resume.updateMany({
    where: { id: resume.id },
    data: { status: "error", error: formatAnalysisError(code, message), processedAt: new Date() },
  });
  await forget(ownerCache(resume), keys.statistics(), keys.analysis(resume.id));
  return count === 0 ? null : { status: "error", code, message };
}
