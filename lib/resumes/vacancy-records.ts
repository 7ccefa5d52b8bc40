import { db } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import type { EducationLevel, VacancyRequirements } from "./types";

// lib/resumes reads the vacancies table itself (lib/vacancies imports lib/resumes, never the
// other way round): only what uploads, scores and rankings need.

export interface VacancyRecord {
  id: string;
  companyId: string;
  code: string;
  title: string;
  description: string;
  requiredSkills: string[];
  niceToHaveSkills: string[];
  minExperienceYears: number | null;
  educationLevel: EducationLevel;
  language: string;
  updatedAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

const select = {
  id: true, companyId: true, code: true, title: true, description: true, requiredSkills: true,
  niceToHaveSkills: true, minExperienceYears: true, educationLevel: true, language: true, updatedAt: true,
} as const;

/**
 * The company's vacancy named by id or by its code (seed 004 accepts either; a client that puts a
 * code such as "BACKEND_001" in `vacancy_id` is understood too). Another company's vacancy is
 * "not found", like one that does not exist.
 */
export async function findCompanyVacancy(companyId: string, ref: { id?: string | null; code?: string | null }): Promise<VacancyRecord> {
  const id = ref.id?.trim();
  const code = ref.code?.trim() || (id && !isUuid(id) ? id : undefined);
  const found =
    id && isUuid(id)
      ? await db().vacancy.findFirst({ where: { id, companyId }, select })
      : code
        ? await db().vacancy.findFirst({ where: { code, companyId }, select })
        : null;
  if (!found) throw errors.notFound("Vacancy");
  return found;
}

/** A vacancy by id, whoever owns it: for system work (jobs, cache invalidation) that then scopes by its company. */
export async function vacancyById(id: string): Promise<VacancyRecord | null> {
  if (!isUuid(id)) return null;
  return db().vacancy.findUnique({ where: { id }, select });
}

/** What the vacancy's own columns ask for; empty skill lists are filled from its text by the caller. */
export function requirementsFromColumns(v: VacancyRecord): VacancyRequirements {
  return {
    required_skills: v.requiredSkills,
    nice_to_have_skills: v.niceToHaveSkills,
    min_experience_years: v.minExperienceYears,
    education_level: v.educationLevel,
    // Not the vacancy's `language` column: that is the language its text (and screening
    // interview) is written in, not a spoken language the candidate must show. Requiring it would
    // cost every resume written in the other language points it never claimed to have.
    language: undefined,
  };
}
