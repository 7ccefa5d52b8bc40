import type { BlockFit, ParsedBlock, ParsedResume, ParsedSkill, ResumeBlockType, ResumeLanguage, VacancyRequirements } from "../types";
import { blockNote } from "./notes";
import { educationRequirement, experienceRequirement, skillKey, vacancySkills } from "./requirement-names";
import { findSkills } from "../taxonomy";
import { EDUCATION_RANK } from "./weights";

/**
 * The block types a fit is explained by, and which kinds of requirement each can evidence. An
 * education block is judged on the degree; a skill its courses name counts for it, one they do not
 * name is not held against it.
 */
const APPLIES: Partial<Record<ResumeBlockType, { skills: "all" | "named"; experience: boolean; education: boolean }>> = {
  experience: { skills: "all", experience: true, education: false },
  summary: { skills: "all", experience: false, education: false },
  skills: { skills: "all", experience: false, education: false },
  projects: { skills: "all", experience: false, education: false },
  education: { skills: "named", experience: false, education: true },
};

// A nice-to-have counts half as much as a required one towards a block's relevance.
const NICE_WEIGHT = 0.5;

/**
 * Per block: which of the vacancy's requirements the block itself evidences. A skill is evidenced
 * by a block when the block's text names it (under any synonym), or when the parser attributed the
 * skill to the block's type and the resume has one block of that type. Relevance is the weighted
 * share of the requirements the block type can evidence.
 */
export function blockFits(
  parsed: ParsedResume,
  requirements: VacancyRequirements,
  skills: Map<string, ParsedSkill>,
  lang: ResumeLanguage,
): BlockFit[] {
  const { required, niceToHave } = vacancySkills(requirements);
  const typeCount = new Map<ResumeBlockType, number>();
  for (const block of parsed.blocks) typeCount.set(block.type, (typeCount.get(block.type) ?? 0) + 1);
  const minYears = requirements.min_experience_years || 0;
  const requiredRank = EDUCATION_RANK[requirements.education_level];

  return parsed.blocks.flatMap((block): BlockFit[] => {
    const applies = APPLIES[block.type];
    if (!applies) return [];
    const named = new Set(findSkills(block.text).map(skillKey));
    const evidenced = (name: string) => {
      const key = skillKey(name);
      if (named.has(key)) return true;
      const skill = skills.get(key);
      return !!skill && typeCount.get(block.type) === 1 && skill.foundIn.includes(block.type);
    };
    const matched: string[] = [];
    const missing: string[] = [];
    let got = 0;
    let of = 0;
    const count = (name: string, ok: boolean, weight: number) => {
      (ok ? matched : missing).push(name);
      of += weight;
      if (ok) got += weight;
    };
    const requiredMatched: string[] = [];
    let niceMatched = 0;
    for (const name of required) {
      const ok = evidenced(name);
      if (ok) requiredMatched.push(name);
      if (ok || applies.skills === "all") count(name, ok, 1);
    }
    for (const name of niceToHave) {
      const ok = evidenced(name);
      if (ok) niceMatched++;
      if (ok || applies.skills === "all") count(name, ok, NICE_WEIGHT);
    }
    const experience = applies.experience && minYears > 0;
    if (experience) count(experienceRequirement(minYears), parsed.total_experience_years >= minYears, 1);
    const education = applies.education && requiredRank > 0;
    if (education) count(educationRequirement(requirements.education_level), EDUCATION_RANK[parsed.education_level] >= requiredRank, 1);

    return [
      {
        type: block.type,
        name: block.name,
        relevance: of > 0 ? round2(got / of) : 0,
        confidence: round2(blockConfidence(block)),
        matched,
        missing,
        notes: blockNote(
          {
            requiredMatched,
            requiredTotal: applies.skills === "all" || requiredMatched.length > 0 ? required.length : 0,
            niceMatched,
            niceTotal: applies.skills === "all" || niceMatched > 0 ? niceToHave.length : 0,
            experience: experience ? { years: parsed.total_experience_years, min: minYears } : undefined,
            education: education ? { level: parsed.education_level, required: requirements.education_level } : undefined,
          },
          lang,
        ),
      },
    ];
  });
}

function blockConfidence(block: ParsedBlock): number {
  return Number.isFinite(block.confidence) ? Math.min(1, Math.max(0, block.confidence)) : 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
