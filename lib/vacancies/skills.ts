import { canonicalSkill as taxonomyName, findSkills, SKILLS } from "@/lib/resumes";

// Vacancy skills are the taxonomy's canonical names (lib/resumes taxonomy), so a vacancy's
// "Postgres" and a resume's "PostgreSQL" meet in scoring. A skill the taxonomy does not know is
// kept as the recruiter wrote it (trimmed): dropping it would silently change the requirements.

/** Canonical names, in the order given, each once (compared without case). */
export function canonicalSkills(names: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = canonicalSkill(raw.trim().replace(/\s+/g, " "));
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

function canonicalSkill(name: string): string {
  return name ? (taxonomyName(name) ?? name) : name;
}

/** Skills the taxonomy finds in free text (a string `requirements`). */
export function skillsInText(text: string): string[] {
  return findSkills(text);
}

/** `required` minus anything already required (a skill is required or nice to have, not both). */
export function withoutRequired(required: readonly string[], nice: readonly string[]): string[] {
  const taken = new Set(required.map((s) => s.toLowerCase()));
  return nice.filter((s) => !taken.has(s.toLowerCase()));
}

/** Every canonical skill name, for the form's skill picker. */
export function skillSuggestions(): string[] {
  return SKILLS.map((s) => s.name);
}
