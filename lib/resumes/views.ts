import type { z } from "zod";
import { errorParts } from "./analysis-error";
import type { ResumeListRow } from "./list-resumes";
import type { rankResumesForVacancy } from "./rank-resumes";
import type { ResumeDetail } from "./resume-detail";
import type * as s from "./schemas";
import type { ParsedResume } from "./types";
import type { UploadedResume } from "./upload-resume";

// Seed 004's response shapes, from the domain's records. The routes validate them on the way out.

export function uploadedView(r: UploadedResume): z.input<typeof s.ResumeUploaded> {
  return {
    id: r.id,
    filename: r.filename,
    original_filename: r.originalFilename,
    file_type: r.fileType,
    file_size: r.fileSize,
    status: r.status,
    upload_date: r.uploadedAt.toISOString(),
    vacancy_id: r.vacancyId,
    job_id: r.jobId,
  };
}

export function listItemView(r: ResumeListRow): z.input<typeof s.ResumeListItem> {
  return {
    id: r.id,
    filename: r.filename,
    original_filename: r.originalFilename,
    file_type: r.fileType,
    file_size: r.fileSize,
    status: r.status,
    total_score: r.totalScore,
    confidence_score: r.confidenceScore,
    upload_date: r.uploadedAt.toISOString(),
    vacancy_id: r.vacancyId,
    vacancy_title: r.vacancy?.title ?? null,
    candidate_name: r.candidateName,
    error: errorParts(r.error)?.message ?? null,
  };
}

export function listView(page: { rows: ResumeListRow[]; total: number; skip: number; limit: number }): z.input<typeof s.ResumeList> {
  return {
    resumes: page.rows.map(listItemView),
    total: page.total,
    page: Math.floor(page.skip / page.limit) + 1,
    size: page.limit,
    total_pages: Math.ceil(page.total / page.limit),
  };
}

export function detailView({ resume, fit }: ResumeDetail): z.input<typeof s.ResumeDetailView> {
  const parsed = resume.parsed as unknown as ParsedResume | null;
  const fits = fit ? [...fit.score.blocks] : [];
  const blocks = resume.blocks.map((b) => {
    // Blocks are scored in the order parsing found them; match by type and name, each fit used once.
    const at = fits.findIndex((f) => f && f.type === b.blockType && f.name === b.blockName);
    const blockFit = at >= 0 ? fits[at] : undefined;
    if (at >= 0) fits.splice(at, 1);
    return {
      id: b.id,
      block_type: b.blockType,
      block_name: b.blockName,
      extracted_text: b.extractedText,
      relevance_score: blockFit?.relevance ?? null,
      confidence_score: b.confidenceScore,
      matched_requirements: blockFit?.matched ?? [],
      missing_requirements: blockFit?.missing ?? [],
      analysis_notes: blockFit?.notes ?? "",
    };
  });
  const error = errorParts(resume.error);
  return {
    ...listItemView(resume),
    resume_blocks: blocks,
    resume_skills: resume.skills.map((k) => ({
      id: k.id,
      skill_name: k.skillName,
      category: k.category,
      experience_level: k.experienceLevel,
      confidence_score: k.confidenceScore,
    })),
    error_code: error?.code ?? null,
    language: resume.language,
    hidden_text: resume.hiddenText,
    experience_years: resume.experienceYears,
    education_level: resume.educationLevel,
    processed_at: resume.processedAt?.toISOString() ?? null,
    parsed: parsed
      ? {
          email: parsed.email,
          phone: parsed.phone_e164,
          location: parsed.location,
          positions: parsed.positions,
          education: parsed.education,
          languages: parsed.languages,
        }
      : null,
    score: fit
      ? {
          vacancy_id: fit.vacancyId,
          vacancy_title: fit.vacancyTitle,
          total_score: fit.score.total_score,
          confidence_score: fit.score.confidence_score,
          matched_requirements: fit.score.matched,
          missing_requirements: fit.score.missing,
          components: fit.score.components,
        }
      : null,
  };
}

export function rankingView(r: Awaited<ReturnType<typeof rankResumesForVacancy>>): z.input<typeof s.VacancyRanking> {
  return {
    vacancy_id: r.vacancyId,
    resumes: r.rows.map((row) => ({
      resume_id: row.resumeId,
      candidate_name: row.resume.candidateName,
      original_filename: row.resume.originalFilename,
      total_score: row.totalScore,
      confidence_score: row.confidenceScore,
      matched_requirements: row.breakdown.matched ?? [],
      missing_requirements: row.breakdown.missing ?? [],
    })),
  };
}
