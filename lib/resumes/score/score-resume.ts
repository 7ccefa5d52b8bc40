import type { FitScore, ParsedResume, ResumeLanguage, VacancyRequirements } from "../types";
import { blockFits } from "./block-fit";
import { fitConfidence } from "./confidence";
import { educationRequirement, experienceRequirement, languageRequirement, vacancySkills, skillKey } from "./requirement-names";
import { skillCredit, skillIndex } from "./skill-evidence";
import { EDUCATION_RANK, EDUCATION_SHORTFALL_CREDIT, FIT_WEIGHTS, type ComponentName } from "./weights";

export interface ScoreOptions {
  /** The language of the notes (block `notes`); the numbers are the same in every language. */
  lang?: ResumeLanguage;
}

const LANGUAGE_NAMES: Record<ResumeLanguage, string[]> = {
  en: ["english", "английский"],
  ru: ["russian", "русский"],
};

/**
 * The fit of a parsed resume to a vacancy's requirements, computed by code (docs/architecture.md,
 * "Fit score"): total = sum of component scores (0-100) times their weights, the weights of the
 * components the vacancy asks for scaled to sum to 1.
 *
 * Only skills, experience, education and spoken languages are read. The person's name, contacts,
 * location and the `hidden_text` flag never are: hidden text is kept out of the parse by
 * extraction, and the flag is shown as a warning, neither a penalty nor a bonus.
 */
export function scoreResume(parsed: ParsedResume, requirements: VacancyRequirements, options: ScoreOptions = {}): FitScore {
  const lang = options.lang ?? "en";
  const skills = skillIndex(parsed);
  const { required, niceToHave } = vacancySkills(requirements);
  const matched: string[] = [];
  const missing: string[] = [];
  const parts: { name: ComponentName; score: number }[] = [];

  const skillShare = (names: string[]) => {
    let credit = 0;
    for (const name of names) {
      const skill = skills.get(skillKey(name));
      (skill ? matched : missing).push(name);
      credit += skillCredit(skill);
    }
    return (100 * credit) / names.length;
  };
  if (required.length) parts.push({ name: "required_skills", score: skillShare(required) });
  if (niceToHave.length) parts.push({ name: "nice_to_have_skills", score: skillShare(niceToHave) });

  const minYears = requirements.min_experience_years;
  if (typeof minYears === "number" && minYears > 0) {
    const years = Math.max(0, parsed.total_experience_years || 0);
    (years >= minYears ? matched : missing).push(experienceRequirement(minYears));
    parts.push({ name: "experience", score: 100 * experienceCredit(years, minYears) });
  }

  const requiredRank = EDUCATION_RANK[requirements.education_level] ?? 0;
  if (requiredRank > 0) {
    const shortfall = Math.max(0, requiredRank - (EDUCATION_RANK[parsed.education_level] ?? 0));
    (shortfall === 0 ? matched : missing).push(educationRequirement(requirements.education_level));
    parts.push({ name: "education", score: 100 * (EDUCATION_SHORTFALL_CREDIT[shortfall] ?? 0) });
  }

  if (requirements.language) {
    const speaks = speaksLanguage(parsed, requirements.language);
    (speaks ? matched : missing).push(languageRequirement(requirements.language));
    parts.push({ name: "language", score: speaks ? 100 : 0 });
  }

  const weightSum = parts.reduce((sum, part) => sum + FIT_WEIGHTS[part.name], 0);
  const total = weightSum > 0 ? parts.reduce((sum, part) => sum + (part.score * FIT_WEIGHTS[part.name]) / weightSum, 0) : 0;

  return {
    total_score: round(clamp(total, 0, 100), 1),
    confidence_score: fitConfidence(parsed),
    matched,
    missing,
    blocks: blockFits(parsed, requirements, skills, lang),
    components: parts.map((part) => ({
      name: part.name,
      score: round(part.score, 1),
      weight: round(FIT_WEIGHTS[part.name] / weightSum, 4),
    })),
  };
}

/**
 * Experience credit: full at the minimum and above; below it, the share of the minimum reached,
 * so each month of experience counts and none is a cliff.
 */
export function experienceCredit(years: number, minYears: number): number {
  return clamp(years / minYears, 0, 1);
}

/** Whether the resume shows the language: written in it, or listing it among spoken languages. */
function speaksLanguage(parsed: ParsedResume, language: ResumeLanguage): boolean {
  if (parsed.language === language) return true;
  const names = LANGUAGE_NAMES[language];
  return parsed.languages.some((spoken) => names.includes(skillKey(spoken)));
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
