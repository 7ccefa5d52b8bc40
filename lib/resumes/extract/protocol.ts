import type { ExtractedDocument, ResumeFormat } from "../types";
import type { ResumeFileErrorCode } from "./errors";

/** Messages between the pool and an extraction worker. */
export interface ExtractRequest {
  id: number;
  bytes: Uint8Array;
  format: ResumeFormat;
}

export type ExtractReply =
  | { id: number; ok: true; doc: ExtractedDocument }
  | { id: number; ok: false; code: ResumeFileErrorCode; message: string }
  | { id: -1; ready: true };
