import type { authEn } from "./auth.en";

// Sign in and sign up.
export const authRu: Record<keyof typeof authEn, string> = {
  "auth.email": "Электронная почта",
  "auth.password": "Пароль",
  "auth.passwordHint": "Не меньше 8 символов.",
  "auth.firstName": "Имя",
  "auth.lastName": "Фамилия",
  "auth.companyName": "Название компании",
  "auth.contactPerson": "Контактное лицо: вы, как вас увидят кандидаты.",
  "auth.or": "или",
  "auth.continueAsGuest": "Продолжить как гость",

  "signin.title": "Вход в Offerpath",
  "signin.lead": "С возвращением! Введите почту и пароль.",
  "signin.submit": "Войти",
  "signin.pending": "Входим…",
  "signin.noAccount": "Впервые в Offerpath?",
  "signin.createAccount": "Создать аккаунт",
  "signin.failed": "Неверная почта или пароль.",
  "signin.rateLimited": "Слишком много попыток. Подождите минуту и попробуйте снова.",

  "signup.title": "Создайте аккаунт",
  "signup.lead": "Выберите тип аккаунта. Учиться можно с любым.",
  "signup.as": "Тип аккаунта",
  "signup.candidate": "Кандидат",
  "signup.candidateHint": "Искать работу и учиться",
  "signup.company": "Компания",
  "signup.companyHint": "Нанимать в команду",
  "signup.submitCandidate": "Создать аккаунт кандидата",
  "signup.submitCompany": "Создать аккаунт компании",
  "signup.pending": "Создаём аккаунт…",
  "signup.haveAccount": "Уже есть аккаунт?",
  "signup.emailTaken": "Аккаунт с этой почтой уже существует. Войдите в него.",
};
