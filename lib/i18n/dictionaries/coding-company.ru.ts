// Coding interviews: interview list, creation, live view, report (interviews.*). Spread into ru.ts.
export const codingCompanyRu = {
} as const;
