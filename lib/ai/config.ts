import { z } from "zod";
import { config } from "@/lib/config";

// The AI environment, parsed once at first use (not at import, so tests and tools can set the
// environment first). Everything in lib/ai reads it through `aiConfig()`.
const AiEnvSchema = z.object({
  OPENAI_API_KEY: z.string().trim().optional(),
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  AI_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  AI_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  AI_MAX_TOKENS: z.coerce.number().int().positive().default(1024),
  AI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  AI_RETRY_BASE_MS: z.coerce.number().int().min(0).default(250),
  // Longest Retry-After we are willing to wait; longer means "fall back now".
  AI_RETRY_MAX_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
  AI_TEMPERATURE: z.coerce.number().min(0).max(2).default(0.7),
  // Not every OpenAI-compatible server understands response_format json_schema (older Ollama, vLLM).
  AI_JSON_SCHEMA: z.enum(["on", "off"]).default("on"),
});

function load() {
  const env = AiEnvSchema.parse({
    ...process.env,
    // An empty variable in a .env file means "not set".
    OPENAI_API_KEY: process.env.OPENAI_API_KEY || undefined,
    OPENAI_BASE_URL: process.env.OPENAI_BASE_URL || undefined,
    AI_MODEL: process.env.AI_MODEL || undefined,
  });
  return {
    apiKey: env.OPENAI_API_KEY,
    baseUrl: env.OPENAI_BASE_URL?.replace(/\/+$/, ""),
    model: env.AI_MODEL,
    timeoutMs: env.AI_TIMEOUT_MS,
    maxTokens: env.AI_MAX_TOKENS,
    maxRetries: env.AI_MAX_RETRIES,
    retryBaseMs: env.AI_RETRY_BASE_MS,
    retryMaxWaitMs: env.AI_RETRY_MAX_WAIT_MS,
    temperature: env.AI_TEMPERATURE,
    jsonSchema: env.AI_JSON_SCHEMA === "on",
    // Users' base URLs only: see AI_ALLOW_PRIVATE_BASE_URLS in lib/config.
    allowPrivateBaseUrls: config.ai.allowPrivateBaseUrls,
  };
}

export type AiConfig = ReturnType<typeof load>;

let cached: AiConfig | undefined;
export function aiConfig(): AiConfig {
  return (cached ??= load());
}

/** The built-in engine's model name, shown next to provider "builtin". */
export const BUILTIN_MODEL = "offline-v1";
export const DEFAULT_OPENAI_URL = "https://api.openai.com/v1";
