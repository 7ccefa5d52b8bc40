// The company profile page.
export const companyEn = {
  "company.title": "Company profile",
  "company.lead": "What candidates see about your company.",
  "company.name": "Company name",
  "company.city": "City",
  "company.website": "Website",
  "company.websiteHint": "A full address, for example https://example.com",
  "company.description": "Description",
  "company.saved": "Company profile saved.",
} as const;
