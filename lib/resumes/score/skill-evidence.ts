import type { ParsedResume, ParsedSkill } from "../types";
import { skillKey } from "./requirement-names";
import { SKILL_CREDIT } from "./weights";

const USE_BLOCKS = new Set(["experience", "projects"]);

/** How strongly a parsed skill is evidenced, 0-1 (see SKILL_CREDIT). */
export function skillCredit(skill: ParsedSkill | undefined): number {
  if (!skill) return 0;
  if (!skill.foundIn.some((type) => USE_BLOCKS.has(type))) return SKILL_CREDIT.listed;
  const years = Math.min(1, Math.max(0, skill.years || 0));
  return SKILL_CREDIT.used + (SKILL_CREDIT.usedForAYear - SKILL_CREDIT.used) * years;
}

/** The resume's skills by canonical key; the better-evidenced entry wins when a name repeats. */
export function skillIndex(parsed: ParsedResume): Map<string, ParsedSkill> {
  const index = new Map<string, ParsedSkill>();
  for (const skill of parsed.skills) {
    const key = skillKey(skill.name);
    const known = index.get(key);
    if (!known || skillCredit(skill) > skillCredit(known)) index.set(key, skill);
  }
  return index;
}
