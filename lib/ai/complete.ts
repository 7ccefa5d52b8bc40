import { aiConfig, BUILTIN_MODEL } from "./config";
import { aborted, Deadline, elapsed } from "./deadline";
import { fallBack, offlineText } from "./fallback";
import { chat, type ChatAnswer } from "./providers/openai";
import { chatRequest, localeOf, resolveConnection } from "./providers/resolve";
import { ProviderFailure, withRetries } from "./retry";
import type { CallOptions, CompleteResult } from "./types";
import { estimatedUsage, usageRecorder } from "./usage";

/** Internal knobs not on the public options (test-connection wants a single quick try). */
export interface Internal {
  maxRetries?: number;
}

/** One answer, whole. Falls back to the built-in engine when the provider fails (unless told not to). */
export async function complete(opts: CallOptions): Promise<CompleteResult> {
  return runComplete(opts, {});
}

export async function runComplete(opts: CallOptions, internal: Internal): Promise<CompleteResult> {
  const started = performance.now();
  const cfg = aiConfig();
  if (opts.signal?.aborted) throw aborted();
  const conn = await resolveConnection(opts);
  const locale = localeOf(opts);
  const record = usageRecorder(opts);

  if (conn.provider === "builtin") {
    const text = await offlineText(opts, locale);
    const usage = estimatedUsage(opts.messages, text);
    const latencyMs = elapsed(started);
    record({ provider: "builtin", model: BUILTIN_MODEL, ...usage, latencyMs, ok: true, fallback: false });
    return { text, provider: "builtin", model: BUILTIN_MODEL, usage, latencyMs };
  }

  const req = chatRequest(opts, conn);
  const deadline = new Deadline(opts.timeoutMs ?? cfg.timeoutMs, opts.signal);
  let answer: ChatAnswer;
  try {
    answer = await withRetries((signal) => chat(conn, req, signal), deadline, internal.maxRetries ?? cfg.maxRetries);
  } catch (err) {
    if (!(err instanceof ProviderFailure)) throw err;
    return fallBack(opts, conn, err.failure.reason, started, locale);
  } finally {
    deadline.dispose();
  }
  const usage = answer.usage ?? estimatedUsage(opts.messages, answer.text);
  const latencyMs = elapsed(started);
  record({ provider: "openai", model: answer.model, ...usage, latencyMs, ok: true, fallback: false });
  return { text: answer.text, provider: "openai", model: answer.model, usage, latencyMs };
}
