import { db } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import { aiConfig, BUILTIN_MODEL, DEFAULT_OPENAI_URL } from "./config";
import { isPrivateHost } from "./providers/address-policy";
import { maskSecret, openSecret, sealSecret } from "./secret-box";
import type { Connection, ProviderName } from "./types";

/** The built-in defaults from the environment: OpenAI-compatible when a key or base URL is set. */
export function defaultConnection(): Connection {
  const c = aiConfig();
  const configured = Boolean(c.apiKey || c.baseUrl);
  return {
    provider: configured ? "openai" : "builtin",
    baseUrl: c.baseUrl,
    apiKey: c.apiKey,
    model: configured ? c.model : BUILTIN_MODEL,
    temperature: c.temperature,
  };
}

export interface EffectiveAiConfig {
  connection: Connection;
  source: "user" | "default";
  hasApiKey: boolean;
  apiKeyHint: string | null;
  /** True when the base URL is the user's own (shown in full); the server's is shown as its origin only. */
  baseUrlFromUser: boolean;
  updatedAt: Date | null;
}

interface Overrides {
  provider: string | null;
  baseUrl: string | null;
  model: string | null;
  apiKeyEncrypted: string | null;
  temperature: number | null;
  updatedAt: Date;
}

function merge(userId: string, row: Overrides | null): EffectiveAiConfig {
  const base = defaultConnection();
  const c = aiConfig();
  if (!row) {
    return { connection: base, source: "default", hasApiKey: Boolean(base.apiKey), apiKeyHint: null, baseUrlFromUser: false, updatedAt: null };
  }
  const userKey = row.apiKeyEncrypted ? openSecret(row.apiKeyEncrypted, userId) ?? undefined : undefined;
  // The server's key goes only to the server's endpoint: a user who points at their own URL
  // brings their own key (or none, for Ollama and the like).
  const baseUrl = row.baseUrl ?? c.baseUrl;
  const apiKey = row.baseUrl ? userKey : (userKey ?? c.apiKey);
  const reachable = Boolean(apiKey || baseUrl);
  const provider: ProviderName = row.provider === "builtin" || !reachable ? "builtin" : "openai";
  return {
    connection: {
      provider,
      baseUrl,
      apiKey: provider === "openai" ? apiKey : undefined,
      model: provider === "openai" ? (row.model ?? c.model) : BUILTIN_MODEL,
      temperature: row.temperature ?? c.temperature,
      baseUrlFromUser: Boolean(row.baseUrl),
    },
    source: "user",
    hasApiKey: Boolean(userKey) || (!row.baseUrl && Boolean(c.apiKey)),
    apiKeyHint: userKey ? maskSecret(userKey) : null,
    baseUrlFromUser: Boolean(row.baseUrl),
    updatedAt: row.updatedAt,
  };
}

const overridesSelect = {
  provider: true,
  baseUrl: true,
  model: true,
  apiKeyEncrypted: true,
  temperature: true,
  updatedAt: true,
} as const;

/** The connection AI calls for this user use: their overrides over the environment's defaults. */
export async function effectiveAiConfig(userId: string | null | undefined): Promise<EffectiveAiConfig> {
  if (!userId) return merge("", null);
  const row = await db().aiUserConfig.findUnique({ where: { userId }, select: overridesSelect });
  return merge(userId, row);
}

export async function effectiveConnection(userId: string | null | undefined): Promise<Connection> {
  return (await effectiveAiConfig(userId)).connection;
}

/**
 * A user-supplied base URL must be http(s) without credentials and, unless the operator allows
 * private addresses, must not name the server's own network. This is the early, readable refusal
 * of what the URL says; what a name resolves to is checked on every connection
 * (providers/guarded-fetch.ts), since DNS can answer differently later.
 */
export function assertAllowedBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw errors.validation("base_url must be an http(s) URL", { field: "base_url" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw errors.validation("base_url must be an http(s) URL", { field: "base_url" });
  if (url.username || url.password) throw errors.validation("base_url must not contain credentials", { field: "base_url" });
  if (!aiConfig().allowPrivateBaseUrls && isPrivateHost(url.hostname)) {
    throw errors.validation("base_url may not point to a private or local address", { field: "base_url" });
  }
  return url.toString().replace(/\/+$/, "");
}

/** Fields to change; `null` clears one (back to the default), an absent field stays as it is. */
export interface AiConfigPatch {
  provider?: ProviderName | null;
  baseUrl?: string | null;
  model?: string | null;
  temperature?: number | null;
  apiKey?: string | null;
}

export async function setUserAiConfig({ actor, patch }: { actor: { id: string; role: string }; patch: AiConfigPatch }): Promise<EffectiveAiConfig> {
  if (actor.role === "guest") throw errors.forbidden("Guests cannot change AI settings; register an account");
  const data: Partial<Omit<Overrides, "updatedAt">> = {};
  if (patch.provider !== undefined) data.provider = patch.provider;
  if (patch.baseUrl !== undefined) data.baseUrl = patch.baseUrl === null ? null : assertAllowedBaseUrl(patch.baseUrl);
  if (typeof data.baseUrl === "string" && patch.apiKey === undefined) await assertKeyMayFollow(actor.id, data.baseUrl);
  if (patch.model !== undefined) data.model = patch.model;
  if (patch.temperature !== undefined) data.temperature = patch.temperature;
  if (patch.apiKey !== undefined) data.apiKeyEncrypted = patch.apiKey === null ? null : sealSecret(patch.apiKey, actor.id);
  const row = await db().aiUserConfig.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, ...data },
    update: data,
    select: overridesSelect,
  });
  // Every field back to default: forget the row, so the settings read as the defaults again.
  if (row.provider === null && row.baseUrl === null && row.model === null && row.apiKeyEncrypted === null && row.temperature === null) {
    await db().aiUserConfig.delete({ where: { userId: actor.id } });
    return merge(actor.id, null);
  }
  return merge(actor.id, row);
}

/**
 * A saved key is sent only to the URL it was saved with: moving it to a new base URL takes the key
 * again (or api_key: null to go without one), so whoever holds a session cannot point the saved
 * key at a server of theirs.
 */
async function assertKeyMayFollow(userId: string, newBaseUrl: string) {
  const saved = await db().aiUserConfig.findUnique({ where: { userId }, select: { baseUrl: true, apiKeyEncrypted: true } });
  if (!saved?.apiKeyEncrypted || saved.baseUrl === newBaseUrl) return;
  throw errors.validation("Changing base_url requires the API key again: send api_key (or api_key: null to use none)", { field: "api_key" });
}

/** The environment's default, safe to show anyone: no key, only the host of the base URL. */
export function publicDefaultConfig() {
  const conn = defaultConnection();
  return {
    provider: conn.provider,
    model: conn.model,
    baseUrlHost: conn.provider === "openai" ? new URL(conn.baseUrl ?? DEFAULT_OPENAI_URL).host : null,
    temperature: conn.temperature,
    maxTokens: aiConfig().maxTokens,
  };
}
