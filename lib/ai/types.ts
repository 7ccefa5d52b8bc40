import type { z } from "zod";

export type Role = "system" | "user" | "assistant";
export interface ChatMessage {
  role: Role;
  content: string;
}

export type ProviderName = "openai" | "builtin";
export type Locale = "en" | "ru";

export interface Usage {
  tokensIn: number;
  tokensOut: number;
}

/** Why the built-in engine answered instead of the configured provider. */
export interface Fallback {
  reason: string;
}

/** A connection to an OpenAI-compatible server, resolved from defaults and the user's overrides. */
export interface Connection {
  provider: ProviderName;
  baseUrl?: string;
  apiKey?: string;
  model: string;
  temperature: number;
  /**
   * The base URL was chosen by a user, not the operator: requests go only to public addresses
   * and follow no redirects, and failures are reported without details (no port scanning).
   */
  baseUrlFromUser?: boolean;
}

/** Given to a feature's offline builder: what the built-in engine should answer from. */
export interface OfflineContext {
  messages: ChatMessage[];
  locale: Locale;
  /** Set when the configured provider failed. */
  fallback?: Fallback;
}

export interface CallOptions {
  /** What the call is for ("resume-interview", "tutor", ...): usage is grouped by it. */
  feature: string;
  messages: ChatMessage[];
  /** The user the call is made for: their overrides apply and usage is recorded against them. */
  actorId?: string | null;
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
  timeoutMs?: number;
  locale?: Locale;
  /**
   * The feature's own offline answer (a scripted question, a templated report). Without it the
   * built-in engine gives its generic "Offline assistant" reply.
   */
  offline?: (ctx: OfflineContext) => string | Promise<string>;
  /** Use this connection instead of the actor's effective one (test-connection). */
  connection?: Connection;
  /** false: fail with AiError instead of answering from the built-in engine. */
  allowFallback?: boolean;
}

export interface CompleteResult {
  text: string;
  provider: ProviderName;
  model: string;
  usage: Usage;
  latencyMs: number;
  fallback?: Fallback;
}

export interface StreamResult extends CompleteResult {
  /** Set when the stream broke after tokens were already delivered; `text` is what arrived. */
  interrupted?: { reason: string };
  /** The consumer stopped early (AbortSignal or `return()`). */
  cancelled?: boolean;
}

export interface AiStream extends AsyncIterable<string> {
  /** Resolves once the stream has ended, failed or been cancelled; never rejects. */
  readonly result: Promise<StreamResult>;
  /** Stops the stream and the request behind it. */
  cancel(): void;
}

export interface StructuredOptions<S extends z.ZodType> extends Omit<CallOptions, "offline"> {
  schema: S;
  /** Name of the schema for the provider (letters, digits, _ and -). */
  schemaName?: string;
  /** The feature's deterministic answer when no provider is configured or it fails. */
  offline?: (ctx: OfflineContext) => z.output<S> | Promise<z.output<S>>;
}

export interface StructuredResult<T> extends Omit<CompleteResult, "text"> {
  data: T;
  /** The raw text the provider returned (JSON), or "" from the built-in engine. */
  text: string;
}

/** A failure the caller can act on: no fallback was allowed or possible. */
export class AiError extends Error {
  constructor(
    readonly reason: string,
    message: string,
    readonly partialText?: string,
  ) {
    super(message);
    this.name = "AiError";
  }
}
