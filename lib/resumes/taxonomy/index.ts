export { SKILL_CATEGORIES, type SkillCategory } from "./categories";
export { SKILLS, findSkills, skillCategory, canonicalSkill, type SkillInfo } from "./skills";
export { LANGUAGES, findLanguages } from "./languages";
