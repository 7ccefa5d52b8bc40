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
 * Files: complete.ts, stream.ts, structured.ts (the three calls); providers/resolve.ts (which
 * connection answers and what it is asked); retry.ts (the provider loop); fallback.ts (the
 * built-in engine's answer when the provider fails); usage.ts (the usage row); providers/openai.ts
 * and providers/guarded-fetch.ts (the SDK, and the network guard for users' own base URLs).
 *
 * Untrusted text (resumes, vacancies, candidate messages) goes in through `fenceUntrusted`;
 * model Markdown goes out through `sanitizeMarkdown`.
 *
 * The built-in engine's parts are for features to fill with content: dialogue plans
 * (`nextTurn`), BM25 retrieval (`Bm25Index`, `rankPassages`), templates (`renderTemplate`).
 */
export { complete } from "./complete";
export { stream } from "./stream";
export { structured } from "./structured";
// The pieces the three calls are made of, for features that run their own loop (the tutor, the
// resume builder): which provider answers, the retry loop, the fallback, the usage row.
export { resolveConnection, chatRequest, localeOf } from "./providers/resolve";
export { withRetries, ProviderFailure, describeFailure } from "./retry";
export { Deadline } from "./deadline";
export { fallBack, offlineText, shownReason, wordTokens } from "./fallback";
export { flushUsage, usageSummary, usageRecorder, estimatedUsage, type UsageSummaryRow } from "./usage";
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
