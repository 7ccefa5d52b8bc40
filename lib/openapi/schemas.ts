import { z } from "zod";
import { ERROR_STATUS, type ErrorEnvelope } from "@/lib/http/errors";

/** The body of every error response, as lib/http/errors.ts `envelope()` builds it. */
export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string().meta({
      description: "Machine-readable error code; seed-specific codes (e.g. INTERVIEW_NOT_FOUND) may appear too",
      examples: Object.keys(ERROR_STATUS),
    }),
    message: z.string().meta({ description: "Human-readable message, safe to show" }),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: "Extra facts: `issues` for validation errors, `retry_after`, `request_id`" }),
  }),
  detail: z.string().meta({ description: "The message again, for FastAPI-style clients (seeds 000, 002, 004)" }),
});

// Fails to compile if the documented envelope and the one the server sends drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const envelopeMatches: Same<z.infer<typeof ErrorEnvelopeSchema>, ErrorEnvelope> = true;
void envelopeMatches;
