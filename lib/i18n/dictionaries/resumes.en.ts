// Resume analysis: upload, batches, list, detail, statistics (resumes.*). Spread into en.ts.
export const resumesEn = {
  "resumes.title": "Resumes",
} as const;
