/**
 * lib/ai: the one way features talk to a language model.
 *
 *   complete({ feature, messages, actorId?, maxTokens?, temperature?, signal?, timeoutMs?, offline? })
 *     -> { text, provider, model, usage, latencyMs, fallback?: { reason } }
 *   stream(same options) -> async iterable of text tokens, plus `result` (a promise that never
 *     rejects: provider, model, usage, fallback | interrupted | cancelled) and `cancel()`.
 *   structured({ ...options, schema: zodSchema, offline? }) -> { data (validated), provider, ... }
 *
 * Providers: an OpenAI-compatible server (OPENAI_API_KEY / OPENAI_BASE_URL / AI_MODEL, or the
 * user's own settings in ai_user_config) and the built-in offline engine ("builtin", shown as
 * "Offline assistant"), which answers when nothing is configured and when the provider fails
 * (the result then carries `fallback.reason`). A feature passes `offline` to give its own
 * deterministic answer (a scripted question, a templated report) instead of the generic one.
 *
 * Calls have a deadline (AI_TIMEOUT_MS), retries with exponential backoff on 429/5xx/connection
 * errors (Retry-After respected), a max-token cap (AI_MAX_TOKENS), and a usage row each
 * (ai_usage), written in the background: `flushUsage()` waits for them, `usageSummary()` sums them.
 *
 * Untrusted text (resumes, vacancies, candidate messages) goes in through `fenceUntrusted`;
 * model Markdown goes out through `sanitizeMarkdown`.
 *
 * The built-in engine's parts are for features to fill with content: dialogue plans
 * (`nextTurn`), BM25 retrieval (`Bm25Index`, `rankPassages`), templates (`renderTemplate`).
 */
export { complete, stream, structured } from "./client";
export { flushUsage, usageSummary, type UsageSummaryRow } from "./usage";
export { fenceUntrusted, sanitizeMarkdown, unfence } from "./untrusted";
export { effectiveAiConfig, setUserAiConfig, publicDefaultConfig, type AiConfigPatch, type EffectiveAiConfig } from "./user-config";
export { testConnection, type ConnectionTest, type ConnectionOverride } from "./test-connection";
export {
  AiError,
  type AiStream,
  type CallOptions,
  type ChatMessage,
  type CompleteResult,
  type StreamResult,
  type StructuredOptions,
  type StructuredResult,
  type Fallback,
  type Locale,
  type OfflineContext,
  type ProviderName,
  type Usage,
} from "./types";
export {
  nextTurn,
  checkAnswer,
  Bm25Index,
  rankPassages,
  splitPassages,
  renderTemplate,
  registerTemplate,
  pluralForm,
  detectLocale,
  offlineReply,
  type Plan,
  type Slot,
  type Turn,
  type NextTurn,
  type Check,
  type Passage,
  type RankedPassage,
  type Facts,
  type Template,
} from "./builtin";
/** What the UI calls each provider. */
export const PROVIDER_LABEL = { openai: "AI provider", builtin: "Offline assistant" } as const;
