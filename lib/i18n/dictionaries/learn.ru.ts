import type { learnEn } from "./learn.en";

// The learning home.
export const learnRu: Record<keyof typeof learnEn, string> = {
  "learn.title": "Обучение",
  "learn.lead": "Опишите цель, и Offerpath составит для вас курс из модулей с уроками и чатом с наставником.",
  "learn.comingTitle": "Модуль обучения скоро появится",
  "learn.comingBody": "Планирование курсов, уроки и ИИ-наставник сейчас в разработке. Ваш аккаунт готов: всё, что вы здесь сделаете, сохранится в нём.",
  "learn.accountTitle": "Ваш учебный аккаунт",
  "learn.guestBody": "Вы учитесь как гость. Создайте аккаунт, чтобы сохранить прогресс.",
  "learn.anonymousTitle": "Начните учиться без аккаунта",
  "learn.anonymousBody": "Продолжите как гость, чтобы сразу получить учебный аккаунт, или войдите в свой.",
};
