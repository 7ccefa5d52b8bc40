// Vacancies: the company's vacancy list, form, questions and ranking (vacancies.*). Spread into en.ts.
export const vacanciesEn = {
  "vacancies.title": "Vacancies",
} as const;
