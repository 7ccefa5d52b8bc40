import type { Actor } from "@/lib/auth";
import { errors } from "@/lib/http/errors";
import { extractRequirements } from "@/lib/resumes";

export interface ProposedRequirementsValue {
  required_skills: string[];
  nice_to_have_skills: string[];
  min_experience_years: number | null;
  education_level: "none" | "secondary" | "bachelor" | "master" | "phd";
  language: "en" | "ru" | null;
}

/**
 * Requirements read from a vacancy's text, for the recruiter to confirm: a proposal, never saved
 * by itself. The reading is the scorer's (extractRequirements in lib/resumes), so what is proposed
 * is exactly what scoring will understand.
 */
export async function proposeRequirements({
  actor,
  text,
  language,
}: {
  actor: Actor;
  text: string;
  language?: "en" | "ru";
}): Promise<ProposedRequirementsValue> {
  if (actor.role !== "company") throw errors.forbidden("Only company accounts manage vacancies");
  const found = extractRequirements(text, language);
  return {
    required_skills: found.required_skills,
    nice_to_have_skills: found.nice_to_have_skills,
    min_experience_years: found.min_experience_years,
    education_level: found.education_level,
    language: found.language ?? null,
  };
}
