"use server";

import { z } from "zod";
import { updateOwnCompany } from "@/lib/companies";
import { HttpUrl, MultilineText, Name, Text } from "@/lib/auth";
import { action, optionalFormText } from "@/components/server/action";

// The rules of PUT /api/company/updateprofile; a blank optional field clears it.
const CompanyForm = z.object({
  name: Name,
  city: optionalFormText.pipe(Text.trim().max(100).nullable()),
  website: optionalFormText.pipe(HttpUrl.nullable()),
  description: optionalFormText.pipe(MultilineText.trim().max(5000).nullable()),
});

/** Saves the signed-in company's profile. */
export const updateCompany = action({ schema: CompanyForm, roles: ["company"] }, async ({ actor, input }) => {
  await updateOwnCompany(actor, input);
  return { ok: "company.saved" };
});
