"use client";

import { useI18n } from "@/components/i18n-provider";
import type { MessageKey } from "@/lib/i18n";

// The API explains a failed analysis in English (lib/resumes/extract/errors.ts, with a code on the
// detail). The reasons people see most are said here in the reader's language; an unknown one is
// shown as the API wrote it.
const CODES_BY_SENTENCE: Record<string, string> = {
  "The file is empty.": "EMPTY_FILE",
  "The file is larger than 10 MB.": "FILE_TOO_LARGE",
  "The file is password-protected. Please upload a copy without a password.": "ENCRYPTED",
  "The file has no text layer, probably a scan. Please upload a file with selectable text.": "NO_TEXT",
  "The document expands to far more data than a resume holds, so it was not opened.": "ZIP_BOMB",
  "The document contains external references or entity declarations, so it was not opened.": "UNSAFE_DOCUMENT",
  "The file is damaged or not a valid document and could not be read.": "CORRUPT_FILE",
  "Reading the file took too long, so it was stopped.": "EXTRACTION_TIMEOUT",
  "Unsupported file format": "UNSUPPORTED_FORMAT",
};
const KNOWN = new Set(Object.values(CODES_BY_SENTENCE));

/** A failed file's reason in the reader's language when it is one of the known ones. */
export function useErrorText() {
  const { t } = useI18n();
  return (message: string | null | undefined, code?: string | null): string | null => {
    if (!message && !code) return null;
    const known = code && KNOWN.has(code) ? code : message ? CODES_BY_SENTENCE[message.trim()] : undefined;
    return known ? t(`resumes.error.${known}` as MessageKey) : (message ?? null);
  };
}
