export type { Actor } from "./actor";
export { actorFromAccessToken, actorFromSession } from "./actor";
export {
  registerAccount,
  changePassword,
  getUser,
  getUserWithResume,
  updateUser,
  type NewAccount,
  type ProfilePatch,
} from "./accounts";
export { getOwnCompany, updateOwnCompany, listCompanies, type CompanyWithEmail } from "./companies";
export { loginWithPassword, loginAsGuest } from "./login";
export { startSession, rotateRefreshToken, revokeSession, type ClientMeta, type IssuedTokens } from "./sessions";
export { PasswordSchema } from "./password";
export { onSessionsEnded, announceSessionsEnded } from "./session-events";
export { forgotPassword, resetPassword, FORGOT_PASSWORD_ANSWER } from "./recovery";
export { sendVerificationEmail, verifyEmail, resendVerification } from "./verification";
