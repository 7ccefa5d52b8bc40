import { z } from "zod";
import { Email, Name, PasswordSchema } from "@/lib/auth";

// The sign-up forms use the API's own field rules (email, password strength, name length, no
// control characters), so a browser sign-up and an API registration accept the same accounts.
export const SignUpRole = z.enum(["candidate", "company"]);
export type SignUpRole = z.infer<typeof SignUpRole>;

const PersonName = { firstName: Name, lastName: Name };

export const CandidateSignUp = z.object({ email: Email, password: PasswordSchema, ...PersonName });

// A company account is a person at a company: the home page greets them by name.
export const CompanySignUp = z.object({ name: Name, email: Email, password: PasswordSchema, ...PersonName });

export const SignUpForm = z.discriminatedUnion("role", [
  z.object({ role: z.literal("candidate"), ...CandidateSignUp.shape }),
  z.object({ role: z.literal("company"), ...CompanySignUp.shape }),
]);
