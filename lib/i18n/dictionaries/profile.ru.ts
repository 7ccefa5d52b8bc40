import type { profileEn } from "./profile.en";

// The profile page: details, language, password.
export const profileRu: Record<keyof typeof profileEn, string> = {
  "profile.title": "Профиль",
  "profile.lead": "Личные данные, язык и пароль.",
  "profile.details": "Личные данные",
  "profile.save": "Сохранить",
  "profile.saving": "Сохраняем…",
  "profile.saved": "Профиль сохранён.",
  "profile.languageTitle": "Язык",
  "profile.languageLead": "Язык интерфейса и новых интервью.",
  "profile.languageSave": "Сохранить язык",
  "profile.languageSaved": "Язык сохранён.",
  "profile.passwordTitle": "Смена пароля",
  "profile.passwordLead": "На других устройствах сессии завершатся. На этом вы останетесь в аккаунте.",
  "profile.currentPassword": "Текущий пароль",
  "profile.newPassword": "Новый пароль",
  "profile.confirmPassword": "Повторите новый пароль",
  "profile.changePassword": "Сменить пароль",
  "profile.changingPassword": "Меняем…",
  "profile.passwordChanged": "Пароль изменён. Остальные сессии завершены.",
  "profile.wrongPassword": "Текущий пароль неверен.",
  "profile.samePassword": "Новый пароль должен отличаться от текущего.",
  "profile.passwordMismatch": "Новые пароли не совпадают.",
};
