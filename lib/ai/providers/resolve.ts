import { detectLocale } from "../builtin/text";
import { aiConfig } from "../config";
import type { CallOptions, ChatMessage, Connection, Locale } from "../types";
import { effectiveConnection } from "../user-config";
import type { ChatRequest } from "./openai";

/** Which provider answers this call: the one given (test-connection), else the actor's effective one. */
export async function resolveConnection(opts: Pick<CallOptions, "connection" | "actorId">): Promise<Connection> {
  return opts.connection ?? (await effectiveConnection(opts.actorId));
}

/** What the provider is asked: the messages, within the operator's token cap. */
export function chatRequest(opts: Pick<CallOptions, "messages" | "maxTokens" | "temperature">, conn: Connection): ChatRequest {
  const cap = aiConfig().maxTokens;
  return {
    messages: opts.messages,
    // The cap is a cost limit: callers may ask for less, never more.
    maxTokens: Math.max(1, Math.min(opts.maxTokens ?? cap, cap)),
    temperature: opts.temperature ?? conn.temperature,
  };
}

function lastUserText(messages: ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i].role === "user") return messages[i].content;
  return "";
}

/** The language to answer in: the caller's, else the user's last message's. */
export function localeOf(opts: Pick<CallOptions, "locale" | "messages">): Locale {
  return opts.locale ?? detectLocale(lastUserText(opts.messages) || opts.messages.map((m) => m.content).join(" "));
}
