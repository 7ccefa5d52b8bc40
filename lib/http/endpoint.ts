import type { z } from "zod";
import type { Role } from "@/lib/db/generated/enums";

export type AuthMode = "public" | "optional" | "user";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * What one API route accepts and returns. Route handlers are built from it (`handle`), and the
 * OpenAPI document is generated from the same objects, so the two cannot drift apart.
 */
export interface Endpoint<
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  P extends z.ZodType | undefined = z.ZodType | undefined,
  A extends AuthMode = AuthMode,
  R extends Role = Role,
> {
  method: HttpMethod;
  /** OpenAPI-style path: /api/vacancies/{vacancy_id} */
  path: string;
  summary: string;
  tags: string[];
  /** public: no token needed; optional: used if present; user: required. */
  auth: A;
  /**
   * Roles allowed when auth is "user"; guests are refused unless listed. The handler's actor is
   * typed by them (`ActorFor` in handle.ts): with ["company"], its companyId is a string.
   */
  roles?: readonly R[];
  body?: B;
  bodyType?: "json" | "multipart" | "json-or-form";
  /** A multipart body's limit when it is not one upload's (a batch of files). */
  maxBodyBytes?: number;
  query?: Q;
  params?: P;
  /** Success status -> schema of the body (validated on the way out); null for no body. */
  responses: Record<number, z.ZodType | null>;
  /** Extra documented error statuses besides the defaults. */
  errors?: number[];
  /** Counts failed logins for the stricter limit. */
  loginThrottle?: boolean;
  /**
   * The status of a VALIDATION_ERROR (bad params, query or body, or one a handler throws): 422 by
   * default; 400 for clients whose contract says so (the coding interviews API).
   */
  validationStatus?: 400 | 422;
}

export function defineEndpoint<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  const A extends AuthMode = AuthMode,
  const R extends Role = RegisteredRole,
>(e: Endpoint<B, Q, P, A, R>): Endpoint<B, Q, P, A, R> {
  return e;
}

/** Every role but guest: who an endpoint with auth "user" and no `roles` admits. */
export type RegisteredRole = Exclude<Role, "guest">;
export const REGISTERED_ROLES: RegisteredRole[] = ["candidate", "company", "admin"];
