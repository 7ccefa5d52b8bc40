import type { ExtractedDocument, ResumeFormat } from "../types";
import { extractDocumentInProcess } from "./extract-in-process";

export async function extractDocument(bytes: Uint8Array, format: ResumeFormat, _opts: { timeoutMs?: number } = {}): Promise<ExtractedDocument> {
  return extractDocumentInProcess(bytes, format);
}

export async function closeExtractPool(): Promise<void> {}
