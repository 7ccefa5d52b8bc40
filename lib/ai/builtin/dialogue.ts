import type { Locale } from "../types";
import { words } from "./text";

/**
 * Scripted dialogue plans: the built-in interviewer. A plan is an ordered list of slots to fill;
 * `nextTurn` reads the answers so far and says what to ask next: the next slot's question, or a
 * follow-up when an answer lacks what the slot expects (dates, numbers) or is too short.
 */
export type Text = Record<Locale, string>;

export type Check = "has_date" | "has_number" | "has_email" | "has_url";
export type FollowUpReason = Check | "too_short" | "skipped_required";

export interface Slot {
  id: string;
  question: Text;
  /** A required slot gets a follow-up when skipped; an optional one may be skipped. */
  required?: boolean;
  /** What a complete answer contains. */
  expects?: Check[];
  /** Fewer words than this asks the candidate to elaborate (default 1: only an empty answer). */
  minWords?: number;
  /** Slot-specific wording of follow-ups; defaults are used for the rest. */
  followUps?: Partial<Record<FollowUpReason, Text>>;
}

export interface Plan {
  id: string;
  slots: Slot[];
  /** Follow-ups per slot before the answer is accepted as it is (default 1). */
  maxFollowUps?: number;
}

/** One answer the user gave while `slotId` was being asked (to its question or a follow-up). */
export interface Turn {
  slotId: string;
  answer: string;
}

export interface SlotState {
  answer: string;
  skipped: boolean;
  /** Checks the accepted answer still fails (asked about, then accepted as it is). */
  missing: Check[];
}

export interface NextTurn {
  done: boolean;
  /** The slot being asked about; absent when done. */
  slotId?: string;
  kind?: "question" | "follow_up";
  reason?: FollowUpReason;
  /** What to say. */
  text: string;
  filled: Record<string, SlotState>;
  /** Required slots not filled yet. */
  remaining: string[];
  progress: { filled: number; total: number };
}

// \b is ASCII-only even with the u flag, so Cyrillic words need look-arounds.
const MONTHS =
  /(?<![\p{L}])(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[йяе]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)(?![\p{L}])/iu;
const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/;
const NUMERIC_DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}(-\d{2})?\b|\b\d{1,2}[./]\d{4}\b/;
const NOW = /\b(present|now|current(ly)?|to date)\b|н\.\s?в\.|по настоящее время|настоящее время|сейчас|по сей день/iu;
const RELATIVE = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|months?)\b|\b\d+\s+(год\p{L}*|лет|месяц\p{L}*)/iu;
const NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|half|twice|double)\b|(?<![\p{L}])(один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|дюжин\p{L}*|сотн\p{L}*|сто|тысяч\p{L}*|миллион\p{L}*|половин\p{L}*|вдвое|втрое)(?![\p{L}])/iu;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const URL_RE = /\bhttps?:\/\/\S+|\b[\w-]+\.(com|ru|io|org|net|dev|me)\b/i;
const SKIP = /^\s*(skip|pass|no|none|n\/a|-|—|нет|пропусти(ть|м)?|дальше|не знаю|nothing)\s*[.!]?\s*$/iu;

const CHECKS: Record<Check, (text: string) => boolean> = {
  has_date: (t) => YEAR.test(t) || MONTHS.test(t) || NUMERIC_DATE.test(t) || NOW.test(t) || RELATIVE.test(t),
  has_number: (t) => NUMBER.test(t),
  has_email: (t) => EMAIL.test(t),
  has_url: (t) => URL_RE.test(t),
};

/** Runs one of the named checks; exported for features that validate answers the same way. */
export function checkAnswer(check: Check, text: string): boolean {
  return CHECKS[check](text);
}

export function isSkip(answer: string): boolean {
  return SKIP.test(answer);
}

const DEFAULT_FOLLOW_UPS: Record<FollowUpReason, Text> = {
  has_date: {
    en: "Could you add the dates: when did it start and end (month and year)?",
    ru: "Уточните, пожалуйста, даты: когда это началось и закончилось (месяц и год)?",
  },
  has_number: {
    en: "Can you put a number on it: how many, how much, by what percent?",
    ru: "Можете подкрепить это цифрами: сколько, насколько, на сколько процентов?",
  },
  has_email: { en: "What email address should be used?", ru: "Какой адрес электронной почты указать?" },
  has_url: { en: "Could you share the link?", ru: "Можете поделиться ссылкой?" },
  too_short: {
    en: "Could you tell a little more about that?",
    ru: "Расскажите, пожалуйста, чуть подробнее.",
  },
  skipped_required: {
    en: "This one matters for the result; even a short answer helps.",
    ru: "Это важно для результата: даже короткий ответ поможет.",
  },
};

function evaluate(slot: Slot, answer: string): FollowUpReason[] {
  const problems: FollowUpReason[] = [];
  if (isSkip(answer)) return slot.required ? ["skipped_required"] : [];
  if (words(answer).length < (slot.minWords ?? 1)) problems.push("too_short");
  for (const check of slot.expects ?? []) if (!CHECKS[check](answer)) problems.push(check);
  return problems;
}

/** Decides the next turn of a scripted dialogue. Pure and deterministic: same input, same turn. */
export function nextTurn(plan: Plan, history: Turn[], locale: Locale): NextTurn {
  const maxFollowUps = plan.maxFollowUps ?? 1;
  const filled: Record<string, SlotState> = {};
  const total = plan.slots.length;

  for (const slot of plan.slots) {
    const answers = history.filter((t) => t.slotId === slot.id).map((t) => t.answer.trim());
    if (answers.length === 0) {
      return turn(slot, "question", undefined, slot.question[locale]);
    }
    const meaningful = answers.filter((a) => !isSkip(a));
    const combined = meaningful.join("\n");
    const problems = meaningful.length ? evaluate(slot, combined) : evaluate(slot, answers[answers.length - 1]);
    if (problems.length && answers.length - 1 < maxFollowUps) {
      const reason = problems.includes("skipped_required") ? "skipped_required" : problems.find((p) => p !== "too_short") ?? problems[0];
      const text = slot.followUps?.[reason]?.[locale] ?? DEFAULT_FOLLOW_UPS[reason][locale];
      return turn(slot, "follow_up", reason, reason === "skipped_required" ? `${text} ${slot.question[locale]}` : text);
    }
    filled[slot.id] = {
      answer: combined,
      skipped: meaningful.length === 0,
      missing: (slot.expects ?? []).filter((c) => !CHECKS[c](combined)),
    };
  }
  return { done: true, text: "", filled, remaining: [], progress: { filled: total, total } };

  function turn(slot: Slot, kind: "question" | "follow_up", reason: FollowUpReason | undefined, text: string): NextTurn {
    const done = new Set(Object.keys(filled));
    const remaining = plan.slots.filter((s) => s.required && !done.has(s.id)).map((s) => s.id);
    return { done: false, slotId: slot.id, kind, reason, text, filled, remaining, progress: { filled: done.size, total } };
  }
}
