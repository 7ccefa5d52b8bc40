// Vacancies: the company's vacancy list, form, questions and ranking (vacancies.*).
export const vacanciesRu = {
  "vacancies.title": "Вакансии",
};
