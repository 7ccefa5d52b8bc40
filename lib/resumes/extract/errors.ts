export type ResumeFileErrorCode =
  | "EMPTY_FILE"
  | "FILE_TOO_LARGE"
  | "ENCRYPTED"
  | "NO_TEXT"
  | "ZIP_BOMB"
  | "UNSAFE_DOCUMENT"
  | "CORRUPT_FILE"
  | "EXTRACTION_TIMEOUT";

const MESSAGES: Record<ResumeFileErrorCode, string> = {
  EMPTY_FILE: "The file is empty.",
  FILE_TOO_LARGE: "The file is larger than 10 MB.",
  ENCRYPTED: "The file is password-protected. Please upload a copy without a password.",
  NO_TEXT: "The file has no text layer, probably a scan. Please upload a file with selectable text.",
  ZIP_BOMB: "The document expands to far more data than a resume holds, so it was not opened.",
  UNSAFE_DOCUMENT: "The document contains external references or entity declarations, so it was not opened.",
  CORRUPT_FILE: "The file is damaged or not a valid document and could not be read.",
  EXTRACTION_TIMEOUT: "Reading the file took too long, so it was stopped.",
};

/** A resume file we refuse, with a code for programs and a sentence for people. */
export class ResumeFileError extends Error {
  readonly code: ResumeFileErrorCode;

  constructor(code: ResumeFileErrorCode, message: string = MESSAGES[code]) {
    super(message);
    this.name = "ResumeFileError";
    this.code = code;
  }
}

export function isResumeFileErrorCode(value: unknown): value is ResumeFileErrorCode {
  return typeof value === "string" && value in MESSAGES;
}
