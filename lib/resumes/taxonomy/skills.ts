import type { SkillCategory } from "./categories";
import { compileTerm, prepareText, termIndex, termMatches, termMentions, type CompiledTerm } from "./match";
import { SKILL_ROWS } from "./skills-data";

export interface SkillInfo {
  name: string;
  category: SkillCategory;
}

const TERMS: CompiledTerm[] = SKILL_ROWS.map(([name, , synonyms]) => compileTerm(name, synonyms));
const CATEGORY = new Map<string, SkillCategory>(SKILL_ROWS.map(([name, category]) => [name.toLowerCase(), category]));
const CANONICAL = new Map<string, string>(SKILL_ROWS.map(([name]) => [name.toLowerCase(), name]));

/** Every skill of the taxonomy, sorted by name, for pickers. */
export const SKILLS: readonly SkillInfo[] = SKILL_ROWS.map(([name, category]) => ({ name, category })).sort((a, b) =>
  a.name.localeCompare(b.name, "en"),
);

/** Canonical names of the skills mentioned in the text, in the order of their first mention. */
export function findSkills(text: string): string[] {
  const prepared = prepareText(text);
  const found: { name: string; at: number }[] = [];
  for (const term of TERMS) {
    if (!termMatches(term, prepared)) continue;
    found.push({ name: term.name, at: termIndex(term, prepared) });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** The category of a canonical skill name (any case), or null for a name outside the taxonomy. */
export function skillCategory(name: string): SkillCategory | null {
  return CATEGORY.get(name.trim().toLowerCase()) ?? null;
}

/**
 * The canonical name for a skill written by a person ("k8s", "Postgres", "машинное обучение"):
 * the canonical name itself in any case, else the first taxonomy skill found in the text, else null.
 */
export function canonicalSkill(written: string): string | null {
  const exact = CANONICAL.get(written.trim().toLowerCase());
  if (exact) return exact;
  return findSkills(written)[0] ?? null;
}

export interface SkillMention {
  name: string;
  /** [start, end) offsets into the text. */
  start: number;
  end: number;
}

/** Every mention of every skill, in text order: one pass for callers that need where each skill is. */
export function findSkillMentions(text: string): SkillMention[] {
  const prepared = prepareText(text);
  const out: SkillMention[] = [];
  for (const term of TERMS) {
    for (const [start, end] of termMentions(term, prepared)) out.push({ name: term.name, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
