import { z } from "zod";

// Seed 002's AI settings, snake_case on the wire.
const Provider = z.enum(["openai", "builtin"]);
const BaseUrl = z.url({ protocol: /^https?$/, error: "base_url must be an http(s) URL" }).max(500);
const Model = z.string().trim().min(1).max(200);
const Temperature = z.number().min(0).max(2);
const ApiKey = z.string().trim().min(1).max(500);

export const UserAiConfigResponse = z.object({
  provider: Provider,
  base_url: z.string().nullable(),
  model: z.string(),
  temperature: z.number(),
  has_api_key: z.boolean(),
  /** A masked hint of the user's own key ("sk-…abcd"); never the key. */
  api_key_hint: z.string().nullable(),
  source: z.enum(["user", "default"]),
  updated_at: z.iso.datetime().nullable(),
});

/** Absent: unchanged; null: back to the default. */
export const UserAiConfigBody = z.object({
  provider: Provider.nullable().optional(),
  base_url: BaseUrl.nullable().optional(),
  model: Model.nullable().optional(),
  temperature: Temperature.nullable().optional(),
  api_key: ApiKey.nullable().optional(),
});

export const DefaultAiConfigResponse = z.object({
  provider: Provider,
  model: z.string(),
  /** Only the host, so the page can say "api.openai.com" without revealing more. */
  base_url_host: z.string().nullable(),
  temperature: z.number(),
  max_tokens: z.number().int(),
});

export const TestConnectionBody = z
  .object({
    base_url: BaseUrl.optional(),
    model: Model.optional(),
    api_key: ApiKey.optional(),
    temperature: Temperature.optional(),
  })
  .optional();

export const TestConnectionResponse = z.object({
  success: z.boolean(),
  provider: Provider,
  model: z.string(),
  latency_ms: z.number().int(),
  message: z.string(),
});
