import type { z } from "zod";
import { DEFAULT_OPENAI_URL } from "./config";
import type { DefaultAiConfigResponse, TestConnectionResponse, UserAiConfigResponse } from "./schemas";
import type { ConnectionTest } from "./test-connection";
import type { EffectiveAiConfig, publicDefaultConfig } from "./user-config";

export function userAiConfigView(c: EffectiveAiConfig): z.input<typeof UserAiConfigResponse> {
  const openai = c.connection.provider === "openai";
  return {
    provider: c.connection.provider,
    base_url: !openai ? null : c.baseUrlFromUser ? c.connection.baseUrl! : new URL(c.connection.baseUrl ?? DEFAULT_OPENAI_URL).origin,
    model: c.connection.model,
    temperature: c.connection.temperature,
    has_api_key: c.hasApiKey,
    api_key_hint: c.apiKeyHint,
    source: c.source,
    updated_at: c.updatedAt?.toISOString() ?? null,
  };
}

export function defaultAiConfigView(c: ReturnType<typeof publicDefaultConfig>): z.input<typeof DefaultAiConfigResponse> {
  return { provider: c.provider, model: c.model, base_url_host: c.baseUrlHost, temperature: c.temperature, max_tokens: c.maxTokens };
}

export function connectionTestView(t: ConnectionTest): z.input<typeof TestConnectionResponse> {
  return { success: t.success, provider: t.provider, model: t.model, latency_ms: Math.round(t.latencyMs), message: t.message };
}
