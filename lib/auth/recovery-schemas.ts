import { z } from "zod";
import { PasswordSchema } from "./password";

// Password reset and email verification. Inputs are plain objects (unknown keys ignored), and the
// new password may come under any of the names clients use for it.

const Token = z.string().trim().min(16).max(200);

export const ForgotPasswordBody = z.object({ email: z.email().max(254) });

export const ResetPasswordBody = z
  .object({
    token: Token,
    password: PasswordSchema.optional(),
    new_password: PasswordSchema.optional(),
    newPassword: PasswordSchema.optional(),
  })
  .refine((b) => b.password ?? b.new_password ?? b.newPassword, { message: "password is required", path: ["password"] })
  .transform((b) => ({ token: b.token, password: (b.password ?? b.new_password ?? b.newPassword)! }));

export const VerifyEmailBody = z.object({ token: Token });

export const RecoveryMessage = z.object({ message: z.string() });
