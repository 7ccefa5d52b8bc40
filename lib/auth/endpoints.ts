
import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import * as s from "./schemas";

const v1 = ["Accounts"];
const learn = ["Accounts: Learning"];
const hiring = ["Accounts: Hiring"];

export const authEndpoints = {
  // seed 000
  v1Register: defineEndpoint({
    method: "POST", path: "/api/v1/auth/register", summary: "Register (username, email, password)", tags: v1,
    auth: "public", body: s.V1RegisterBody, responses: { 201: s.V1AuthResponse }, errors: [409],
  }),
  v1Login: defineEndpoint({
    method: "POST", path: "/api/v1/auth/login", summary: "Log in with email or username", tags: v1,
    auth: "public", body: s.V1LoginBody, responses: { 200: s.V1AuthResponse }, loginThrottle: true,
  }),
  v1Logout: defineEndpoint({
    method: "POST", path: "/api/v1/auth/logout", summary: "End this session (its access and refresh tokens)", tags: v1,
    auth: "user", roles: ["candidate", "company", "admin", "guest"], responses: { 200: s.MessageResponse },
  }),
  v1Refresh: defineEndpoint({
    method: "POST", path: "/api/v1/auth/refresh",
    summary: "Exchange a refresh token for a new pair (rotation), or renew a valid Bearer access token ({token, expiresIn})", tags: v1,
    auth: "public", body: s.V1RefreshBody, responses: { 200: z.union([s.V1RefreshResponse, s.V1AccessRefreshResponse]) }, errors: [401],
  }),
  v1GetProfile: defineEndpoint({
    method: "GET", path: "/api/v1/user/profile", summary: "The current user's profile", tags: v1,
    auth: "user", roles: ["candidate", "company", "admin", "guest"], responses: { 200: s.V1User },
  }),
  v1PatchProfile: defineEndpoint({
    method: "PATCH", path: "/api/v1/user/profile", summary: "Update the current user's profile", tags: v1,
    auth: "user", body: s.V1ProfilePatch, responses: { 200: s.V1User }, errors: [400, 409],
  }),
  v1ChangePassword: defineEndpoint({
    method: "POST", path: "/api/v1/user/change-password", summary: "Change password; ends every other session", tags: v1,
    auth: "user", body: s.ChangePasswordBody, responses: { 200: s.MessageResponse },
  }),
  // seed 002
  learnRegister: defineEndpoint({
    method: "POST", path: "/api/auth/register", summary: "Register a learner", tags: learn,
    auth: "public", body: s.LearnRegisterBody, responses: { 201: s.LearnTokenResponse }, errors: [409],
  }),
  learnLogin: defineEndpoint({
    method: "POST", path: "/api/auth/login", summary: "Log in (JSON or OAuth2 password form)", tags: learn,
    auth: "public", body: s.LearnLoginBody, bodyType: "json-or-form", responses: { 200: s.LearnTokenResponse },
    loginThrottle: true,
  }),
  learnGuestLogin: defineEndpoint({
    method: "POST", path: "/api/auth/guest-login", summary: "Enter as a guest (learning only)", tags: learn,
    auth: "public", body: s.LearnGuestBody, responses: { 200: s.LearnTokenResponse },
  }),
  learnMe: defineEndpoint({
    method: "GET", path: "/api/auth/me", summary: "The current user", tags: learn,
    auth: "user", roles: ["candidate", "company", "admin", "guest"], responses: { 200: s.LearnUser },
  }),
  // seed 003
  hiringLogin: defineEndpoint({
    method: "POST", path: "/api/login", summary: "Log in a candidate or company: {token, role}", tags: hiring,
    auth: "public", body: s.HiringLoginBody, responses: { 200: s.HiringLoginResponse }, loginThrottle: true,
  }),
  hiringRegister: defineEndpoint({
    method: "POST", path: "/api/register", summary: "Register a candidate with a resume file (multipart)", tags: hiring,
    auth: "public", body: s.HiringRegisterForm, bodyType: "multipart", responses: { 201: s.HiringRegisterResponse },
    errors: [409, 413, 415],
  }),
  hiringRegisterCompany: defineEndpoint({
    method: "POST", path: "/api/register/company", summary: "Register a company", tags: hiring,
    auth: "public", body: s.CompanyRegisterBody, responses: { 201: s.CompanyRegisterResponse }, errors: [409],
  }),
  hiringProfile: defineEndpoint({
    method: "GET", path: "/api/profile", summary: "The current user's profile", tags: hiring,
    auth: "user", roles: ["candidate", "company", "admin", "guest"], responses: { 200: s.HiringProfile },
  }),
  hiringUpdateProfile: defineEndpoint({
    method: "PUT", path: "/api/user/updateprofile", summary: "Update name, surname, telegram_id", tags: hiring,
    auth: "user", body: s.HiringProfilePatch, responses: { 200: s.HiringProfileUpdated },
  }),
};

export type AuthEndpoints = typeof authEndpoints;

// Password reset and email verification (recovery-endpoints.ts), served beside the account endpoints.
export { recoveryEndpoints } from "./recovery-endpoints";
