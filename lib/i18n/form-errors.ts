import type { z } from "zod";
import { en, type MessageKey } from "./dictionaries/en";

/** What a server action tells its form: a message for the form, per-field messages, values to keep. */
export interface FormState {
  ok?: MessageKey;
  error?: MessageKey;
  fieldErrors?: Partial<Record<string, MessageKey>>;
  values?: Record<string, string>;
}

/**
 * Turns zod issues into interface messages, one per field (the first issue wins). The schemas
 * are shared with the API, whose messages are English; the form shows the visitor's language.
 */
export function formErrors(error: z.ZodError): Partial<Record<string, MessageKey>> {
  const out: Partial<Record<string, MessageKey>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= messageFor(field, issue);
  }
  return out;
}

function messageFor(field: string, issue: z.core.$ZodIssue): MessageKey {
  // A form's own schema may name its message directly (a refine across fields, say).
  if (Object.hasOwn(en, issue.message)) return issue.message as MessageKey;
  const isPassword = field.toLowerCase().includes("password");
  if (issue.code === "invalid_type") return "errors.required";
  if (issue.code === "too_small") {
    if (Number(issue.minimum) <= 1) return "errors.required";
    return isPassword ? "errors.passwordShort" : "errors.invalid";
  }
  if (issue.code === "too_big") return isPassword ? "errors.passwordLong" : "errors.tooLong";
  if (issue.code === "invalid_format") {
    if (issue.format === "email") return "errors.email";
    if (issue.format === "url") return "errors.url";
  }
  if (issue.code === "custom" && isPassword) return "errors.passwordCommon";
  return "errors.invalid";
}

/** A form value as a trimmed string, or null when empty (an optional field left blank). */
export function optionalText(value: FormDataEntryValue | null): string | null {
  const s = typeof value === "string" ? value.trim() : "";
  return s === "" ? null : s;
}

/** A form value as a string ("" when missing or a file). */
export function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}
