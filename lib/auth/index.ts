export type { Actor, AccountUser } from "./actor";
export { actorFromAccessToken, actorFromSession } from "./actor";
export {
  registerAccount,
  changePassword,
  getUser,
  getUserWithResume,
  updateUser,
  accountLocale,
  type NewAccount,
  type ProfilePatch,
} from "./accounts";
export { loginWithPassword, loginAsGuest } from "./login";
export { startSession, rotateRefreshToken, renewAccessToken, revokeSession, type ClientMeta, type IssuedTokens } from "./sessions";
export { PasswordSchema } from "./password";
export { onSessionsEnded, announceSessionsEnded } from "./session-events";
export { forgotPassword, resetPassword, FORGOT_PASSWORD_ANSWER } from "./recovery";
export { sendVerificationEmail, verifyEmail, resendVerification } from "./verification";
// The field rules every input schema shares (lib/companies uses them too).
export { Email, HttpUrl, LoginName, MultilineText, Name, Text, withAliases } from "./fields";
export type { Role } from "@/lib/db";
