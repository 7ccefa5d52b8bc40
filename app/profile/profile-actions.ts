"use server";

import { z } from "zod";
import { changePassword, updateUser } from "@/lib/auth";
import { ChangePasswordBody, V1ProfilePatch } from "@/lib/auth/schemas";
import { ApiError } from "@/lib/http/errors";
import { LOCALES } from "@/lib/i18n";
import { formErrors, optionalText, text, type FormState } from "@/lib/i18n/form-errors";
import { getCurrentActor } from "@/components/server/current-actor";
import { rememberLanguage } from "@/components/server/remember-language";

// Each action checks who is calling itself: an action is a public endpoint, whatever page shows it.

export async function updateProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  if (!actor) return { error: "errors.sessionEnded" };
  const values = { firstName: text(formData.get("firstName")).trim(), lastName: text(formData.get("lastName")).trim() };
  // Blank clears a name (null), as the API allows.
  const parsed = V1ProfilePatch.safeParse({ firstName: optionalText(formData.get("firstName")), lastName: optionalText(formData.get("lastName")) });
  if (!parsed.success) return { error: "errors.form", fieldErrors: formErrors(parsed.error), values };
  await updateUser(actor, { firstName: parsed.data.firstName, lastName: parsed.data.lastName });
  return { ok: "profile.saved", values };
}

const LanguageForm = z.object({ locale: z.enum(LOCALES) });

export async function saveLanguage(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  if (!actor) return { error: "errors.sessionEnded" };
  const parsed = LanguageForm.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return { error: "errors.form", fieldErrors: formErrors(parsed.error) };
  await rememberLanguage(parsed.data.locale, actor);
  return { ok: "profile.languageSaved" };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  if (!actor) return { error: "errors.sessionEnded" };
  const parsed = ChangePasswordBody.safeParse({
    currentPassword: text(formData.get("currentPassword")),
    newPassword: text(formData.get("newPassword")),
  });
  if (!parsed.success) return { error: "errors.form", fieldErrors: formErrors(parsed.error) };
  if (parsed.data.newPassword !== text(formData.get("confirmPassword"))) {
    return { error: "errors.form", fieldErrors: { confirmPassword: "profile.passwordMismatch" } };
  }
  try {
    // Revokes every other session of this account; this browser's session stays valid.
    await changePassword(actor, parsed.data.currentPassword, parsed.data.newPassword);
  } catch (err) {
    if (err instanceof ApiError) {
      if (err.code === "INVALID_CREDENTIALS") return { error: "errors.form", fieldErrors: { currentPassword: "profile.wrongPassword" } };
      if (err.code === "VALIDATION_ERROR") return { error: "errors.form", fieldErrors: { newPassword: "profile.samePassword" } };
      if (err.code === "FORBIDDEN") return { error: "profile.guestNoPassword" };
    }
    throw err;
  }
  return { ok: "profile.passwordChanged" };
}
