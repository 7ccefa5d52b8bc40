import { z } from "zod";
import { PasswordSchema } from "./password";

// Request and response shapes of the three seeds that describe accounts. Seed 000 speaks
// camelCase, seeds 002 and 003 snake_case; each keeps its own words.

const Email = z.email().max(254);
const Name = z.string().trim().min(1).max(100);
const Locale = z.enum(["en", "ru"]);
const Username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z0-9_.-]+$/, "Letters, digits, dot, dash and underscore only");
const Iso = z.iso.datetime();
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
export const V1RegisterBody = z.strictObject({
  username: Username,
  email: Email,
  password: PasswordSchema,
  firstName: Name.optional(),
  lastName: Name.optional(),
  role: z.enum(["candidate", "company"]).default("candidate"),
  companyName: Name.optional(),
  locale: Locale.optional(),
});
export const V1LoginBody = z
  .strictObject({
    email: z.string().trim().min(1).max(254).optional(),
    username: z.string().trim().min(1).max(254).optional(),
    password: z.string().min(1).max(128),
  })
  .refine((b) => b.email || b.username, { message: "email or username is required", path: ["email"] });
export const V1AuthResponse = z.object({
  token: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal("Bearer"),
  expiresIn: z.number().int(),
  user: V1User,
});
export const V1RefreshBody = z.strictObject({ refreshToken: z.string().min(16).max(200) });
export const V1RefreshResponse = V1AuthResponse.omit({ user: true });
export const V1ProfilePatch = z
  .strictObject({
    username: Username.optional(),
    email: Email.optional(),
    firstName: Name.nullable().optional(),
    lastName: Name.nullable().optional(),
    locale: Locale.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "Nothing to update" });
export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: PasswordSchema,
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
export const LearnRegisterBody = z.strictObject({
  email: Email,
  password: PasswordSchema,
  first_name: Name.optional(),
  last_name: Name.optional(),
});
// FastAPI's OAuth2 form sends `username`; JSON clients send `email`.
export const LearnLoginBody = z
  .object({
    email: z.string().trim().min(1).max(254).optional(),
    username: z.string().trim().min(1).max(254).optional(),
    password: z.string().min(1).max(128),
    grant_type: z.string().optional(),
    scope: z.string().optional(),
  })
  .strict()
  .refine((b) => b.email || b.username, { message: "email is required", path: ["email"] });
export const LearnGuestBody = z.strictObject({ locale: Locale.optional() }).optional();
export const LearnTokenResponse = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal("bearer"),
  expires_in: z.number().int(),
  user: LearnUser,
});

// ---- seed 003: /api/login, /api/register, /api/profile, /api/company ... ----
export const HiringLoginBody = z.strictObject({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(128) });
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
export const HiringRegisterForm = z.strictObject({
  email: Email,
  password: PasswordSchema,
  name: Name,
  surname: Name,
  telegram_id: z.string().trim().max(64).optional(),
  resume: ResumeFile,
});
export const HiringRegisterResponse = z.object({ message: z.string(), user_id: z.uuid() });
export const CompanyRegisterBody = z.strictObject({
  email: Email,
  password: PasswordSchema,
  name: Name,
  description: z.string().trim().max(5000).optional(),
  website: z.url().max(300).optional(),
  city: z.string().trim().max(100).optional(),
});
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
export const HiringProfilePatch = z
  .strictObject({
    name: Name.optional(),
    surname: Name.optional(),
    telegram_id: z.string().trim().max(64).nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "Nothing to update" });
export const HiringProfileUpdated = z.object({ message: z.string(), profile: HiringProfile });
export const CompanyView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  description: z.string().nullable(),
  website: z.string().nullable(),
  city: z.string().nullable(),
  created_at: Iso,
});
export const PublicCompany = CompanyView.omit({ email: true });
export const CompanyPatch = z
  .strictObject({
    name: Name.optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    website: z.url().max(300).nullable().optional(),
    city: z.string().trim().max(100).nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "Nothing to update" });
export const CompanyUpdated = z.object({ message: z.string(), company: CompanyView });
export const CompaniesQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
});
export const CompaniesPage = z.object({
  companies: z.array(PublicCompany),
  page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
  pages: z.number().int(),
});
