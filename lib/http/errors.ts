import { ZodError, type z } from "zod";

/** Every error code a client can see, and the HTTP status it travels with. */
export const ERROR_STATUS = {
  VALIDATION_ERROR: 422,
  INVALID_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  HEADERS_TOO_LARGE: 431,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS | (string & {});

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly status: number = ERROR_STATUS[code as keyof typeof ERROR_STATUS] ?? 400,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const errors = {
  validation: (message: string, details?: Record<string, unknown>) => new ApiError("VALIDATION_ERROR", message, details),
  unauthorized: (message = "Authentication required") => new ApiError("UNAUTHORIZED", message),
  forbidden: (message = "You do not have access to this resource") => new ApiError("FORBIDDEN", message),
  notFound: (what = "Resource", code: ErrorCode = "NOT_FOUND") => new ApiError(code, `${what} not found`, undefined, 404),
  conflict: (message: string, details?: Record<string, unknown>) => new ApiError("CONFLICT", message, details),
  tooLarge: (limitBytes: number) =>
    new ApiError("PAYLOAD_TOO_LARGE", `Request body exceeds ${limitBytes} bytes`, { limit_bytes: limitBytes }),
  unsupportedMediaType: (expected: string) =>
    new ApiError("UNSUPPORTED_MEDIA_TYPE", `Expected ${expected}`, { expected }),
  rateLimited: (retryAfterSeconds: number) =>
    new ApiError("RATE_LIMITED", "Too many requests, try again later", { retry_after: retryAfterSeconds }, 429, {
      "Retry-After": String(retryAfterSeconds),
    }),
};

export interface ErrorEnvelope {
  error: { code: string; message: string; details?: Record<string, unknown> };
  /** FastAPI-style clients (seeds 000, 002, 004) read `detail`. */
  detail: string;
}

export function zodIssues(error: ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
}

export function fromZod(error: ZodError, where: "body" | "query" | "params" = "body"): ApiError {
  const issues = zodIssues(error);
  const first = issues[0];
  return errors.validation(first ? `Invalid ${where}: ${first.path}: ${first.message}` : `Invalid ${where}`, {
    issues,
  });
}

interface PrismaLikeError {
  code?: string;
  meta?: { target?: unknown; modelName?: string };
  name?: string;
}

/** Maps anything thrown to an ApiError; `internal` is true when the cause must only be logged. */
export function toApiError(err: unknown): { error: ApiError; internal: boolean } {
  if (err instanceof ApiError) return { error: err, internal: false };
  if (err instanceof ZodError) return { error: fromZod(err), internal: false };
  const prismaErr = err as PrismaLikeError;
  if (prismaErr?.name === "PrismaClientKnownRequestError") {
    if (prismaErr.code === "P2002") return { error: errors.conflict("Resource already exists"), internal: false };
    if (prismaErr.code === "P2025") return { error: errors.notFound(), internal: false };
  }
  return { error: new ApiError("INTERNAL_ERROR", "Internal server error", undefined, 500), internal: true };
}

export function envelope(error: ApiError, requestId?: string): ErrorEnvelope {
  const details = requestId ? { ...error.details, request_id: requestId } : error.details;
  return { error: { code: error.code, message: error.message, ...(details ? { details } : {}) }, detail: error.message };
}

export type Infer<T extends z.ZodType> = z.infer<T>;
