export type { Actor } from "./actor";
export { actorFromAccessToken, actorFromSession } from "./actor";
export {
  registerAccount,
  changePassword,
  getUser,
  getUserWithResume,
  updateUser,
  attachResumeFile,
  accountLocale,
  type NewAccount,
  type ProfilePatch,
} from "./accounts";
export { getOwnCompany, updateOwnCompany, listCompanies, type CompanyWithEmail } from "./companies";
export { loginWithPassword, loginAsGuest } from "./login";
export { startSession, rotateRefreshToken, revokeSession, type ClientMeta, type IssuedTokens } from "./sessions";
export { PasswordSchema } from "./password";
export { registerCandidateWithResume } from "./register-with-resume";
