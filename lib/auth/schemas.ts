import { z } from "zod";
import { Email, LoginName, Name, HttpUrl, MultilineText, Text, withAliases } from "./fields";
import { PasswordSchema } from "./password";

// Request and response shapes of the three seeds that describe accounts. Seed 000 speaks
// camelCase, seeds 002 and 003 snake_case; each keeps its own words. Inputs ignore fields they do
// not know, as the seeds' FastAPI and Flask backends did; what may not be set (role, ids, status,
// the password hash) is simply absent from them.

const Locale = z.enum(["en", "ru"]);
const Username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z0-9_.-]+$/, "Letters, digits, dot, dash and underscore only");
const Iso = z.iso.datetime();
/** A password being checked, not chosen: only its size is limited. */
const GivenPassword = z.string().min(1).max(128);
export const RoleEnum = z.enum(["candidate", "company", "admin", "guest"]);

// ---- seed 000: /api/v1/auth, /api/v1/user ----
export const V1User = z.object({
  id: z.uuid(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  role: RoleEnum,
  locale: z.string(),
  createdAt: Iso,
  updatedAt: Iso,
});
export const V1RegisterBody = withAliases(
  {
    username: Username,
    email: Email,
    password: PasswordSchema,
    firstName: Name.optional(),
    lastName: Name.optional(),
    // Seed 000 registers candidates and companies; admin and guest are never chosen by a client.
    role: z.enum(["candidate", "company"]).default("candidate"),
    companyName: Name.optional(),
    locale: Locale.optional(),
  },
  { firstName: ["first_name"], lastName: ["last_name"], companyName: ["company_name"] },
).schema;
export const V1LoginBody = z
  .object({
    email: LoginName.optional(),
    username: LoginName.optional(),
    password: GivenPassword,
  })
  .refine((b) => b.email || b.username, { message: "email or username is required", path: ["email"] });
export const V1AuthResponse = z.object({
  token: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal("Bearer"),
  expiresIn: z.number().int(),
  user: V1User,
});
export const V1RefreshBody = withAliases(
  {
    refreshToken: z
      .string()
      .min(16)
      .max(200)
      .optional()
      .describe("The refresh token from login. Without it, a valid `Authorization: Bearer <token>` gets a fresh access token."),
  },
  { refreshToken: ["refresh_token"] },
).schema;
export const V1RefreshResponse = V1AuthResponse.omit({ user: true });
/** Refreshing with the access token alone: seed 000's clients hold nothing else. */
export const V1AccessRefreshResponse = z.object({ token: z.string(), expiresIn: z.number().int() });
export const V1ProfilePatch = withAliases(
  {
    username: Username.optional(),
    email: Email.optional().describe("Changing it requires `currentPassword`."),
    firstName: Name.nullable().optional(),
    lastName: Name.nullable().optional(),
    locale: Locale.optional(),
    currentPassword: GivenPassword.optional().describe("Required when `email` changes."),
  },
  { firstName: ["first_name"], lastName: ["last_name"], currentPassword: ["password", "current_password"] },
).schema.refine(({ currentPassword: _, ...p }) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to update" });
export const ChangePasswordBody = withAliases(
  {
    currentPassword: GivenPassword,
    newPassword: PasswordSchema,
    confirmPassword: z.string().max(128).optional().describe("Optional; when sent, must equal `newPassword`."),
  },
  {
    currentPassword: ["oldPassword", "old_password", "current_password"],
    newPassword: ["new_password"],
    confirmPassword: ["confirm_password", "newPasswordConfirm", "new_password_confirm", "confirmNewPassword", "confirm_new_password", "passwordConfirm", "password_confirm"],
  },
).schema.refine((b) => b.confirmPassword === undefined || b.confirmPassword === b.newPassword, {
  message: "Passwords do not match",
  path: ["confirmPassword"],
});
export const MessageResponse = z.object({ message: z.string() });

// ---- seed 002: /api/auth ----
export const LearnUser = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  role: RoleEnum,
  is_guest: z.boolean(),
  created_at: Iso,
});
export const LearnRegisterBody = withAliases(
  {
    email: Email,
    password: PasswordSchema,
    first_name: Name.optional(),
    last_name: Name.optional(),
  },
  { first_name: ["firstName", "name"], last_name: ["lastName", "surname"] },
).schema;
// FastAPI's OAuth2 form sends `username`; JSON clients send `email`.
export const LearnLoginBody = z
  .object({
    email: LoginName.optional(),
    username: LoginName.optional(),
    password: GivenPassword,
    grant_type: z.string().optional(),
    scope: z.string().optional(),
  })
  .refine((b) => b.email || b.username, { message: "email is required", path: ["email"] });
export const LearnGuestBody = z.object({ locale: Locale.optional() }).optional();
export const LearnTokenResponse = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal("bearer"),
  expires_in: z.number().int(),
  user: LearnUser,
});

// ---- seed 003: /api/login, /api/register, /api/profile, /api/company ... ----
export const HiringLoginBody = z.object({ email: LoginName, password: GivenPassword });
export const HiringLoginResponse = z.object({
  token: z.string(),
  // Seed 003 calls candidates "user".
  role: z.enum(["user", "company", "admin", "guest"]),
  refresh_token: z.string(),
  expires_in: z.number().int(),
});
// Its type is decided by content, not by the name (lib/resumes checks it: 415 otherwise).
export const ResumeFile = z
  .instanceof(File, { message: "resume must be a file" })
  .refine((f) => f.size > 0, "resume file is empty")
  .refine((f) => f.size <= 10 * 1024 * 1024, "resume file must be at most 10 MB");
const TelegramId = Text.trim().max(64);
export const HiringRegisterForm = withAliases(
  {
    email: Email,
    password: PasswordSchema,
    name: Name,
    surname: Name,
    telegram_id: TelegramId.optional(),
    resume: ResumeFile,
  },
  { name: ["first_name", "firstName"], surname: ["last_name", "lastName"] },
).schema;
export const HiringRegisterResponse = z.object({ message: z.string(), user_id: z.uuid() });
export const CompanyRegisterBody = withAliases(
  {
    email: Email,
    password: PasswordSchema,
    name: Name,
    description: MultilineText.trim().max(5000).optional(),
    website: HttpUrl.optional(),
    city: Text.trim().max(100).optional(),
  },
  { name: ["company_name", "companyName"] },
).schema;
export const CompanyRegisterResponse = z.object({ message: z.string(), company_id: z.uuid(), user_id: z.uuid() });
export const HiringProfile = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  surname: z.string().nullable(),
  telegram_id: z.string().nullable(),
  role: z.enum(["user", "company", "admin", "guest"]),
  resume: z.object({ filename: z.string(), size: z.number().int(), uploaded_at: Iso }).nullable(),
  created_at: Iso,
});
export const HiringProfilePatch = withAliases(
  {
    name: Name.optional(),
    surname: Name.optional(),
    telegram_id: TelegramId.nullable().optional(),
  },
  { name: ["first_name", "firstName"], surname: ["last_name", "lastName"] },
).schema.refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to update" });
export const HiringProfileUpdated = z.object({ message: z.string(), profile: HiringProfile });

export * from "./recovery-schemas";
