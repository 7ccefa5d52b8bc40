import { z } from "zod";
import { CompanyRegisterBody, V1RegisterBody } from "@/lib/auth/schemas";

// The sign-up forms use the API's own field rules (email, password strength, name length), so a
// browser sign-up and an API registration accept exactly the same accounts.
export const SignUpRole = z.enum(["candidate", "company"]);
export type SignUpRole = z.infer<typeof SignUpRole>;

const PersonName = {
  firstName: V1RegisterBody.shape.firstName.unwrap(),
  lastName: V1RegisterBody.shape.lastName.unwrap(),
};

export const CandidateSignUp = V1RegisterBody.pick({ email: true, password: true }).extend(PersonName);

// A company account is a person at a company: the home page greets them by name.
export const CompanySignUp = CompanyRegisterBody.pick({ name: true, email: true, password: true }).extend(PersonName);

export const SignUpForm = z.discriminatedUnion("role", [
  z.object({ role: z.literal("candidate"), ...CandidateSignUp.shape }),
  z.object({ role: z.literal("company"), ...CompanySignUp.shape }),
]);
