import { z } from "zod";
import { aiConfig, BUILTIN_MODEL } from "./config";
import { aborted, Deadline, elapsed } from "./deadline";
import { failedCall, fallbackAllowed, shownReason } from "./fallback";
import { chat, type ChatAnswer, type ChatRequest } from "./providers/openai";
import { chatRequest, localeOf, resolveConnection } from "./providers/resolve";
import { describeFailure, ProviderFailure, withRetries } from "./retry";
import { AiError, type ChatMessage, type OfflineContext, type StructuredOptions, type StructuredResult, type Usage } from "./types";
import { promptTokens, usageRecorder } from "./usage";
import { estimateTokens } from "./builtin/offline";

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
  const conn = await resolveConnection(opts);
  const locale = localeOf(opts);
  const record = usageRecorder(opts);

  const offline = async (reason?: string): Promise<StructuredResult<z.output<S>>> => {
    if (!opts.offline) throw new AiError(reason ?? "unavailable", reason ? describeFailure(reason) : "No AI provider is configured for this feature");
    const ctx: OfflineContext = { messages: opts.messages, locale, ...(reason ? { fallback: { reason } } : {}) };
    const data = opts.schema.parse(await opts.offline(ctx));
    const usage = { tokensIn: 0, tokensOut: 0 };
    return { data, text: "", provider: "builtin", model: BUILTIN_MODEL, usage, latencyMs: elapsed(started), ...(reason ? { fallback: { reason } } : {}) };
  };

  if (conn.provider === "builtin") {
    const res = await offline();
    record({ provider: "builtin", model: BUILTIN_MODEL, tokensIn: 0, tokensOut: 0, latencyMs: res.latencyMs, ok: true, fallback: false });
    return res;
  }

  const schema = jsonSchemaOf(opts.schema);
  const name = (opts.schemaName ?? opts.feature).replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64) || "answer";
  let useSchema = cfg.jsonSchema;
  const baseReq = chatRequest(opts, conn);
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
      record({ provider: "openai", model, ...usage, latencyMs, ok: true, fallback: false });
      return { data: parsed.data, text, provider: "openai", model, usage, latencyMs };
    }
    failure = "invalid_output";
  } catch (err) {
    if (!(err instanceof ProviderFailure)) throw err;
    failure = err.failure.reason;
  } finally {
    deadline.dispose();
  }
  const reason = shownReason(conn, failure);
  const allowed = fallbackAllowed(opts) && Boolean(opts.offline);
  record({ provider: "openai", model, ...usage, latencyMs: elapsed(started), ok: false, fallback: allowed });
  if (!allowed) throw failedCall(reason);
  return offline(reason);
}
