import { errors } from "@/lib/http/errors";
import { runComplete } from "./complete";
import { aiConfig } from "./config";
import { describeFailure } from "./retry";
import { AiError, type Connection } from "./types";
import { assertAllowedBaseUrl, effectiveAiConfig } from "./user-config";

export interface ConnectionOverride {
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  temperature?: number;
}

export interface ConnectionTest {
  success: boolean;
  provider: "openai" | "builtin";
  model: string;
  latencyMs: number;
  message: string;
}

const UNREACHABLE = "No working AI provider answered at this base URL with these settings";

/**
 * Sends a tiny completion with the caller's effective connection, or with one given to try
 * before saving it (registered users only: it makes the server call a URL of their choosing).
 * Failure is an answer (`success: false` and why), not an error.
 */
export async function testConnection({ actor, override }: { actor: { id: string; role: string }; override?: ConnectionOverride }): Promise<ConnectionTest> {
  const effective = await effectiveAiConfig(actor.id);
  let conn: Connection = effective.connection;
  const hasOverride = override && Object.values(override).some((v) => v !== undefined);
  if (hasOverride) {
    if (actor.role === "guest") throw errors.forbidden("Guests cannot test their own AI settings; register an account");
    const newUrl = override.baseUrl !== undefined;
    const baseUrl = newUrl ? assertAllowedBaseUrl(override.baseUrl!) : conn.baseUrl ?? aiConfig().baseUrl;
    const baseUrlFromUser = newUrl || effective.baseUrlFromUser;
    // Never send the saved key to a URL given just now, nor the server's key to any user's URL.
    const savedKey = newUrl ? undefined : baseUrlFromUser ? conn.apiKey : conn.apiKey ?? aiConfig().apiKey;
    conn = {
      provider: "openai",
      baseUrl,
      apiKey: override.apiKey ?? savedKey,
      model: override.model ?? (conn.provider === "openai" ? conn.model : aiConfig().model),
      temperature: override.temperature ?? conn.temperature,
      baseUrlFromUser,
    };
  }
  if (conn.provider === "builtin") {
    return { success: true, provider: "builtin", model: conn.model, latencyMs: 0, message: "No AI provider is configured: the offline assistant answers" };
  }
  try {
    const res = await runComplete(
      {
        feature: "test-connection",
        actorId: actor.id,
        connection: conn,
        messages: [{ role: "user", content: "Reply with the single word: pong" }],
        maxTokens: 5,
        temperature: 0,
        timeoutMs: Math.min(aiConfig().timeoutMs, 15_000),
        allowFallback: false,
      },
      { maxRetries: 0 },
    );
    return { success: true, provider: "openai", model: res.model, latencyMs: res.latencyMs, message: "Connected" };
  } catch (err) {
    if (!(err instanceof AiError)) throw err;
    // On a user's URL, refused, unreachable, slow and erroring servers all read the same: the
    // answer must not tell open ports and live hosts apart. The operator's endpoint may say why.
    const message = conn.baseUrlFromUser ? UNREACHABLE : `${describeFailure(err.reason)} (${err.reason})`;
    return { success: false, provider: "openai", model: conn.model, latencyMs: 0, message };
  }
}
