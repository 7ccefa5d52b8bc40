import type { EducationLevel, FitScore } from "../types";

export type ComponentName = FitScore["components"][number]["name"];

/**
 * Base weights of the fit score's components. A component the vacancy does not ask for (no
 * nice-to-have skills, no minimum years, education "none", no language) is left out and the
 * remaining weights are scaled to sum to 1, so an unasked question neither helps nor hurts.
 */
export const FIT_WEIGHTS: Readonly<Record<ComponentName, number>> = {
  required_skills: 0.5,
  nice_to_have_skills: 0.1,
  experience: 0.25,
  education: 0.15,
  language: 0.05,
};

/**
 * Credit for one skill by the strength of its evidence: a bare mention in a list still counts as
 * present, use in a job (experience or projects) counts more, and use over at least a year of
 * positions counts in full.
 */
export const SKILL_CREDIT = { listed: 0.8, used: 0.9, usedForAYear: 1 } as const;

/** Education credit by how many ranks the resume falls short of the required level: one rank short is half. */
export const EDUCATION_SHORTFALL_CREDIT: readonly number[] = [1, 0.5, 0, 0, 0];

export const EDUCATION_RANK: Readonly<Record<EducationLevel, number>> = {
  none: 0,
  secondary: 1,
  bachelor: 2,
  master: 3,
  phd: 4,
};
