// The frame around every page: title, header, menu, footer, the 404 page.
export const shellEn = {
  "meta.title": "Offerpath — hiring and learning with AI",
  "meta.description": "Build a resume with an AI interviewer, hire with explainable fit scores, run coding interviews and learn with an AI tutor.",

  "a11y.skip": "Skip to content",
  "a11y.mainNav": "Main navigation",
  "a11y.openMenu": "Open menu",
  "a11y.closeMenu": "Close menu",
  "a11y.language": "Interface language",
  "a11y.darkMode": "Dark mode",
  "a11y.home": "Offerpath home",

  "nav.home": "Home",
  "nav.learning": "Learning",
  "nav.apiDocs": "API docs",
  "nav.signIn": "Sign in",
  "nav.signUp": "Sign up",
  "nav.dashboard": "Dashboard",
  "nav.profile": "Profile",
  "nav.company": "Company profile",
  "nav.signOut": "Sign out",
  "nav.outbox": "Outbox",
  "nav.vacancies": "Vacancies",
  "nav.resumes": "Resumes",
  "nav.interviews": "Coding interviews",

  "role.candidate": "Candidate",
  "role.company": "Company",
  "role.admin": "Administrator",
  "role.guest": "Guest",
  "role.learner": "Learner",

  "lang.en": "English",
  "lang.ru": "Русский",

  "footer.tagline": "Hiring and learning on one account.",

  "notFound.title": "Page not found",
  "notFound.body": "The page you are looking for does not exist or has moved.",
  "notFound.home": "Go to the home page",
  "notFound.metaTitle": "Page not found — Offerpath",
  "forbidden.title": "Not available to your account",
  "forbidden.body": "This page belongs to another kind of account. Your home page has everything yours can do.",
  "forbidden.metaTitle": "Not available — Offerpath",
  "forbidden.home": "Go to your home page",
} as const;
