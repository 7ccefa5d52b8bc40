import { defineEndpoint } from "@/lib/http/endpoint";
import * as s from "./recovery-schemas";

const tags = ["Accounts: Recovery"];
const ALL_ROLES = ["candidate", "company", "admin"] as const;

const forgot = (path: string) =>
  defineEndpoint({
    method: "POST", path, summary: "Mail a password-reset link (same answer whether or not the account exists)", tags,
    auth: "public", body: s.ForgotPasswordBody, responses: { 200: s.RecoveryMessage }, errors: [429],
  });

export const recoveryEndpoints = {
  forgotPassword: forgot("/api/auth/forgot-password"),
  // Seed 000's clients live under /api/v1/auth.
  v1ForgotPassword: forgot("/api/v1/auth/forgot-password"),
  resetPassword: defineEndpoint({
    method: "POST", path: "/api/auth/reset-password", summary: "Set a new password with a reset token; ends every session", tags,
    auth: "public", body: s.ResetPasswordBody, responses: { 200: s.RecoveryMessage }, errors: [400],
  }),
  verifyEmail: defineEndpoint({
    method: "POST", path: "/api/auth/verify-email", summary: "Confirm an email address with the token mailed to it", tags,
    auth: "public", body: s.VerifyEmailBody, responses: { 200: s.RecoveryMessage }, errors: [400],
  }),
  resendVerification: defineEndpoint({
    method: "POST", path: "/api/auth/resend-verification", summary: "Mail the signed-in user a new verification link", tags,
    auth: "user", roles: [...ALL_ROLES], responses: { 200: s.RecoveryMessage }, errors: [409, 429],
  }),
};
