import { APIConnectionError, APIError, APIUserAbortError } from "openai";
import { aiConfig } from "./config";
import { aborted, DeadlineError, type Deadline } from "./deadline";

export { DeadlineError };

/** What went wrong with a provider call, in words usable as `fallback.reason`, and whether to try again. */
export interface Failure {
  reason: string;
  retryable: boolean;
  retryAfterMs?: number;
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms >= 0 && headers.get("retry-after-ms") !== null) return ms;
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function causes(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = err; e && out.length < 5; e = (e as { cause?: unknown }).cause) out.push(e);
  return out;
}

export function classify(err: unknown): Failure {
  if (err instanceof DeadlineError) return { reason: "timeout", retryable: false };
  if (err instanceof APIUserAbortError) return { reason: "aborted", retryable: false };
  // A user's base URL that leads to a refused address (providers/guarded-fetch.ts): asking again changes nothing.
  if (causes(err).some((c) => (c as { code?: string })?.code === "ERR_AI_ADDRESS_BLOCKED")) return { reason: "blocked_address", retryable: false };
  if (err instanceof APIConnectionError) return { reason: "connection_error", retryable: true };
  if (err instanceof APIError && typeof err.status === "number") {
    const s = err.status;
    if (s === 429) return { reason: "rate_limited", retryable: true, retryAfterMs: retryAfterMs(err.headers) };
    if (s === 401) return { reason: "unauthorized", retryable: false };
    if (s === 403) return { reason: "forbidden", retryable: false };
    if (s === 404) return { reason: "not_found", retryable: false };
    if (s === 408 || s === 409 || s >= 500) return { reason: `http_${s}`, retryable: true, retryAfterMs: retryAfterMs(err.headers) };
    return { reason: `http_${s}`, retryable: false };
  }
  // fetch/undici failures while reading a body (a dropped socket) surface as TypeErrors.
  if (err instanceof TypeError || (err as { code?: string })?.code === "ECONNRESET") return { reason: "connection_error", retryable: true };
  return { reason: "provider_error", retryable: false };
}

/** A provider call that failed for good (no retries left or worth it): the caller falls back or reports. */
export class ProviderFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.reason);
  }
}

export function failureOf(err: unknown, deadline: Deadline): Failure {
  if (err instanceof ProviderFailure) return err.failure;
  if (deadline.fired) return { reason: "timeout", retryable: false };
  return classify(err);
}

/**
 * The provider loop: runs `attempt` until it succeeds, a failure is not worth retrying, retries
 * run out, or the wait (Retry-After or backoff) would not fit the deadline. Throws
 * ProviderFailure or, when the caller aborted, AiError("aborted").
 */
export async function withRetries<T>(attempt: (signal: AbortSignal) => Promise<T>, deadline: Deadline, maxRetries: number): Promise<T> {
  const cfg = aiConfig();
  for (let n = 0; ; n++) {
    try {
      return await attempt(deadline.signal);
    } catch (err) {
      if (deadline.callerAborted) throw aborted();
      const failure = failureOf(err, deadline);
      if (!failure.retryable || n >= maxRetries) throw new ProviderFailure(failure);
      const wait = failure.retryAfterMs ?? backoffMs(n, cfg.retryBaseMs);
      if (wait > cfg.retryMaxWaitMs || wait >= deadline.remainingMs) throw new ProviderFailure(failure);
      try {
        await sleep(wait, deadline.signal);
      } catch {
        if (deadline.callerAborted) throw aborted();
        throw new ProviderFailure({ reason: "timeout", retryable: false });
      }
    }
  }
}

/** Exponential backoff with a little jitter: base, 2×base, 4×base... */
export function backoffMs(attempt: number, baseMs: number): number {
  return Math.round(baseMs * 2 ** attempt * (1 + Math.random() * 0.2));
}

/** Waits, or rejects as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Human words for a failure reason, for test-connection and UI notices. */
export function describeFailure(reason: string): string {
  if (reason === "timeout") return "The AI provider did not answer in time";
  if (reason === "rate_limited") return "The AI provider is rate limiting requests (429)";
  if (reason === "unauthorized") return "The AI provider rejected the API key (401)";
  if (reason === "forbidden") return "The API key may not use this model or endpoint (403)";
  if (reason === "not_found") return "The base URL or model was not found (404)";
  if (reason === "connection_error") return "Could not connect to the AI provider";
  if (reason === "unavailable") return "The AI provider could not be reached or did not answer properly";
  if (reason === "invalid_output") return "The AI provider's answer did not match the expected format";
  if (reason === "interrupted") return "The AI provider's answer broke off mid-way";
  if (reason.startsWith("http_")) return `The AI provider answered with an error (HTTP ${reason.slice(5)})`;
  return "The AI provider failed";
}
