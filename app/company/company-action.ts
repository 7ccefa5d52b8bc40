"use server";

import { updateOwnCompany } from "@/lib/companies";
import { CompanyPatch } from "@/lib/companies/schemas";
import { formErrors, optionalText, text, type FormState } from "@/lib/i18n/form-errors";
import { getCurrentActor } from "@/components/server/current-actor";

/** Saves the signed-in company's profile; the same rules as PUT /api/company/updateprofile. */
export async function updateCompany(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  if (!actor) return { error: "errors.sessionEnded" };
  if (actor.role !== "company" || !actor.companyId) return { error: "errors.forbidden" };
  const field = (name: string) => text(formData.get(name)).trim();
  const values = { name: field("name"), city: field("city"), website: field("website"), description: field("description") };
  const parsed = CompanyPatch.safeParse({
    name: values.name,
    city: optionalText(formData.get("city")),
    website: optionalText(formData.get("website")),
    description: optionalText(formData.get("description")),
  });
  if (!parsed.success) return { error: "errors.form", fieldErrors: formErrors(parsed.error), values };
  await updateOwnCompany(actor, parsed.data);
  return { ok: "company.saved", values };
}
