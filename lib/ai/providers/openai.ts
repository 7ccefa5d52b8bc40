import OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionCreateParamsStreaming } from "openai/resources/chat/completions";
import { aiConfig, DEFAULT_OPENAI_URL } from "../config";
import type { ChatMessage, Connection, Usage } from "../types";
import { guardedFetch } from "./guarded-fetch";

/**
 * The OpenAI-compatible provider: OpenAI, OpenRouter, Ollama, vLLM. Retries and timeouts are
 * ours (lib/ai/retry.ts), so the SDK's are off; every request takes an AbortSignal.
 */
export interface ChatRequest {
  messages: ChatMessage[];
  maxTokens: number;
  temperature: number;
  /** JSON schema for response_format, when the caller wants structured output. */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
}

// One SDK client per (base URL, key): clients hold connection pools worth reusing.
const clients = new Map<string, OpenAI>();
const MAX_CLIENTS = 50;

// Users' own base URLs go through one guarded connection pool (public addresses only, no redirects).
let userFetch: typeof fetch | undefined;

function clientFor(conn: Connection): OpenAI {
  const baseURL = conn.baseUrl ?? DEFAULT_OPENAI_URL;
  const fromUser = Boolean(conn.baseUrlFromUser);
  const key = `${fromUser ? "user" : "operator"}\u0000${baseURL}\u0000${conn.apiKey ?? ""}`;
  let client = clients.get(key);
  if (!client) {
    if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
    client = new OpenAI({
      // Always explicit: the SDK would otherwise read OPENAI_API_KEY / OPENAI_BASE_URL itself and
      // could send the server's key to a user's own endpoint. Keyless servers (Ollama) get a placeholder.
      apiKey: conn.apiKey || "no-key",
      baseURL,
      organization: null,
      project: null,
      maxRetries: 0,
      // Our AbortSignal enforces the deadline; this is only a backstop.
      timeout: 10 * 60 * 1000,
      ...(fromUser ? { fetch: (userFetch ??= guardedFetch({ allowPrivate: aiConfig().allowPrivateBaseUrls })) } : {}),
    });
    clients.set(key, client);
  }
  return client;
}

function body(conn: Connection, req: ChatRequest) {
  return {
    model: conn.model,
    messages: req.messages.map((m) => ({ role: m.role, content: m.content })),
    max_tokens: req.maxTokens,
    temperature: req.temperature,
    ...(req.jsonSchema
      ? { response_format: { type: "json_schema" as const, json_schema: { name: req.jsonSchema.name, schema: req.jsonSchema.schema, strict: false } } }
      : {}),
  };
}

export interface ChatAnswer {
  text: string;
  model: string;
  usage?: Usage;
}

export async function chat(conn: Connection, req: ChatRequest, signal: AbortSignal): Promise<ChatAnswer> {
  const params: ChatCompletionCreateParamsNonStreaming = body(conn, req);
  const res = await clientFor(conn).chat.completions.create(params, { signal });
  return {
    text: res.choices[0]?.message?.content ?? "",
    model: res.model || conn.model,
    usage: res.usage ? { tokensIn: res.usage.prompt_tokens, tokensOut: res.usage.completion_tokens } : undefined,
  };
}

export type StreamEvent = { type: "token"; text: string } | { type: "usage"; usage: Usage; model?: string };

/** Opens a streamed completion; resolves once the server has answered with a status (so 429/5xx throw here). */
export async function chatStream(conn: Connection, req: ChatRequest, signal: AbortSignal): Promise<AsyncIterable<StreamEvent>> {
  const params: ChatCompletionCreateParamsStreaming = { ...body(conn, req), stream: true, stream_options: { include_usage: true } };
  const stream = await clientFor(conn).chat.completions.create(params, { signal });
  return (async function* () {
    for await (const chunk of stream) {
      const text = chunk.choices[0]?.delta?.content;
      if (text) yield { type: "token", text } as const;
      if (chunk.usage) {
        yield { type: "usage", usage: { tokensIn: chunk.usage.prompt_tokens, tokensOut: chunk.usage.completion_tokens }, model: chunk.model } as const;
      }
    }
  })();
}
