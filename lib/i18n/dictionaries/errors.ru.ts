import type { errorsEn } from "./errors.en";

// Form and page errors.
export const errorsRu: Record<keyof typeof errorsEn, string> = {
  "errors.required": "Заполните это поле.",
  "errors.email": "Введите корректный адрес почты.",
  "errors.tooLong": "Слишком длинное значение.",
  "errors.passwordShort": "Пароль должен быть не короче 8 символов.",
  "errors.passwordLong": "Пароль должен быть не длиннее 128 символов.",
  "errors.passwordCommon": "Это слишком распространённый пароль. Выберите другой.",
  "errors.url": "Введите полный адрес, начиная с https://",
  "errors.invalid": "Проверьте это поле.",
  "errors.form": "Исправьте отмеченные поля.",
  "errors.unexpected": "Что-то пошло не так. Попробуйте ещё раз.",
  "errors.sessionEnded": "Сессия завершена. Войдите снова.",
  "errors.forbidden": "Вашему аккаунту это недоступно.",
  "errors.rateLimited": "Слишком много запросов. Подождите минуту и попробуйте снова.",
};
