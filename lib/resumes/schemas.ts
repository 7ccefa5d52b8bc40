import { z } from "zod";

// Seed 004's resume endpoints (snake_case). Inputs ignore unknown fields and carry nothing a
// client may not set (status, scores, company): those are decided here.

export const RESUME_STATUSES = ["uploaded", "processing", "analyzed", "error"] as const;
export const RESUME_SORTS = ["upload_date", "total_score", "confidence_score"] as const;

const Iso = z.iso.datetime();
const Id = z.string().trim().min(1).max(200);
const OptionalRef = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), Id.optional());

export const ResumeStatus = z.enum(RESUME_STATUSES);
export const ResumeIdParams = z.object({ resume_id: z.string().min(1).max(200) });
export const VacancyIdParams = z.object({ vacancy_id: z.string().min(1).max(200) });

// The uploaded file; the OpenAPI document shows a File check as a binary string.
export const ResumeUploadFile = z.custom<File>((v) => v instanceof File, { message: "file must be a file (multipart field `file`)" });

/** The file travels as `file` (seed 004); `resume` is accepted too. */
export const ResumeUploadForm = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
    const body = { ...(raw as Record<string, unknown>) };
    if (body.file === undefined && body.resume !== undefined) body.file = body.resume;
    // One file per upload: the first when a client repeats the field.
    if (Array.isArray(body.file)) body.file = body.file[0];
    for (const k of ["vacancy_id", "vacancy_code"]) if (Array.isArray(body[k])) body[k] = (body[k] as unknown[])[0];
    return body;
  },
  z.object({
    file: ResumeUploadFile,
    vacancy_id: OptionalRef.describe("The company's vacancy to link: its id, or its code."),
    vacancy_code: OptionalRef.describe("The company's vacancy to link, by its code (e.g. BACKEND_001)."),
  }),
);

export const ResumeUploaded = z.object({
  id: z.uuid(),
  filename: z.string(),
  original_filename: z.string(),
  file_type: z.string(),
  file_size: z.number().int(),
  status: ResumeStatus,
  upload_date: Iso,
  vacancy_id: z.uuid().nullable(),
  job_id: z.string().nullable().describe("The background analysis job (GET /api/v1/jobs/{job_id})."),
});

const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
export const ResumeListQuery = z.object({
  skip: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(1_000_000).default(0)),
  // Seed 004: at most 100 a page; a larger limit is clamped to 100, not refused.
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(25).transform((n) => Math.min(n, 100)))
    .describe("Page size, default 25; values over 100 are clamped to 100."),
  status: z.preprocess(emptyToUndefined, ResumeStatus.optional()),
  vacancy_id: OptionalRef.describe("A vacancy's id or code."),
  sort_by: z.preprocess(emptyToUndefined, z.enum(RESUME_SORTS).default("upload_date")),
  sort_order: z.preprocess((v) => (typeof v === "string" && v ? v.toLowerCase() : undefined), z.enum(["asc", "desc"]).default("desc"))
    .describe("asc or desc (default); resumes without a score come last either way."),
});

export const ResumeListItem = z.object({
  id: z.uuid(),
  filename: z.string(),
  original_filename: z.string(),
  file_type: z.string(),
  file_size: z.number().int(),
  status: ResumeStatus,
  total_score: z.number().nullable(),
  confidence_score: z.number().nullable(),
  upload_date: Iso,
  vacancy_id: z.uuid().nullable(),
  vacancy_title: z.string().nullable(),
  candidate_name: z.string().nullable(),
  error: z.string().nullable(),
});

export const ResumeList = z.object({
  resumes: z.array(ResumeListItem),
  total: z.number().int(),
  page: z.number().int(),
  size: z.number().int(),
  total_pages: z.number().int(),
});

export const ResumeDetailQuery = z.object({
  vacancy_id: OptionalRef.describe("Show the fit to this vacancy of the company instead of the resume's own."),
});

export const ResumeBlockView = z.object({
  id: z.uuid(),
  block_type: z.string(),
  block_name: z.string(),
  extracted_text: z.string(),
  relevance_score: z.number().nullable().describe("0-1 against the vacancy; null when the resume is scored against none."),
  confidence_score: z.number(),
  matched_requirements: z.array(z.string()),
  missing_requirements: z.array(z.string()),
  analysis_notes: z.string(),
});

export const ResumeSkillView = z.object({
  id: z.uuid(),
  skill_name: z.string(),
  category: z.string(),
  experience_level: z.string(),
  confidence_score: z.number(),
});

const FitComponent = z.object({ name: z.string(), score: z.number(), weight: z.number() });

export const ResumeDetailView = ResumeListItem.extend({
  resume_blocks: z.array(ResumeBlockView),
  resume_skills: z.array(ResumeSkillView),
  error_code: z.string().nullable(),
  language: z.string().nullable(),
  hidden_text: z.boolean(),
  experience_years: z.number().nullable(),
  education_level: z.string().nullable(),
  processed_at: Iso.nullable(),
  parsed: z
    .object({
      email: z.string().nullable(),
      phone: z.string().nullable(),
      location: z.string().nullable(),
      positions: z.array(z.object({ title: z.string(), company: z.string(), start: z.string().nullable(), end: z.string().nullable() })),
      education: z.array(z.object({ institution: z.string(), degree: z.string().nullable(), year: z.number().nullable() })),
      languages: z.array(z.string()),
    })
    .nullable(),
  score: z
    .object({
      vacancy_id: z.uuid(),
      vacancy_title: z.string(),
      total_score: z.number(),
      confidence_score: z.number(),
      matched_requirements: z.array(z.string()),
      missing_requirements: z.array(z.string()),
      components: z.array(FitComponent),
    })
    .nullable()
    .describe("The fit to the vacancy shown (the resume's own, or ?vacancy_id=), computed by code."),
});

export const ProcessResult = z.object({
  success: z.literal(true),
  resume_id: z.uuid(),
  sections_found: z.number().int(),
  skills_found: z.number().int(),
  experience_years: z.number(),
  education_level: z.string(),
});

export const CalculateScoreQuery = z.object({ vacancy_id: OptionalRef });
export const CalculateScoreBody = z.object({ vacancy_id: OptionalRef }).optional();

export const ScoreResult = z.object({
  success: z.literal(true),
  resume_id: z.uuid(),
  vacancy_id: z.uuid(),
  total_score: z.number(),
  confidence_score: z.number(),
  cached: z.boolean(),
});

export const ResumeDeleted = z.object({ success: z.literal(true), message: z.string() });

export const ResumeFileQuery = z.object({
  inline: z.preprocess((v) => v === "1" || v === "true", z.boolean()).optional().describe("1: show a PDF in the browser (sandboxed) instead of downloading."),
});

export const ResumeStatisticsView = z.object({
  total_resumes: z.number().int(),
  processed_resumes: z.number().int(),
  error_resumes: z.number().int(),
  average_score: z.number(),
  score_distribution: z
    .object({ excellent: z.number().int(), good: z.number().int(), average: z.number().int(), poor: z.number().int() })
    .describe("Scored resumes by total_score: excellent >= 85, good 70-84.9, average 50-69.9, poor < 50."),
  top_vacancies: z.array(z.object({ vacancy_id: z.uuid(), vacancy_code: z.string(), title: z.string(), count: z.number().int() })),
});

export const RankingQuery = z.object({
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(100).transform((n) => Math.min(n, 100))),
});

export const VacancyRanking = z.object({
  vacancy_id: z.uuid(),
  resumes: z.array(
    z.object({
      resume_id: z.uuid(),
      candidate_name: z.string().nullable(),
      original_filename: z.string(),
      total_score: z.number(),
      confidence_score: z.number(),
      matched_requirements: z.array(z.string()),
      missing_requirements: z.array(z.string()),
    }),
  ),
});
