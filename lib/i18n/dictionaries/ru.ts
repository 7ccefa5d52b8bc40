import { authRu } from "./auth.ru";
import { capabilitiesRu } from "./capabilities.ru";
import { companyRu } from "./company.ru";
import { dashboardRu } from "./dashboard.ru";
import { docsRu } from "./docs.ru";
import type { Dictionary } from "./en";
import { errorsRu } from "./errors.ru";
import { landingRu } from "./landing.ru";
import { learnRu } from "./learn.ru";
import { mailRu } from "./mail.ru";
import { resumesRu } from "./resumes.ru";
import { codingRoomRu } from "./coding-room.ru";
import { codingCompanyRu } from "./coding-company.ru";
import { vacanciesRu } from "./vacancies.ru";
import { profileRu } from "./profile.ru";
import { shellRu } from "./shell.ru";

// Russian interface text; the Dictionary type makes a missing or extra key a compile error.
export const ru: Dictionary = {
  ...shellRu,
  ...landingRu,
  ...authRu,
  ...dashboardRu,
  ...profileRu,
  ...companyRu,
  ...learnRu,
  ...capabilitiesRu,
  ...docsRu,
  ...errorsRu,
  ...mailRu,
  ...vacanciesRu,
  ...resumesRu,
  ...codingRoomRu,
  ...codingCompanyRu,
};
