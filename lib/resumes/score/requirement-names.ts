import { canonicalSkill } from "../taxonomy";
import type { EducationLevel, ResumeLanguage, VacancyRequirements } from "../types";
import { EDUCATION_RANK } from "./weights";

// The names requirements go by in `matched` / `missing`: skills by their canonical name, the rest
// as short "kind: value" entries a reader (and the UI) can show as they are.
export const experienceRequirement = (years: number): string => `experience: ${formatYears(years)}+ years`;
export const educationRequirement = (level: EducationLevel): string => `education: ${level}`;
export const languageRequirement = (language: ResumeLanguage): string => `language: ${language}`;

export function formatYears(years: number): string {
  return String(Math.round(years * 10) / 10);
}

/** Case, spacing and ё/е never make two spellings of one skill differ. */
export function skillKey(name: string): string {
  return name.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
}

/**
 * The skills of a vacancy by canonical name ("k8s" is Kubernetes; a name outside the taxonomy stays
 * as written), each once, required first: a skill both required and nice to have is required.
 */
export function vacancySkills(requirements: VacancyRequirements): { required: string[]; niceToHave: string[] } {
  const seen = new Set<string>();
  const unique = (names: readonly string[]) =>
    names.map((name) => canonicalSkill(name) ?? name.trim()).filter((name) => {
      const key = skillKey(name);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const required = unique(requirements.required_skills);
  const niceToHave = unique(requirements.nice_to_have_skills);
  return { required, niceToHave };
}

/** Every requirement of a vacancy by name: what `matched` and `missing` of a fit split between them. */
export function requirementNames(requirements: VacancyRequirements): string[] {
  const { required, niceToHave } = vacancySkills(requirements);
  const names = [...required, ...niceToHave];
  const years = requirements.min_experience_years;
  if (typeof years === "number" && years > 0) names.push(experienceRequirement(years));
  if ((EDUCATION_RANK[requirements.education_level] ?? 0) > 0) names.push(educationRequirement(requirements.education_level));
  if (requirements.language) names.push(languageRequirement(requirements.language));
  return names;
}
