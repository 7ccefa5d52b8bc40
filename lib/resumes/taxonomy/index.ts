export { SKILL_CATEGORIES, type SkillCategory } from "./categories";
export { SKILLS, findSkills, findSkillMentions, skillCategory, canonicalSkill, type SkillInfo, type SkillMention } from "./skills";
export { LANGUAGES, findLanguages } from "./languages";
