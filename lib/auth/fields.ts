import { z } from "zod";

// Field rules shared by every input schema that takes text from a person (accounts, companies):
// one place decides what a name, an email or a website may be.

// PostgreSQL refuses NUL in text (a 500 if it reaches a query), and no other control character
// belongs in a one-line value either.
const CONTROL = /[\u0000-\u001f\u007f]/;
// Free text keeps its tabs and line breaks.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** One line of text: no control characters. Chain trim/min/max as needed. */
export const Text = z.string().refine((s) => !CONTROL.test(s), "Control characters are not allowed");
/** Several lines of text (a description): line breaks and tabs, no other control characters. */
export const MultilineText = z.string().refine((s) => !CONTROL_EXCEPT_LINES.test(s), "Control characters are not allowed");

export const Name = Text.trim().min(1).max(100);
// zod's email pattern already refuses control characters.
export const Email = z.email().max(254);
/** An email or a username, as typed at login. */
export const LoginName = Text.trim().min(1).max(254);
/** A link shown to other people: http(s) only, never javascript: or data:. */
export const HttpUrl = z
  .url({ protocol: /^https?$/, error: "Must be an http(s) URL" })
  .max(300)
  .refine((s) => !CONTROL.test(s), "Control characters are not allowed");

/**
 * The seeds' clients name some fields their own way (`old_password` for `currentPassword`,
 * `company_name` for `name`). This accepts each alias as its canonical field (the canonical name
 * wins when both are sent) and says so in the field's description, which the OpenAPI document shows.
 */
export function withAliases<Shape extends Record<string, z.ZodType>>(shape: Shape, aliases: { [K in keyof Shape]?: readonly string[] }) {
  const documented: Record<string, z.ZodType> = { ...shape };
  for (const [field, names] of Object.entries(aliases) as [string, readonly string[]][]) {
    const about = documented[field].description;
    documented[field] = documented[field].describe(`${about ? `${about} ` : ""}Also accepted as ${names.map((n) => `\`${n}\``).join(", ")}.`);
  }
  const object = z.object(documented as unknown as Shape);
  const rename = (raw: unknown) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
    const body = { ...(raw as Record<string, unknown>) };
    for (const [field, names] of Object.entries(aliases) as [string, readonly string[]][]) {
      const alias = names.find((n) => body[n] !== undefined);
      if (body[field] === undefined && alias) body[field] = body[alias];
      for (const n of names) delete body[n];
    }
    return body;
  };
  return { object, schema: z.preprocess(rename, object) };
}
