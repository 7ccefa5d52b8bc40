// Form and page errors.
export const errorsEn = {
  "errors.required": "This field is required.",
  "errors.email": "Enter a valid email address.",
  "errors.tooLong": "This is too long.",
  "errors.passwordShort": "Password must be at least 8 characters.",
  "errors.passwordLong": "Password must be at most 128 characters.",
  "errors.passwordCommon": "This password is too common. Choose another.",
  "errors.url": "Enter a full web address starting with https://",
  "errors.invalid": "Check this field.",
  "errors.form": "Please correct the highlighted fields.",
  "errors.unexpected": "Something went wrong. Please try again.",
  "errors.sessionEnded": "Your session has ended. Sign in again.",
  "errors.forbidden": "Your account cannot do this.",
  "errors.rateLimited": "Too many requests. Wait a minute and try again.",
} as const;
