import { complete, effectiveAiConfig } from "@/lib/ai";
import type { Actor } from "@/lib/auth";
import type { CodingTask, TaskLanguage } from "@/lib/interviews/bank";
import { ApiError } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { builtinReply, complexityQuestion, refusal, type BuiltinReply, type Conversation } from "./builtin";
import { laterHintLeak, solutionLeak } from "./guard";
import { detectIntent } from "./intents";
import { promptMessages, systemPrompt } from "./prompt";

export { detectIntent, CLARIFYING_INTENTS, type Intent } from "./intents";
export { solutionLeak } from "./guard";
export { codeShape } from "./code-shape";

export interface InterviewerInput {
  locale: "en" | "ru";
  language: TaskLanguage;
  level: "junior" | "middle";
  task: CodingTask;
  code: string;
  history: Array<{ role: "user" | "assistant"; content: string; meta?: unknown }>;
  message: string;
  lastRun?: { passed: number; total: number; status: "success" | "error" | "timeout" } | null;
  /** Whose AI settings apply; null: the built-in engine. */
  actor: Actor | null;
}

export interface InterviewerMeta {
  intent: string;
  hintLevel?: number;
  refused?: boolean;
  /** "openai" when the model's answer was shown, "builtin" otherwise. */
  provider: string;
  /** The reply asked about the code's complexity (so the next ones do not repeat it). */
  complexityAsked?: boolean;
  /** Why the model's answer was replaced (it contained code for the task). */
  blocked?: string;
  /** The model failed and the built-in engine answered. */
  fallback?: string;
}

export interface InterviewerReply {
  text: string;
  meta: InterviewerMeta;
}

function metaOf(m: { meta?: unknown }): { hintLevel?: unknown; complexityAsked?: unknown } {
  return m.meta && typeof m.meta === "object" ? (m.meta as Record<string, unknown>) : {};
}

/** Hints escalate across the conversation: the next one follows the highest given so far. */
export function hintsGiven(history: InterviewerInput["history"]): number {
  let level = 0;
  for (const m of history) {
    const h = metaOf(m).hintLevel;
    if (m.role === "assistant" && typeof h === "number" && h > level) level = h;
  }
  return level;
}

function conversation(input: InterviewerInput): Conversation {
  const recent = input.history.filter((m) => m.role === "assistant").slice(-3);
  return {
    locale: input.locale,
    language: input.language,
    task: input.task,
    code: input.code,
    message: input.message,
    hintsGiven: hintsGiven(input.history),
    complexityAskedRecently: recent.some((m) => metaOf(m).complexityAsked === true),
    lastRun: input.lastRun,
  };
}

function fromBuiltin(reply: BuiltinReply, intent: string, extra: Partial<InterviewerMeta> = {}): InterviewerReply {
  const meta: InterviewerMeta = { intent, provider: "builtin", ...extra };
  if (reply.hintLevel !== undefined) meta.hintLevel = reply.hintLevel;
  if (reply.refused) meta.refused = true;
  if (reply.complexityAsked) meta.complexityAsked = true;
  return { text: reply.text, meta };
}

/** Whether most letters of `text` are of the locale's script (Cyrillic for Russian, Latin for English). */
function inLanguage(text: string, locale: "en" | "ru"): boolean {
  const cyrillic = (text.match(/[а-яё]/gi) ?? []).length;
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  if (cyrillic + latin === 0) return true;
  // Code identifiers and terms (O(n), target) are Latin in Russian answers too.
  return locale === "ru" ? cyrillic >= 0.4 * (cyrillic + latin) : cyrillic <= 0.2 * (cyrillic + latin);
}

async function usesModel(actor: Actor | null): Promise<boolean> {
  if (!actor) return false;
  return (await effectiveAiConfig(actor.id)).connection.provider !== "builtin";
}

/**
 * The interviewer's answer to one candidate message. With a configured model the model answers
 * and its text is checked for code that solves the task (replaced by a refusal and the next
 * hint); without one, or when it fails, the built-in engine answers. Never returns the solution.
 */
export async function interviewerReply(input: InterviewerInput): Promise<InterviewerReply> {
  const conv = conversation(input);
  const intent = detectIntent(input.message);
  let builtin: BuiltinReply;
  try {
    builtin = builtinReply(conv, intent);
  } catch (err) {
    logger.error({ err }, "interviewer: built-in engine failed");
    throw new ApiError("LLM_ERROR", "The interviewer could not answer", undefined, 502);
  }

  let model: Awaited<ReturnType<typeof complete>>;
  try {
    if (!(await usesModel(input.actor))) return fromBuiltin(builtin, intent);
    const question = conv.complexityAskedRecently ? null : complexityQuestion(conv);
    const system = systemPrompt({ ...input, nextHintLevel: conv.hintsGiven + 1, complexityQuestion: question });
    model = await complete({
      feature: "coding-interviewer",
      actorId: input.actor?.id,
      locale: input.locale,
      maxTokens: 400,
      temperature: 0.3,
      messages: promptMessages({ system, code: input.code, history: input.history, message: input.message }),
      offline: () => builtin.text,
    });
  } catch (err) {
    logger.warn({ err }, "interviewer: the model failed, the built-in engine answers");
    return fromBuiltin(builtin, intent, { fallback: "error" });
  }
  if (model.provider === "builtin") return fromBuiltin(builtin, intent, model.fallback ? { fallback: model.fallback.reason } : {});

  const leak = solutionLeak(model.text, input.task);
  if (leak) return fromBuiltin(refusal(conv), intent, { provider: "openai", blocked: leak });
  // The interviewer speaks the interview's language, whatever language the candidate wrote in.
  if (!inLanguage(model.text, input.locale)) return fromBuiltin(builtin, intent, { provider: "openai", blocked: "language" });
  // A model that jumps ahead to a later hint gives away more than the candidate asked for.
  if (laterHintLeak(model.text, input.task.hints[input.locale], conv.hintsGiven + 1)) {
    return fromBuiltin(builtin, intent, { provider: "openai", blocked: "later_hint" });
  }
  const meta: InterviewerMeta = { intent, provider: "openai" };
  // The model was allowed exactly the next hint; when it was asked for one, that is the one given.
  if (intent === "hint" || intent === "extract_solution") meta.hintLevel = Math.min(conv.hintsGiven + 1, input.task.hints[input.locale].length);
  if (intent === "extract_solution") meta.refused = true;
  if (complexityQuestion(conv) && /O\(|complexit|сложност/i.test(model.text)) meta.complexityAsked = true;
  return { text: model.text.trim(), meta };
}
