import { z } from "zod";
import { estimateTokens, offlineReply } from "./builtin/offline";
import { detectLocale } from "./builtin/text";
import { aiConfig, BUILTIN_MODEL } from "./config";
import { chat, chatStream, type ChatAnswer, type ChatRequest, type StreamEvent } from "./providers/openai";
import { backoffMs, classify, DeadlineError, describeFailure, sleep, type Failure } from "./retry";
import {
  AiError,
  type AiStream,
  type CallOptions,
  type ChatMessage,
  type CompleteResult,
  type Connection,
  type Locale,
  type OfflineContext,
  type StreamResult,
  type StructuredOptions,
  type StructuredResult,
  type Usage,
} from "./types";
import { recordUsage } from "./usage";
import { effectiveConnection } from "./user-config";

/** Internal knobs not on the public options (test-connection wants a single quick try). */
interface Internal {
  maxRetries?: number;
}

/** The call's deadline: fires after `ms` (re-armable for streams) or when the caller aborts. */
class Deadline {
  private readonly controller = new AbortController();
  private timer?: NodeJS.Timeout;
  private endsAt = 0;
  fired = false;

  constructor(
    private readonly ms: number,
    private readonly caller?: AbortSignal,
  ) {
    if (caller?.aborted) this.controller.abort(caller.reason);
    else caller?.addEventListener("abort", this.onCallerAbort, { once: true });
    this.arm();
  }

  private onCallerAbort = () => this.controller.abort(this.caller?.reason);

  get signal() {
    return this.controller.signal;
  }

  get remainingMs() {
    return this.endsAt - performance.now();
  }

  get callerAborted() {
    return Boolean(this.caller?.aborted);
  }

  arm() {
    clearTimeout(this.timer);
    this.endsAt = performance.now() + this.ms;
    this.timer = setTimeout(() => {
      this.fired = true;
      this.controller.abort(new DeadlineError());
    }, this.ms);
  }

  dispose() {
    clearTimeout(this.timer);
    this.caller?.removeEventListener("abort", this.onCallerAbort);
  }
}

class ProviderFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.reason);
  }
}

const aborted = () => new AiError("aborted", "The AI call was cancelled");

function failureOf(err: unknown, deadline: Deadline): Failure {
  if (err instanceof ProviderFailure) return err.failure;
  if (deadline.fired) return { reason: "timeout", retryable: false };
  return classify(err);
}

/**
 * Runs `attempt` until it succeeds, a failure is not worth retrying, retries run out, or the
 * wait (Retry-After or backoff) would not fit the deadline. Throws ProviderFailure or, when the
 * caller aborted, AiError("aborted").
 */
async function withRetries<T>(attempt: (signal: AbortSignal) => Promise<T>, deadline: Deadline, maxRetries: number): Promise<T> {
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

function lastUserText(messages: ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].role === "user") return messages[i].content;
  return "";
}

function localeOf(opts: CallOptions): Locale {
  return opts.locale ?? detectLocale(lastUserText(opts.messages) || opts.messages.map((m) => m.content).join(" "));
}

function request(opts: CallOptions, conn: Connection): ChatRequest {
  const cap = aiConfig().maxTokens;
  return {
    messages: opts.messages,
    // The cap is a cost limit: callers may ask for less, never more.
    maxTokens: Math.max(1, Math.min(opts.maxTokens ?? cap, cap)),
    temperature: opts.temperature ?? conn.temperature,
  };
}

function promptTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + estimateTokens(m.content) + 4, 0);
}

async function offlineText(opts: CallOptions, locale: Locale, fallbackReason?: string): Promise<string> {
  const ctx: OfflineContext = { messages: opts.messages, locale, ...(fallbackReason ? { fallback: { reason: fallbackReason } } : {}) };
  if (opts.offline) return opts.offline(ctx);
  return offlineReply(opts.messages, { locale, fallbackReason });
}

const elapsed = (started: number) => Math.round(performance.now() - started);

/** One answer, whole. Falls back to the built-in engine when the provider fails (unless told not to). */
export async function complete(opts: CallOptions): Promise<CompleteResult> {
  return runComplete(opts, {});
}

export async function runComplete(opts: CallOptions, internal: Internal): Promise<CompleteResult> {
  const started = performance.now();
  const cfg = aiConfig();
  if (opts.signal?.aborted) throw aborted();
  const conn = opts.connection ?? (await effectiveConnection(opts.actorId));
  const locale = localeOf(opts);
  const base = { userId: opts.actorId ?? null, feature: opts.feature };

  if (conn.provider === "builtin") {
    const text = await offlineText(opts, locale);
    const usage = { tokensIn: promptTokens(opts.messages), tokensOut: estimateTokens(text) };
    const latencyMs = elapsed(started);
    recordUsage({ ...base, provider: "builtin", model: BUILTIN_MODEL, ...usage, latencyMs, ok: true, fallback: false });
    return { text, provider: "builtin", model: BUILTIN_MODEL, usage, latencyMs };
  }

  const req = request(opts, conn);
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
  const usage = answer.usage ?? { tokensIn: promptTokens(opts.messages), tokensOut: estimateTokens(answer.text) };
  const latencyMs = elapsed(started);
  recordUsage({ ...base, provider: "openai", model: answer.model, ...usage, latencyMs, ok: true, fallback: false });
  return { text: answer.text, provider: "openai", model: answer.model, usage, latencyMs };
}

async function fallBack(opts: CallOptions, conn: Connection, reason: string, started: number, locale: Locale): Promise<CompleteResult> {
  const allowed = opts.allowFallback !== false;
  recordUsage({
    userId: opts.actorId ?? null, feature: opts.feature, provider: "openai", model: conn.model,
    tokensIn: 0, tokensOut: 0, latencyMs: elapsed(started), ok: false, fallback: allowed,
  });
  if (!allowed) throw new AiError(reason, describeFailure(reason));
  const text = await offlineText(opts, locale, reason);
  const usage = { tokensIn: 0, tokensOut: 0 };
  return { text, provider: "builtin", model: BUILTIN_MODEL, usage, latencyMs: elapsed(started), fallback: { reason } };
}

/** Cuts the built-in engine's text into word-sized tokens, so a stream of it looks like any other. */
function wordTokens(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

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

  async function* run(): AsyncGenerator<string, void, undefined> {
    const started = performance.now();
    const base = { userId: opts.actorId ?? null, feature: opts.feature };
    let final: StreamResult | undefined;
    let text = "";
    let conn: Connection | undefined;
    let usage: Usage | undefined;
    let model: string | undefined;
    try {
      if (signal.aborted) return;
      conn = opts.connection ?? (await effectiveConnection(opts.actorId));
      const locale = localeOf(opts);

      if (conn.provider === "builtin") {
        const offline = await offlineText(opts, locale);
        for (const token of wordTokens(offline)) {
          if (signal.aborted) return;
          text += token;
          yield token;
        }
        usage = { tokensIn: promptTokens(opts.messages), tokensOut: estimateTokens(offline) };
        final = { text, provider: "builtin", model: BUILTIN_MODEL, usage, latencyMs: elapsed(started) };
        recordUsage({ ...base, provider: "builtin", model: BUILTIN_MODEL, ...usage, latencyMs: final.latencyMs, ok: true, fallback: false });
        return;
      }

      const req = request(opts, conn);
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
              usage ??= { tokensIn: promptTokens(opts.messages), tokensOut: estimateTokens(text) };
              recordUsage({ ...base, provider: "openai", model: model ?? conn.model, ...usage, latencyMs, ok: false, fallback: false });
              final = { text, provider: "openai", model: model ?? conn.model, usage, latencyMs, interrupted: { reason: failure.reason } };
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
            const reason = deadline.fired ? "timeout" : failure.reason;
            const allowed = opts.allowFallback !== false;
            recordUsage({ ...base, provider: "openai", model: conn.model, tokensIn: 0, tokensOut: 0, latencyMs: elapsed(started), ok: false, fallback: allowed });
            if (!allowed) {
              final = { text: "", provider: "openai", model: conn.model, usage: { tokensIn: 0, tokensOut: 0 }, latencyMs: elapsed(started), interrupted: { reason } };
              throw new AiError(reason, describeFailure(reason));
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
      usage ??= { tokensIn: promptTokens(opts.messages), tokensOut: estimateTokens(text) };
      final = { text, provider: "openai", model: model ?? conn.model, usage, latencyMs: elapsed(started) };
      recordUsage({ ...base, provider: "openai", model: final.model, ...usage, latencyMs: final.latencyMs, ok: true, fallback: false });
    } finally {
      if (!final) {
        // Left early: the consumer cancelled (signal, cancel() or return()).
        const provider = conn?.provider ?? "builtin";
        const m = model ?? conn?.model ?? BUILTIN_MODEL;
        usage ??= { tokensIn: promptTokens(opts.messages), tokensOut: estimateTokens(text) };
        final = { text, provider, model: m, usage, latencyMs: elapsed(started), cancelled: true };
        if (conn) recordUsage({ ...base, provider, model: m, ...usage, latencyMs: final.latencyMs, ok: true, fallback: false });
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

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function instructions(schema: Record<string, unknown>): ChatMessage {
  return {
    role: "system",
    content: `Answer with a single JSON value and nothing else (no prose, no code fences). It must match this JSON Schema:\n${JSON.stringify(schema)}`,
  };
}

function parseOutput<S extends z.ZodType>(text: string, schema: S): { ok: true; data: z.output<S> } | { ok: false; problem: string } {
  const unfenced = text.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i, "$1");
  const start = unfenced.search(/[[{]/);
  const end = Math.max(unfenced.lastIndexOf("}"), unfenced.lastIndexOf("]"));
  let value: unknown;
  try {
    value = JSON.parse(start >= 0 && end > start ? unfenced.slice(start, end + 1) : unfenced);
  } catch (err) {
    return { ok: false, problem: `not valid JSON (${(err as Error).message})` };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, problem: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ") };
}

/**
 * An answer as data validated by a zod schema. Uses response_format json_schema where the
 * provider supports it (AI_JSON_SCHEMA), else instructions; invalid output gets one repair
 * request. Without a provider, or when it fails, the feature's `offline` builder answers; with
 * no builder that is an AiError.
 */
export async function structured<S extends z.ZodType>(opts: StructuredOptions<S>): Promise<StructuredResult<z.output<S>>> {
  const started = performance.now();
  const cfg = aiConfig();
  if (opts.signal?.aborted) throw aborted();
  const conn = opts.connection ?? (await effectiveConnection(opts.actorId));
  const locale = localeOf(opts as CallOptions);
  const base = { userId: opts.actorId ?? null, feature: opts.feature };

  const offline = async (reason?: string): Promise<StructuredResult<z.output<S>>> => {
    if (!opts.offline) throw new AiError(reason ?? "unavailable", reason ? describeFailure(reason) : "No AI provider is configured for this feature");
    const ctx: OfflineContext = { messages: opts.messages, locale, ...(reason ? { fallback: { reason } } : {}) };
    const data = opts.schema.parse(await opts.offline(ctx));
    const usage = { tokensIn: 0, tokensOut: 0 };
    return { data, text: "", provider: "builtin", model: BUILTIN_MODEL, usage, latencyMs: elapsed(started), ...(reason ? { fallback: { reason } } : {}) };
  };

  if (conn.provider === "builtin") {
    const res = await offline();
    recordUsage({ ...base, provider: "builtin", model: BUILTIN_MODEL, tokensIn: 0, tokensOut: 0, latencyMs: res.latencyMs, ok: true, fallback: false });
    return res;
  }

  const schema = jsonSchemaOf(opts.schema);
  const name = (opts.schemaName ?? opts.feature).replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64) || "answer";
  let useSchema = cfg.jsonSchema;
  const baseReq = request(opts as CallOptions, conn);
  const usage: Usage = { tokensIn: 0, tokensOut: 0 };
  let model = conn.model;
  const deadline = new Deadline(opts.timeoutMs ?? cfg.timeoutMs, opts.signal);

  const ask = async (messages: ChatMessage[]): Promise<string> => {
    const req: ChatRequest = useSchema
      ? { ...baseReq, messages, jsonSchema: { name, schema } }
      : { ...baseReq, messages: [...messages, instructions(schema)] };
    let answer: ChatAnswer;
    try {
      answer = await withRetries((signal) => chat(conn, req, signal), deadline, cfg.maxRetries);
    } catch (err) {
      // A server that does not know response_format json_schema says 400: ask again with instructions.
      if (useSchema && err instanceof ProviderFailure && err.failure.reason === "http_400") {
        useSchema = false;
        return ask(messages);
      }
      throw err;
    }
    model = answer.model;
    usage.tokensIn += answer.usage?.tokensIn ?? promptTokens(req.messages);
    usage.tokensOut += answer.usage?.tokensOut ?? estimateTokens(answer.text);
    return answer.text;
  };

  let failure: string;
  try {
    const first = await ask(opts.messages);
    let parsed = parseOutput(first, opts.schema);
    let text = first;
    if (!parsed.ok) {
      text = await ask([
        ...opts.messages,
        { role: "assistant", content: first },
        { role: "user", content: `That answer was not valid: ${parsed.problem}. Reply again with only the corrected JSON.` },
      ]);
      parsed = parseOutput(text, opts.schema);
    }
    if (parsed.ok) {
      const latencyMs = elapsed(started);
      recordUsage({ ...base, provider: "openai", model, ...usage, latencyMs, ok: true, fallback: false });
      return { data: parsed.data, text, provider: "openai", model, usage, latencyMs };
    }
    failure = "invalid_output";
  } catch (err) {
    if (!(err instanceof ProviderFailure)) throw err;
    failure = err.failure.reason;
  } finally {
    deadline.dispose();
  }
  const allowed = opts.allowFallback !== false && Boolean(opts.offline);
  recordUsage({ ...base, provider: "openai", model, ...usage, latencyMs: elapsed(started), ok: false, fallback: allowed });
  if (!allowed) throw new AiError(failure, describeFailure(failure));
  return offline(failure);
}
