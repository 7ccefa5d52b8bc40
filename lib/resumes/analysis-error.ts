/** `CODE: sentence`, as a resume's `error` column keeps why its analysis failed. */
export const formatAnalysisError = (code: string, message: string) => `${code}: ${message}`;

/** The code (ResumeFileError's, e.g. ENCRYPTED) and the sentence of a stored analysis error. */
export function errorParts(stored: string | null): { code: string; message: string } | null {
  if (!stored) return null;
  const m = /^([A-Z_]+): ([\s\S]*)$/.exec(stored);
  return m ? { code: m[1], message: m[2] } : { code: "ANALYSIS_FAILED", message: stored };
}
