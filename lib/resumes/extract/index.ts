// Resume files -> ExtractedDocument: the visible text in reading order, and the hidden text.
export { ResumeFileError, type ResumeFileErrorCode } from "./errors";
export { EXTRACT_LIMITS } from "./limits";
export { extractDocumentInProcess } from "./extract-in-process";
export { extractDocument, closeExtractPool, warmExtractPool } from "./pool";
