// What applying extracted requirements would change, so the recruiter sees it before confirming.
// A proposal only adds skills (it never removes what the recruiter chose) and fills the other
// fields where it found something.

export interface Requirements {
  required_skills: string[];
  nice_to_have_skills: string[];
  min_experience_years: number | null;
  education_level: string;
  language: string;
}

export interface Proposal {
  required_skills: string[];
  nice_to_have_skills: string[];
  min_experience_years: number | null;
  education_level: string;
  language: string | null;
}

export interface RequirementsChange {
  addRequired: string[];
  addNice: string[];
  years?: { from: number | null; to: number };
  education?: { from: string; to: string };
  language?: { from: string; to: string };
}

const has = (list: string[], skill: string) => list.some((s) => s.toLowerCase() === skill.toLowerCase());

export function diffRequirements(current: Requirements, proposal: Proposal): RequirementsChange {
  const addRequired = proposal.required_skills.filter((s) => !has(current.required_skills, s));
  const addNice = proposal.nice_to_have_skills.filter((s) => !has(current.nice_to_have_skills, s) && !has(current.required_skills, s) && !has(addRequired, s));
  const change: RequirementsChange = { addRequired, addNice };
  if (proposal.min_experience_years !== null && proposal.min_experience_years !== current.min_experience_years) {
    change.years = { from: current.min_experience_years, to: proposal.min_experience_years };
  }
  if (proposal.education_level !== "none" && proposal.education_level !== current.education_level) {
    change.education = { from: current.education_level, to: proposal.education_level };
  }
  if (proposal.language && proposal.language !== current.language) change.language = { from: current.language, to: proposal.language };
  return change;
}

export function isEmptyChange(c: RequirementsChange): boolean {
  return !c.addRequired.length && !c.addNice.length && !c.years && !c.education && !c.language;
}

export function applyChange(current: Requirements, c: RequirementsChange): Requirements {
  const required = [...current.required_skills, ...c.addRequired];
  return {
    required_skills: required,
    // A skill the proposal makes required leaves the nice-to-have list.
    nice_to_have_skills: [...current.nice_to_have_skills.filter((s) => !has(c.addRequired, s)), ...c.addNice],
    min_experience_years: c.years ? c.years.to : current.min_experience_years,
    education_level: c.education ? c.education.to : current.education_level,
    language: c.language ? c.language.to : current.language,
  };
}
