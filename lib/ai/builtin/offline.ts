import { unfence } from "../untrusted";
import type { ChatMessage, Locale } from "../types";
import { Bm25Index, splitPassages, type Passage } from "./bm25";
import { renderTemplate } from "./templates";
import { detectLocale } from "./text";

const MAX_QUOTE = 220;

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_QUOTE ? `${oneLine.slice(0, MAX_QUOTE - 1).trimEnd()}…` : oneLine;
}

/**
 * The built-in engine's generic answer: it says plainly that it is the offline assistant (and
 * why), and points to what in the conversation relates to the last message, found by BM25.
 * It never pretends to be a model.
 */
export function offlineReply(messages: ChatMessage[], opts: { locale?: Locale; fallbackReason?: string } = {}): string {
  let lastUser = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].role === "user") {
      lastUser = i;
      break;
    }
  }
  const query = lastUser >= 0 ? messages[lastUser].content : "";
  const locale = opts.locale ?? detectLocale(query || messages.map((m) => m.content).join(" "));
  const passages: Passage[] = messages.flatMap((m, i) =>
    i === lastUser ? [] : splitPassages(unfence(m.content), { maxWords: 50, idPrefix: `m${i}p` }),
  );
  const hits = query && passages.length ? new Bm25Index(passages).search(query, { limit: 2 }) : [];
  return renderTemplate(
    "offline.reply",
    { fallback: opts.fallbackReason ?? "", passages: hits.map((h) => quote(h.text)) },
    locale,
  );
}

/** A rough token count (about four characters a token) for usage records of the built-in engine. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
