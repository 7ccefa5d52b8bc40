import type { ExtractedDocument, ResumeFormat } from "../types";
import { extractDocx } from "./docx";
import { ResumeFileError } from "./errors";
import { EXTRACT_LIMITS } from "./limits";
import { extractPdf } from "./pdf";
import { extractRtf } from "./rtf";
import { extractTxt } from "./txt";

/** Checks that need no parsing, the same in the pool and in process. */
export function checkSize(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw new ResumeFileError("EMPTY_FILE");
  if (bytes.byteLength > EXTRACT_LIMITS.maxFileBytes) throw new ResumeFileError("FILE_TOO_LARGE");
}

/**
 * Extracts a resume in the calling thread. The server goes through `extractDocument` (a worker
 * pool with time and memory limits); this is for tests and the pool's workers themselves.
 */
export async function extractDocumentInProcess(bytes: Uint8Array, format: ResumeFormat): Promise<ExtractedDocument> {
  checkSize(bytes);
  try {
    switch (format) {
      case "pdf":
        return await extractPdf(bytes);
      case "docx":
        return await extractDocx(bytes);
      case "rtf":
        return extractRtf(bytes);
      case "txt":
        return extractTxt(bytes);
      default:
        throw new ResumeFileError("CORRUPT_FILE", "This file format is not supported.");
    }
  } catch (err) {
    if (err instanceof ResumeFileError) throw err;
    // Anything a reader did not foresee is a file it cannot read, never a server error.
    throw new ResumeFileError("CORRUPT_FILE");
  }
}
