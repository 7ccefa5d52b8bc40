// Resume analysis: upload, batches, list, detail, statistics (resumes.*).
export const resumesRu = {
  "resumes.title": "Резюме",
};
