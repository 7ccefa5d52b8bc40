"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changePassword, Name, PasswordSchema, updateUser } from "@/lib/auth";
import { action, optionalFormText } from "@/components/server/action";
import { LOCALES, type MessageKey } from "@/lib/i18n";
import { rememberLanguage } from "@/components/server/remember-language";

// The API's name rules; in the form a first name is required (sign-up asks for one), and a
// blank last name clears it (null), as the API allows.
const DetailsForm = z.object({
  firstName: Name,
  lastName: optionalFormText.pipe(Name.nullable()),
});

export const updateProfile = action({ schema: DetailsForm }, async ({ actor, input }) => {
  await updateUser(actor, input);
  // The header shows the name on every page: re-render the layout, not only this page.
  revalidatePath("/", "layout");
  return { ok: "profile.saved" };
});

export const saveLanguage = action({ schema: z.object({ locale: z.enum(LOCALES) }) }, async ({ actor, input }) => {
  await rememberLanguage(input.locale, actor);
  return { ok: "profile.languageSaved" };
});

const PasswordForm = z
  .object({ currentPassword: z.string().min(1).max(128), newPassword: PasswordSchema, confirmPassword: z.string() })
  .refine((f) => f.newPassword === f.confirmPassword, {
  path: ["confirmPassword"],
  message: "profile.passwordMismatch" satisfies MessageKey,
});

export const changePasswordAction = action(
  {
    schema: PasswordForm,
    errors: {
      INVALID_CREDENTIALS: { field: "currentPassword", message: "profile.wrongPassword" },
      VALIDATION_ERROR: { field: "newPassword", message: "profile.samePassword" },
    },
  },
  async ({ actor, input }) => {
    // Revokes every other session of this account; this browser's session stays valid.
    await changePassword(actor, input.currentPassword, input.newPassword);
    return { ok: "profile.passwordChanged" };
  },
);
