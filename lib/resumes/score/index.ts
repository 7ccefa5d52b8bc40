export { scoreResume, experienceCredit, type ScoreOptions } from "./score-resume";
export { extractRequirements } from "./extract-requirements";
export { describeFit, requirementLabel } from "./notes";
export { requirementNames } from "./requirement-names";
export { FIT_WEIGHTS, SKILL_CREDIT, EDUCATION_SHORTFALL_CREDIT } from "./weights";
