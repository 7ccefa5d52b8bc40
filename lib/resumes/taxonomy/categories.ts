/** The fixed set of skill categories; every taxonomy row has one. */
export const SKILL_CATEGORIES = [
  "programming",
  "framework",
  "database",
  "devops",
  "cloud",
  "data",
  "ml",
  "testing",
  "mobile",
  "design",
  "management",
  "marketing",
  "sales",
  "finance",
  "accounting",
  "hr",
  "logistics",
  "legal",
  "office",
  "soft",
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];
