// The browser's side of seed 004's HTTP contract (/api/v1/resumes, /api/v1/batch) and of the
// vacancy list. Same origin, so the session cookie authenticates; the browser adds the Origin
// header the API checks on cookie writes.

export type ResumeStatus = "uploaded" | "processing" | "analyzed" | "error";
export const RESUME_STATUSES: readonly ResumeStatus[] = ["uploaded", "processing", "analyzed", "error"];
export const SORT_FIELDS = ["upload_date", "total_score", "confidence_score"] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface ResumeSummary {
  id: string;
  filename: string;
  original_filename: string;
  file_type: string;
  file_size: number;
  status: ResumeStatus;
  total_score: number | null;
  confidence_score: number | null;
  upload_date: string;
  vacancy_id: string | null;
  vacancy_title: string | null;
  candidate_name?: string | null;
  error?: string | null;
}

export interface ResumeList {
  resumes: ResumeSummary[];
  total: number;
  page: number;
  size: number;
  total_pages: number;
}

export interface ResumeBlock {
  id: string;
  block_type: string;
  block_name: string;
  extracted_text: string;
  relevance_score: number | null;
  confidence_score: number | null;
  matched_requirements?: string[];
  missing_requirements?: string[];
  analysis_notes?: string | null;
}

export interface ResumeSkill {
  id: string;
  skill_name: string;
  category: string;
  experience_level: string;
  confidence_score: number;
}

export interface ParsedFields {
  email?: string | null;
  /** E.164 */
  phone?: string | null;
  location?: string | null;
  positions?: Array<{ title: string; company: string; start: string | null; end: string | null }>;
  education?: Array<{ institution: string; degree: string | null; year: number | null }>;
  languages?: string[];
}

export interface ScoreComponent {
  name: string;
  score: number;
  weight: number;
}

export interface ResumeDetail extends ResumeSummary {
  resume_blocks: ResumeBlock[];
  resume_skills: ResumeSkill[];
  language?: string | null;
  hidden_text?: boolean;
  experience_years?: number | null;
  education_level?: string | null;
  error_code?: string | null;
  parsed?: ParsedFields | null;
  /** The fit to the vacancy shown: the resume's own, or the one asked for with `?vacancy_id=`. */
  score?: FitScoreView | null;
}

export interface FitScoreView {
  vacancy_id: string;
  vacancy_title: string;
  total_score: number;
  confidence_score: number;
  matched_requirements: string[];
  missing_requirements: string[];
  components: ScoreComponent[];
}

export interface CalculatedScore {
  success: boolean;
  resume_id: string;
  vacancy_id: string;
  total_score: number;
  confidence_score: number;
  cached?: boolean;
}

export interface ResumeStatistics {
  total_resumes: number;
  processed_resumes: number;
  error_resumes: number;
  average_score: number | null;
  score_distribution: Record<"excellent" | "good" | "average" | "poor", number>;
  top_vacancies: Array<{ vacancy_id: string; vacancy_code?: string | null; title: string; count: number }>;
}

export type BatchItemStatus = "queued" | "processing" | "success" | "error";

export interface BatchItem {
  file_index: number;
  filename: string;
  status: BatchItemStatus;
  resume_id?: string | null;
  error?: string | null;
}

export interface BatchStatus {
  batch_id: string;
  status: string;
  total_files: number;
  successful: number;
  failed: number;
  start_time?: string;
  end_time?: string | null;
  processing_time_seconds?: number | null;
  results?: BatchItem[];
}

export interface BatchStatistics {
  total_batches: number;
  successful_batches: number;
  failed_batches: number;
  average_processing_time: number | null;
  total_files_processed: number;
  /** Not in the seed (nor in the batch API yet); shown when offered. */
  recent_batches?: Array<{ batch_id: string; status?: string; total_files: number; successful: number; failed: number; start_time?: string }>;
}

export interface VacancyOption {
  id: string;
  title: string;
  code?: string;
}

/** An answer other than 2xx, with the envelope's message (`error.message`, or seed 004's `detail`). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function apiJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, { credentials: "same-origin", ...init, headers: { Accept: "application/json", ...init.headers } });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const envelope = body as { error?: { code?: string; message?: string }; detail?: unknown } | null;
    const message = envelope?.error?.message ?? (typeof envelope?.detail === "string" ? envelope.detail : null) ?? `HTTP ${res.status}`;
    throw new ApiFailure(res.status, message, envelope?.error?.code);
  }
  return body as T;
}

/** A JSON write (POST/DELETE) to our API. */
export function apiSend<T>(url: string, method: "POST" | "DELETE", body?: unknown): Promise<T> {
  return apiJson<T>(url, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
  });
}

/**
 * The company's vacancies from `GET /api/vacancies?company_id=`. Seed 003 is a Flask app whose
 * answer shape it does not spell out, so this accepts a bare array or one wrapped in
 * `vacancies`/`items`/`data`, and `id`/`_id`/`vacancy_id` for the id.
 */
export function vacancyOptions(body: unknown): VacancyOption[] {
  const record = body as Record<string, unknown> | null;
  const list = Array.isArray(body) ? body : (record?.vacancies ?? record?.items ?? record?.data ?? []);
  if (!Array.isArray(list)) return [];
  const out: VacancyOption[] = [];
  for (const raw of list as Array<Record<string, unknown>>) {
    const id = raw?.id ?? raw?._id ?? raw?.vacancy_id;
    if (typeof id !== "string" || typeof raw.title !== "string") continue;
    out.push({ id, title: raw.title, code: typeof raw.code === "string" ? raw.code : undefined });
  }
  return out;
}

export const vacanciesQueryKey = (companyId: string) => ["vacancies", companyId] as const;

export async function fetchVacancies(companyId: string): Promise<VacancyOption[]> {
  return vacancyOptions(await apiJson<unknown>(`/api/vacancies?company_id=${encodeURIComponent(companyId)}&per_page=100`));
}

export const ACCEPTED_EXTENSIONS = ["pdf", "docx", "rtf", "txt"] as const;
/** Seed 004's limits: 10 MB a file, 50 files a batch. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_BATCH_FILES = 50;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}
