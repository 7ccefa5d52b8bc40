import type { CompanyWithEmail, DirectoryCompany } from "./companies";

// Seed 003's views of a company.

export function companyView(c: CompanyWithEmail) {
  return { ...publicCompany(c), email: c.email };
}

export function publicCompany(c: DirectoryCompany) {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    website: c.website,
    city: c.city,
    created_at: c.createdAt.toISOString(),
  };
}
