import { z } from "zod";
import { MultilineText, Text, withAliases } from "@/lib/auth";

// Seed 003's vacancy endpoints (Flask, snake_case). The seed gives no shapes, so these accept what
// a client of that backend plausibly sends (aliases below, unknown fields ignored) and answer in
// one shape. Owner, company and ids are in no input schema: they come from the actor.

export const VACANCY_STATUSES = ["draft", "open", "closed"] as const;
export const EDUCATION_LEVELS = ["none", "secondary", "bachelor", "master", "phd"] as const;
export const VACANCY_LANGUAGES = ["en", "ru"] as const;

export const MAX_SKILLS = 100;
export const MAX_QUESTIONS = 50;
export const MAX_KEY_POINTS = 20;

const Iso = z.iso.datetime();
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : v);

/** A list from a JSON array, or from one string of items separated by commas, semicolons or lines. */
const listOf = (item: z.ZodType<string>, max: number, separators = /[,;\n]+/) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(separators) : v),
    z
      .array(z.union([item, z.number().transform(String)]))
      .transform((items) => items.map((s) => s.trim()).filter(Boolean))
      .pipe(z.array(z.string()).max(max)),
  );

const SkillName = Text.max(100);
const Skills = listOf(SkillName, MAX_SKILLS);

// Clients write education their own way ("Bachelor's", "higher", "высшее").
const EDUCATION_SYNONYMS: Record<string, (typeof EDUCATION_LEVELS)[number]> = {
  "": "none",
  any: "none",
  "no degree": "none",
  school: "secondary",
  "high school": "secondary",
  "среднее": "secondary",
  "среднее специальное": "secondary",
  higher: "bachelor",
  "bachelor's": "bachelor",
  bachelors: "bachelor",
  bsc: "bachelor",
  "высшее": "bachelor",
  "бакалавр": "bachelor",
  "master's": "master",
  masters: "master",
  msc: "master",
  "магистр": "master",
  "магистратура": "master",
  doctorate: "phd",
  "ph.d.": "phd",
  "кандидат наук": "phd",
};
export const EducationLevelInput = z.preprocess(
  (v) => (v === null ? "none" : typeof v === "string" ? (EDUCATION_SYNONYMS[v.trim().toLowerCase()] ?? v.trim().toLowerCase()) : v),
  z.enum(EDUCATION_LEVELS),
);

/** Years as a number, or as text a person types: "3", "3.5", "3+", "3 years". */
export const YearsInput = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  if (v.trim() === "") return null;
  const m = /^\s*(\d{1,2}(?:[.,]\d+)?)\s*\+?\s*(?:years?|yrs?|лет|года?)?\s*$/i.exec(v);
  return m ? Number(m[1].replace(",", ".")) : v;
}, z.number().min(0).max(60).nullable());

/** The company's own code for a vacancy, e.g. BACKEND_001; stored upper case. */
export const VacancyCode = Text.trim()
  .regex(/^[\p{L}\p{N}_.\-]{1,40}$/u, "Letters, digits, _ . - only (at most 40)")
  .transform((s) => s.toUpperCase());

const vacancyFields = {
  title: Text.trim().min(1).max(200),
  description: MultilineText.max(20_000),
  code: z.preprocess(blankToNull, VacancyCode.nullable()),
  status: z.preprocess(lower, z.enum(VACANCY_STATUSES)),
  location: z.preprocess(blankToNull, Text.trim().max(200).nullable()),
  required_skills: Skills,
  nice_to_have_skills: Skills,
  min_experience_years: YearsInput,
  education_level: EducationLevelInput,
  language: z.preprocess(lower, z.enum(VACANCY_LANGUAGES)),
  /** Free text of requirements (a string `requirements`): its skills are added to the required ones. */
  requirements_text: MultilineText.max(20_000),
};

const ALIASES = {
  title: ["name", "position"],
  code: ["vacancy_code"],
  location: ["city"],
  required_skills: ["skills", "key_skills", "requirements"],
  nice_to_have_skills: ["nice_to_have", "optional_skills"],
  min_experience_years: ["experience_years", "min_experience", "experience"],
  education_level: ["education"],
  language: ["lang"],
} as const;

// `requirements` is a list of skills when it is a list and the recruiter's prose when it is text.
const splitRequirements = (raw: unknown) => {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const body = { ...(raw as Record<string, unknown>) };
  if (typeof body.requirements === "string") {
    body.requirements_text ??= body.requirements;
    delete body.requirements;
  }
  return body;
};

const QuestionText = MultilineText.trim().min(1).max(2000);
const KeyPoints = listOf(MultilineText.max(500), MAX_KEY_POINTS, /[;\n]+/);
/** `"text"` or `{"question"|"text", "key_points"|"expected_answer"|"keywords"}`. */
export const QuestionInput = z.union([
  QuestionText.transform((text) => ({ text, key_points: [] as string[] })),
  withAliases({ text: QuestionText, key_points: KeyPoints.default([]) }, { text: ["question"], key_points: ["expected_answer", "keywords"] })
    .schema,
]);
const QuestionList = z.array(QuestionInput).max(MAX_QUESTIONS);

const createShape = withAliases(
  {
    title: vacancyFields.title,
    description: vacancyFields.description.default(""),
    code: vacancyFields.code.optional(),
    status: vacancyFields.status.default("open"),
    location: vacancyFields.location.optional(),
    required_skills: vacancyFields.required_skills.default([]),
    nice_to_have_skills: vacancyFields.nice_to_have_skills.default([]),
    min_experience_years: vacancyFields.min_experience_years.default(null),
    education_level: vacancyFields.education_level.default("none"),
    language: vacancyFields.language.default("en"),
    requirements_text: vacancyFields.requirements_text.optional(),
    questions: QuestionList.optional(),
  },
  ALIASES,
);
export const VacancyCreate = z.preprocess(splitRequirements, createShape.schema);
export type VacancyCreateInput = z.output<typeof VacancyCreate>;

const updateShape = withAliases(
  {
    title: vacancyFields.title.optional(),
    description: vacancyFields.description.optional(),
    code: vacancyFields.code.optional(),
    status: vacancyFields.status.optional(),
    location: vacancyFields.location.optional(),
    required_skills: vacancyFields.required_skills.optional(),
    nice_to_have_skills: vacancyFields.nice_to_have_skills.optional(),
    min_experience_years: vacancyFields.min_experience_years.optional(),
    education_level: vacancyFields.education_level.optional(),
    language: vacancyFields.language.optional(),
    requirements_text: vacancyFields.requirements_text.optional(),
  },
  ALIASES,
);
export const VacancyUpdate = z
  .preprocess(splitRequirements, updateShape.schema)
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to update" });
export type VacancyUpdateInput = z.output<typeof VacancyUpdate>;

/** Questions as a list, or under `{"questions": [...]}`. */
export const QuestionsInput = z.preprocess((v) => (Array.isArray(v) ? { questions: v } : v), z.object({ questions: QuestionList }));
export type QuestionsInputValue = z.output<typeof QuestionsInput>;

export const ExtractRequirementsInput = withAliases(
  { text: MultilineText.trim().min(1).max(50_000), language: z.preprocess(lower, z.enum(VACANCY_LANGUAGES)).optional() },
  { text: ["description"], language: ["lang"] },
).schema;

export const VacancyParams = z.object({ vacancy_id: z.string() });

const Flag = z.preprocess(lower, z.enum(["1", "true", "yes", "0", "false", "no", ""]).transform((v) => ["1", "true", "yes"].includes(v)));
export const VacanciesQuery = z.object({
  company_id: z.string().trim().optional(),
  mine: Flag.optional(),
  status: z.preprocess(lower, z.enum(VACANCY_STATUSES)).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
});
export type VacanciesQueryValue = z.output<typeof VacanciesQuery>;

// ---- answers

export const VacancyView = z.object({
  id: z.uuid(),
  /** The same id, for clients of a Mongo-backed Flask app that read `_id`. */
  _id: z.uuid(),
  company_id: z.uuid(),
  company_name: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(VACANCY_STATUSES),
  location: z.string().nullable(),
  required_skills: z.array(z.string()),
  nice_to_have_skills: z.array(z.string()),
  min_experience_years: z.number().nullable(),
  education_level: z.enum(EDUCATION_LEVELS),
  language: z.enum(VACANCY_LANGUAGES),
  questions_count: z.number().int(),
  /** Only for the owning company: resumes uploaded for this vacancy. */
  resumes_count: z.number().int().optional(),
  created_at: Iso,
  updated_at: Iso,
});
export type VacancyViewValue = z.output<typeof VacancyView>;

export const VacancyCreated = z.object({ message: z.string(), vacancy_id: z.uuid(), vacancy: VacancyView });
export const VacancyUpdated = z.object({ message: z.string(), vacancy_id: z.uuid(), vacancy: VacancyView });
export const VacancyDeleted = z.object({ message: z.string(), vacancy_id: z.uuid() });
export const VacanciesPage = z.object({
  vacancies: z.array(VacancyView),
  total: z.number().int(),
  page: z.number().int(),
  per_page: z.number().int(),
  pages: z.number().int(),
});

export const QuestionView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  text: z.string(),
  /** The same text, for clients that read `question`. */
  question: z.string(),
  /** Only for the owning company. */
  key_points: z.array(z.string()).optional(),
});
export const QuestionsView = z.object({ vacancy_id: z.uuid(), questions: z.array(QuestionView), total: z.number().int() });
export const QuestionsSaved = QuestionsView.extend({ message: z.string() });

export const ProposedRequirements = z.object({
  required_skills: z.array(z.string()),
  nice_to_have_skills: z.array(z.string()),
  min_experience_years: z.number().nullable(),
  education_level: z.enum(EDUCATION_LEVELS),
  language: z.enum(VACANCY_LANGUAGES).nullable(),
});
