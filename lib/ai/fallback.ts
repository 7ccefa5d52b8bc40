import { offlineReply } from "./builtin/offline";
import { BUILTIN_MODEL } from "./config";
import { elapsed } from "./deadline";
import { describeFailure } from "./retry";
import { AiError, type CallOptions, type CompleteResult, type Connection, type Locale, type OfflineContext } from "./types";
import { usageRecorder } from "./usage";

/**
 * When the provider cannot answer, the built-in engine does, and the result says why
 * (`fallback.reason`); a caller that said `allowFallback: false` gets an AiError instead.
 * Shared by complete, stream and structured, and by features with their own loops (the tutor,
 * the resume builder).
 */

/**
 * The failure reason a user may see. On a user's own base URL every network or HTTP failure
 * reads the same, so the AI settings cannot be used to map which hosts and ports answer.
 */
export function shownReason(conn: Connection, reason: string): string {
  if (!conn.baseUrlFromUser || reason === "aborted" || reason === "invalid_output") return reason;
  return "unavailable";
}

export function fallbackAllowed(opts: Pick<CallOptions, "allowFallback">): boolean {
  return opts.allowFallback !== false;
}

export function failedCall(reason: string): AiError {
  return new AiError(reason, describeFailure(reason));
}

/** The built-in engine's text: the feature's own offline answer, else the generic one. */
export async function offlineText(opts: Pick<CallOptions, "messages" | "offline">, locale: Locale, fallbackReason?: string): Promise<string> {
  const ctx: OfflineContext = { messages: opts.messages, locale, ...(fallbackReason ? { fallback: { reason: fallbackReason } } : {}) };
  if (opts.offline) return opts.offline(ctx);
  return offlineReply(opts.messages, { locale, fallbackReason });
}

/** Cuts the built-in engine's text into word-sized tokens, so a stream of it looks like any other. */
export function wordTokens(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

/**
 * A whole answer after the provider failed for `failure`: records the failed call, then answers
 * from the built-in engine or throws AiError when the caller does not allow that.
 */
export async function fallBack(opts: CallOptions, conn: Connection, failure: string, started: number, locale: Locale): Promise<CompleteResult> {
  const allowed = fallbackAllowed(opts);
  const reason = shownReason(conn, failure);
  usageRecorder(opts)({ provider: "openai", model: conn.model, tokensIn: 0, tokensOut: 0, latencyMs: elapsed(started), ok: false, fallback: allowed });
  if (!allowed) throw failedCall(reason);
  const text = await offlineText(opts, locale, reason);
  return { text, provider: "builtin", model: BUILTIN_MODEL, usage: { tokensIn: 0, tokensOut: 0 }, latencyMs: elapsed(started), fallback: { reason } };
}
