// The learning home.
export const learnEn = {
  "learn.title": "Learning",
  "learn.lead": "Describe a goal and Offerpath plans a course of modules for you, with lessons and a tutor chat.",
  "learn.comingTitle": "The learning module is on its way",
  "learn.comingBody": "Course planning, lessons and the AI tutor are being built now. Your account is ready: everything you do here will be kept on it.",
  "learn.accountTitle": "Your learning account",
  "learn.guestBody": "You are learning as a guest. Create an account to keep your progress.",
  "learn.anonymousTitle": "Start learning without an account",
  "learn.anonymousBody": "Continue as a guest to get a learning account right away, or sign in to use your own.",
} as const;
