import { aiConfig, BUILTIN_MODEL } from "./config";
import { Deadline, elapsed } from "./deadline";
import { failedCall, fallbackAllowed, offlineText, shownReason, wordTokens } from "./fallback";
import { chatStream, type StreamEvent } from "./providers/openai";
import { chatRequest, localeOf, resolveConnection } from "./providers/resolve";
import { backoffMs, describeFailure, failureOf, sleep } from "./retry";
import { AiError, type AiStream, type CallOptions, type Connection, type StreamResult, type Usage } from "./types";
import { estimatedUsage, usageRecorder } from "./usage";

/**
 * A streamed answer: iterate it for tokens in order, then read `result`. Cancel with the
 * caller's AbortSignal, `cancel()`, or by leaving the loop (`return()`).
 * Failures before the first token are retried, then fall back to the built-in engine (whose
 * text is streamed instead). A failure after tokens were delivered cannot be undone: the
 * iterator throws AiError("interrupted", partialText) and `result.interrupted` says why.
 */
export function stream(opts: CallOptions): AiStream {
  const cfg = aiConfig();
  const cancelController = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, cancelController.signal]) : cancelController.signal;
  let settle!: (r: StreamResult) => void;
  const result = new Promise<StreamResult>((resolve) => (settle = resolve));
  const record = usageRecorder(opts);

  async function* run(): AsyncGenerator<string, void, undefined> {
    const started = performance.now();
    let final: StreamResult | undefined;
    let text = "";
    let conn: Connection | undefined;
    let usage: Usage | undefined;
    let model: string | undefined;
    try {
      if (signal.aborted) return;
      conn = await resolveConnection(opts);
      const locale = localeOf(opts);

      if (conn.provider === "builtin") {
        const offline = await offlineText(opts, locale);
        for (const token of wordTokens(offline)) {
          if (signal.aborted) return;
          text += token;
          yield token;
        }
        usage = estimatedUsage(opts.messages, offline);
        final = { text, provider: "builtin", model: BUILTIN_MODEL, usage, latencyMs: elapsed(started) };
        record({ provider: "builtin", model: BUILTIN_MODEL, ...usage, latencyMs: final.latencyMs, ok: true, fallback: false });
        return;
      }

      const req = chatRequest(opts, conn);
      const timeoutMs = opts.timeoutMs ?? cfg.timeoutMs;
      // Until the first token the deadline covers opening and retries; after it, each gap between tokens.
      const deadline = new Deadline(timeoutMs, signal);
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            const events: AsyncIterable<StreamEvent> = await chatStream(conn, req, deadline.signal);
            for await (const ev of events) {
              if (ev.type === "usage") {
                usage = ev.usage;
                model = ev.model || model;
                continue;
              }
              deadline.arm();
              text += ev.text;
              yield ev.text;
              deadline.arm();
            }
            break;
          } catch (err) {
            if (signal.aborted) return;
            const failure = failureOf(err, deadline);
            if (text) {
              const latencyMs = elapsed(started);
              usage ??= estimatedUsage(opts.messages, text);
              record({ provider: "openai", model: model ?? conn.model, ...usage, latencyMs, ok: false, fallback: false });
              final = { text, provider: "openai", model: model ?? conn.model, usage, latencyMs, interrupted: { reason: shownReason(conn, failure.reason) } };
              throw new AiError("interrupted", describeFailure("interrupted"), text);
            }
            const wait = failure.retryAfterMs ?? backoffMs(attempt, cfg.retryBaseMs);
            if (failure.retryable && attempt < cfg.maxRetries && wait <= cfg.retryMaxWaitMs && wait < deadline.remainingMs) {
              try {
                await sleep(wait, deadline.signal);
                continue;
              } catch {
                if (signal.aborted) return;
              }
            }
            const reason = shownReason(conn, deadline.fired ? "timeout" : failure.reason);
            const allowed = fallbackAllowed(opts);
            record({ provider: "openai", model: conn.model, tokensIn: 0, tokensOut: 0, latencyMs: elapsed(started), ok: false, fallback: allowed });
            if (!allowed) {
              final = { text: "", provider: "openai", model: conn.model, usage: { tokensIn: 0, tokensOut: 0 }, latencyMs: elapsed(started), interrupted: { reason } };
              throw failedCall(reason);
            }
            const offline = await offlineText(opts, locale, reason);
            for (const token of wordTokens(offline)) {
              if (signal.aborted) return;
              text += token;
              yield token;
            }
            final = { text, provider: "builtin", model: BUILTIN_MODEL, usage: { tokensIn: 0, tokensOut: 0 }, latencyMs: elapsed(started), fallback: { reason } };
            return;
          }
        }
      } finally {
        deadline.dispose();
      }
      usage ??= estimatedUsage(opts.messages, text);
      final = { text, provider: "openai", model: model ?? conn.model, usage, latencyMs: elapsed(started) };
      record({ provider: "openai", model: final.model, ...usage, latencyMs: final.latencyMs, ok: true, fallback: false });
    } finally {
      if (!final) {
        // Left early: the consumer cancelled (signal, cancel() or return()).
        const provider = conn?.provider ?? "builtin";
        const m = model ?? conn?.model ?? BUILTIN_MODEL;
        usage ??= estimatedUsage(opts.messages, text);
        final = { text, provider, model: m, usage, latencyMs: elapsed(started), cancelled: true };
        if (conn) record({ provider, model: m, ...usage, latencyMs: final.latencyMs, ok: true, fallback: false });
      }
      cancelController.abort();
      settle(final);
    }
  }

  const generator = run();
  return {
    [Symbol.asyncIterator]: () => generator,
    result,
    cancel() {
      cancelController.abort();
    },
  };
}
