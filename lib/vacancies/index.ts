export {
  createVacancy,
  listVacancies,
  getVacancy,
  updateVacancy,
  deleteVacancy,
  isOwner,
  ownCompanyId,
  type VacancyRecord,
} from "./vacancies";
export { setVacancyQuestions, getVacancyQuestions } from "./questions";
export type { VacancyQuestionRecord } from "./replace-questions";
export { skillSuggestions } from "./skills";
export { proposeRequirements, type ProposedRequirementsValue } from "./propose-requirements";
