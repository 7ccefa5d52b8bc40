import { ZodError, z } from "zod";
import type { Actor, Role } from "@/lib/auth";
import { ApiError, type ErrorCode } from "@/lib/http/errors";
import type { MessageKey } from "@/lib/i18n";
import { formErrors, type FormState } from "@/lib/i18n/form-errors";
import { ACCOUNT_ROLES, hasRole, type ActorWithRole } from "@/components/server/actor-roles";
import { getCurrentActor } from "@/components/server/current-actor";

/** How an action shows an ApiError its domain call threw: on one field, or for the whole form. */
export type ErrorMapping = MessageKey | { field: string; message: MessageKey };

interface ActionOptions<S extends z.ZodType, R extends Role> {
  /** Parses the form's text fields (files and Next's `$ACTION_*` fields are left out); unknown fields are ignored. */
  schema: S;
  /** Who may call it; `"public"` for anyone, signed in or not. Default: every role but guest. */
  roles?: readonly R[] | "public";
  /** ApiError codes this action expects, and what the form says for each. */
  errors?: Partial<Record<ErrorCode, ErrorMapping>>;
}

interface ActionContext<I, A> {
  actor: A;
  input: I;
  formData: FormData;
}

// What every action says for the codes any domain call may throw.
const COMMON_ERRORS: Partial<Record<ErrorCode, ErrorMapping>> = {
  UNAUTHORIZED: "errors.sessionEnded",
  FORBIDDEN: "errors.forbidden",
  RATE_LIMITED: "errors.rateLimited",
  VALIDATION_ERROR: "errors.form",
};

/** A domain call's validation issues (`details.issues`, as `fromZod` makes them) on their fields. */
function issueFields(err: ApiError): Partial<Record<string, MessageKey>> {
  const issues = Array.isArray(err.details?.issues) ? (err.details.issues as Array<{ path?: unknown }>) : [];
  const out: Partial<Record<string, MessageKey>> = {};
  for (const issue of issues) out[String(issue.path ?? "form").split(".")[0]] ??= "errors.invalid";
  return out;
}

/** The text fields to give back to the form so it keeps what was typed; passwords never come back. */
function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || /password/i.test(name)) continue;
    values[name] = value.trim();
  }
  return values;
}

function fields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === "string" && !name.startsWith("$ACTION")) out[name] = value;
  return out;
}

/**
 * The one wrapper for server actions, the forms' counterpart of `handle` (lib/http/handle.ts):
 * an action is a public endpoint whatever page shows it, so this authenticates the browser
 * session, checks the role, parses the form with a zod schema and turns zod issues and ApiErrors
 * into the form's messages. Anything else (including Next's redirect) propagates.
 */
export function action<S extends z.ZodType, R extends Role = (typeof ACCOUNT_ROLES)[number]>(
  options: ActionOptions<S, R> & { roles: "public" },
  fn: (ctx: ActionContext<z.output<S>, Actor | null>) => Promise<FormState | void>,
): (prev: FormState, formData: FormData) => Promise<FormState>;
export function action<S extends z.ZodType, R extends Role = (typeof ACCOUNT_ROLES)[number]>(
  options: ActionOptions<S, R> & { roles?: readonly R[] },
  fn: (ctx: ActionContext<z.output<S>, ActorWithRole<R>>) => Promise<FormState | void>,
): (prev: FormState, formData: FormData) => Promise<FormState>;
export function action<S extends z.ZodType, R extends Role>(
  { schema, roles = ACCOUNT_ROLES as readonly Role[] as readonly R[], errors }: ActionOptions<S, R>,
  fn: (ctx: ActionContext<z.output<S>, never>) => Promise<FormState | void>,
) {
  const mapping = { ...COMMON_ERRORS, ...errors };
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const values = typedValues(formData);
    const actor = await getCurrentActor();
    if (roles !== "public") {
      if (!actor) return { error: "errors.sessionEnded", values };
      if (!hasRole(actor, roles)) return { error: "errors.forbidden", values };
    }
    try {
      const input = schema.parse(fields(formData));
      const result = await fn({ actor: actor as never, input, formData });
      return { values, ...result };
    } catch (err) {
      if (err instanceof ZodError) return { error: "errors.form", fieldErrors: formErrors(err), values };
      if (!(err instanceof ApiError)) throw err;
      const mapped = mapping[err.code];
      if (!mapped) throw err;
      if (err.code === "VALIDATION_ERROR" && mapped === COMMON_ERRORS.VALIDATION_ERROR) {
        return { error: "errors.form", fieldErrors: issueFields(err), values };
      }
      if (typeof mapped === "string") return { error: mapped, values };
      return { error: "errors.form", fieldErrors: { [mapped.field]: mapped.message }, values };
    }
  };
}

/** A form's text field, trimmed. */
export const formText = z.string().trim();
/** An optional text field: blank (or missing) becomes null, so a cleared field clears the value. */
export const optionalFormText = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().nullable().default(null));
