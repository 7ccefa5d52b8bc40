// The API reference page (/docs): the chrome around Swagger UI, whose content is the English document.
export const docsEn = {
  "docs.title": "API reference",
  "docs.lead": "Everything the app does is available over REST, with the same account: sign in through any login endpoint and send the token as Authorization: Bearer.",
  "docs.back": "Back to Offerpath",
  "docs.backHome": "Back to your home page",
  "docs.openapi": "OpenAPI document (JSON)",
  "docs.partsTitle": "The parts of the API",
  "docs.part.accounts": "Accounts",
  "docs.servedNote": "Served today: accounts, AI settings, monitoring, jobs and files. Each part's endpoints appear here as it ships.",
  "docs.referenceLabel": "Operations (in English, as in the OpenAPI document)",
} as const;
