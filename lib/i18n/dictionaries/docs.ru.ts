import type { docsEn } from "./docs.en";

// The API reference page (/docs): the chrome around Swagger UI, whose content is the English document.
export const docsRu: Record<keyof typeof docsEn, string> = {
  "docs.title": "Справочник API",
  "docs.lead": "Всё, что умеет приложение, доступно по REST с тем же аккаунтом: войдите через любой метод входа и передавайте токен в заголовке Authorization: Bearer.",
  "docs.back": "Вернуться в Offerpath",
  "docs.backHome": "На вашу главную",
  "docs.openapi": "Документ OpenAPI (JSON)",
  "docs.partsTitle": "Части API",
  "docs.part.accounts": "Аккаунты",
  "docs.servedNote": "Сейчас работают: аккаунты, настройки ИИ, мониторинг, задачи и файлы. Методы каждой части появятся здесь с её выходом.",
  "docs.referenceLabel": "Операции (на английском, как в документе OpenAPI)",
};
