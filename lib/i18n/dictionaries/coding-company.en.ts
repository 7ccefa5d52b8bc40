// Coding interviews: interview list, creation, live view, report (interviews.*). Spread into en.ts.
export const codingCompanyEn = {
} as const;
