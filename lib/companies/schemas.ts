import { z } from "zod";
import { HttpUrl, MultilineText, Name, Text, withAliases } from "@/lib/auth";

// Seed 003's company profile and directory (snake_case). A company is created with its owner's
// account (POST /api/register/company, lib/auth).

const Iso = z.iso.datetime();

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
export const CompanyPatch = withAliases(
  {
    name: Name.optional(),
    description: MultilineText.trim().max(5000).nullable().optional(),
    website: HttpUrl.nullable().optional(),
    city: Text.trim().max(100).nullable().optional(),
  },
  { name: ["company_name", "companyName"] },
).schema.refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to update" });
export const CompanyUpdated = z.object({ message: z.string(), company: CompanyView });
export const CompaniesQuery = z.object({
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
