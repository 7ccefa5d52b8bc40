import { z } from "zod";
import { Email, Name, PasswordSchema } from "@/lib/auth";

// The sign-up forms use the API's own field rules (email, password strength, name length, no
// control characters), so a browser sign-up and an API registration accept the same accounts.
export const SignUpRole = z.enum(["candidate", "company"]);
export type SignUpRole = z.infer<typeof SignUpRole>;

export const CandidateSignUp = z.object({ email: Email, password: PasswordSchema, firstName: Name, lastName: Name });

export const CompanySignUp = z.object({ name: Name, email: Email, password: PasswordSchema });
