import type { companyEn } from "./company.en";

// The company profile page.
export const companyRu: Record<keyof typeof companyEn, string> = {
  "company.title": "Профиль компании",
  "company.lead": "То, что кандидаты видят о вашей компании.",
  "company.name": "Название компании",
  "company.city": "Город",
  "company.website": "Сайт",
  "company.websiteHint": "Полный адрес, например https://example.com",
  "company.description": "Описание",
  "company.saved": "Профиль компании сохранён.",
};
