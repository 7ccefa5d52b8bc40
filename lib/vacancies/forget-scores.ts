// Fit scores are computed against a vacancy's requirements; when those change or the vacancy
// goes, the cached and stored scores for it are wrong. The resume pipeline owns them
// (forgetVacancyScores in lib/resumes); until it exports that, there is nothing cached to forget.
// TODO(lead): call forgetVacancyScores from "@/lib/resumes" here once the pipeline branch lands.
export async function forgetCachedFitScores(_vacancyId: string): Promise<void> {}
