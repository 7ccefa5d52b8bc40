import { forgetVacancyScores } from "@/lib/resumes";

// Fit scores are computed against a vacancy's requirements; when those change, the cached and
// stored scores for it are wrong. The resume pipeline owns them and scores its resumes again.
export async function forgetCachedFitScores(vacancyId: string): Promise<void> {
  await forgetVacancyScores(vacancyId);
}
