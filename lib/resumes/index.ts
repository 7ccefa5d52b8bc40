export { detectResumeType, type ResumeType, type TextCharset } from "./detect-type";
export { attachResumeFile, checkResume, storeResume, RESUME_FORMATS, type CheckedResume } from "./upload";
export { registerCandidateWithResume } from "./register-with-resume";
