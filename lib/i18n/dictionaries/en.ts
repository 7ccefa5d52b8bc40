import { authEn } from "./auth.en";
import { capabilitiesEn } from "./capabilities.en";
import { companyEn } from "./company.en";
import { dashboardEn } from "./dashboard.en";
import { docsEn } from "./docs.en";
import { errorsEn } from "./errors.en";
import { landingEn } from "./landing.en";
import { learnEn } from "./learn.en";
import { mailEn } from "./mail.en";
import { resumesEn } from "./resumes.en";
import { codingRoomEn } from "./coding-room.en";
import { codingCompanyEn } from "./coding-company.en";
import { vacanciesEn } from "./vacancies.en";
import { profileEn } from "./profile.en";
import { shellEn } from "./shell.en";

// English interface text, one file per module (`<module>.en.ts`, its Russian twin `<module>.ru.ts`).
// Keys are flat and dotted so both languages can be compared key by key.
export const en = {
  ...shellEn,
  ...landingEn,
  ...authEn,
  ...dashboardEn,
  ...profileEn,
  ...companyEn,
  ...learnEn,
  ...capabilitiesEn,
  ...docsEn,
  ...errorsEn,
  ...mailEn,
  ...vacanciesEn,
  ...resumesEn,
  ...codingRoomEn,
  ...codingCompanyEn,
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;
