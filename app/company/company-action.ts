"use server";

import { z } from "zod";
import { updateOwnCompany } from "@/lib/auth";
import { CompanyPatch } from "@/lib/auth/schemas";
import { action, optionalFormText } from "@/lib/forms/action";

// The rules of PUT /api/company/updateprofile; a blank optional field clears it.
const CompanyForm = z.object({
  name: CompanyPatch.shape.name.unwrap(),
  city: optionalFormText.pipe(CompanyPatch.shape.city.unwrap()),
  website: optionalFormText.pipe(CompanyPatch.shape.website.unwrap()),
  description: optionalFormText.pipe(CompanyPatch.shape.description.unwrap()),
});

/** Saves the signed-in company's profile. */
export const updateCompany = action({ schema: CompanyForm, roles: ["company"] }, async ({ actor, input }) => {
  await updateOwnCompany(actor, input);
  return { ok: "company.saved" };
});
