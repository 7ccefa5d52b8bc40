import type { shellEn } from "./shell.en";

// The frame around every page: title, header, menu, footer, the 404 page.
export const shellRu: Record<keyof typeof shellEn, string> = {
  "meta.title": "Offerpath — найм и обучение с ИИ",
  "meta.description": "Резюме с ИИ-интервьюером, найм с объяснимой оценкой соответствия, живые технические интервью и обучение с ИИ-наставником.",

  "a11y.skip": "Перейти к содержимому",
  "a11y.mainNav": "Основная навигация",
  "a11y.openMenu": "Открыть меню",
  "a11y.closeMenu": "Закрыть меню",
  "a11y.language": "Язык интерфейса",
  "a11y.darkMode": "Тёмная тема",
  "a11y.home": "Offerpath — главная",

  "nav.home": "Главная",
  "nav.learning": "Обучение",
  "nav.apiDocs": "Документация API",
  "nav.signIn": "Войти",
  "nav.signUp": "Регистрация",
  "nav.dashboard": "Обзор",
  "nav.profile": "Профиль",
  "nav.company": "Профиль компании",
  "nav.signOut": "Выйти",
  "nav.outbox": "Исходящие письма",
  "nav.vacancies": "Вакансии",
  "nav.resumes": "Резюме",
  "nav.interviews": "Интервью по коду",

  "role.candidate": "Кандидат",
  "role.company": "Компания",
  "role.admin": "Администратор",
  "role.guest": "Гость",
  "role.learner": "Учащийся",

  "lang.en": "English",
  "lang.ru": "Русский",

  "footer.tagline": "Найм и обучение в одном аккаунте.",

  "notFound.title": "Страница не найдена",
  "notFound.body": "Такой страницы нет или она переехала.",
  "notFound.home": "На главную",
  "notFound.metaTitle": "Страница не найдена — Offerpath",
  "forbidden.title": "Недоступно вашему аккаунту",
  "forbidden.body": "Эта страница для аккаунтов другого типа. На вашей главной странице — всё, что доступно вам.",
  "forbidden.metaTitle": "Недоступно — Offerpath",
  "forbidden.home": "На вашу главную",
};
