import { ANTI_CHEAT_EVENTS } from "@/lib/interviews/schemas";
import { CLARIFYING_INTENTS, detectIntent } from "../interviewer/intents";

// Every number of the report, computed here from what happened; the formulas are also written
// into the report's `details.formulas` and docs/architecture.md ("Interviewer and report").

export type AntiCheatType = (typeof ANTI_CHEAT_EVENTS)[number];

/** Rounded to 3 decimals, the precision the report shows. */
export const round3 = (x: number) => Math.round(x * 1000) / 1000;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const rate = (t: { total: number; passed: number }) => (t.total > 0 ? t.passed / t.total : 0);

/** Overall score: a weighted mean; correctness counts most, then optimality and the conversation. */
export const OVERALL_WEIGHTS = { correctness: 0.4, optimality: 0.25, code_style: 0.15, soft_skills: 0.2 } as const;
/** Hidden tests weigh more: they hold the edge cases the candidate could not see. */
export const CORRECTNESS_WEIGHTS = { visible: 0.3, hidden: 0.7 } as const;

export function correctness(visible: { total: number; passed: number }, hidden: { total: number; passed: number }): number {
  if (visible.total > 0 && hidden.total > 0) return CORRECTNESS_WEIGHTS.visible * rate(visible) + CORRECTNESS_WEIGHTS.hidden * rate(hidden);
  if (visible.total > 0) return rate(visible);
  return rate(hidden);
}

/** Up to this many times the reference's time scores 1; from SPEED_ZERO times on, 0. */
export const SPEED_FULL = 2;
export const SPEED_ZERO = 50;

/** The candidate's time against the reference's, as 0..1: 1 up to 2×, 0 from 50×, log-linear between. */
export function speedScore(ratio: number): number {
  if (Number.isNaN(ratio)) return 0;
  if (ratio <= SPEED_FULL) return 1;
  if (ratio >= SPEED_ZERO) return 0;
  return 1 - Math.log(ratio / SPEED_FULL) / Math.log(SPEED_ZERO / SPEED_FULL);
}

export interface Performance {
  total: number;
  passed: number;
  candidateTimeMs: number | null;
  referenceTimeMs: number | null;
}

/**
 * Optimality from the performance set: its pass rate times the speed score. No performance test
 * passed (wrong answers or timeouts): 0. No times to compare: the pass rate alone. A task without
 * a performance set: the hidden tests' pass rate stands in.
 */
export function optimality(perf: Performance, hidden: { total: number; passed: number }): number {
  if (perf.total === 0) return rate(hidden);
  if (perf.passed === 0) return 0;
  const passRate = rate(perf);
  if (perf.candidateTimeMs === null || perf.referenceTimeMs === null || perf.referenceTimeMs <= 0) return passRate;
  return passRate * speedScore(perf.candidateTimeMs / perf.referenceTimeMs);
}

/** Each lint finding per line of code costs this much of the style score. */
export const STYLE_PENALTY_PER_DENSITY = 4;

/** Code style: 1 − 4 × findings / lines of code, floored at 0; no code at all scores 0. */
export function codeStyle(findings: number, linesOfCode: number): number {
  if (linesOfCode === 0) return 0;
  return clamp01(1 - (STYLE_PENALTY_PER_DENSITY * findings) / linesOfCode);
}

export interface ChatFacts {
  userMessages: number;
  clarifyingQuestions: number;
  /** Messages where the candidate explained their approach or its complexity. */
  explanations: number;
  /** The highest hint level given. */
  hintsUsed: number;
  extractionAttempts: number;
  /** The interviewer asked about complexity and the candidate answered the next turn. */
  answeredComplexityQuestion: boolean;
}

interface Message {
  role: "user" | "assistant";
  content: string;
  meta?: unknown;
}

const metaOf = (m: Message): Record<string, unknown> => (m.meta && typeof m.meta === "object" ? (m.meta as Record<string, unknown>) : {});

/** What the chat shows, counted from the candidate's messages (intents) and the replies' meta. */
export function chatFacts(messages: Message[]): ChatFacts {
  const facts: ChatFacts = { userMessages: 0, clarifyingQuestions: 0, explanations: 0, hintsUsed: 0, extractionAttempts: 0, answeredComplexityQuestion: false };
  let complexityPending = false;
  for (const m of messages) {
    if (m.role === "assistant") {
      const meta = metaOf(m);
      if (typeof meta.hintLevel === "number") facts.hintsUsed = Math.max(facts.hintsUsed, meta.hintLevel);
      complexityPending = meta.complexityAsked === true;
      continue;
    }
    facts.userMessages++;
    const intent = detectIntent(m.content);
    if (CLARIFYING_INTENTS.includes(intent)) facts.clarifyingQuestions++;
    if (intent === "approach" || (intent === "complexity" && /O\(|linear|quadratic|логарифм|линейн|квадрат/i.test(m.content))) facts.explanations++;
    if (intent === "extract_solution") facts.extractionAttempts++;
    if (complexityPending && intent !== "extract_solution") facts.answeredComplexityQuestion = true;
    complexityPending = false;
  }
  return facts;
}

/** Soft skills when the candidate did not chat: neither a plus nor a minus. */
export const SOFT_SKILLS_NEUTRAL = 0.5;

/**
 * 0.5 + 0.2 if they asked a clarifying question + 0.2 if they explained their approach or its
 * complexity + 0.1 if they answered the interviewer's complexity question − 0.1 per hint after
 * the first − 0.25 per attempt to get the solution (at most two counted), clamped to 0..1.
 */
export function softSkills(f: ChatFacts): number {
  if (f.userMessages === 0) return SOFT_SKILLS_NEUTRAL;
  return clamp01(
    0.5 +
      (f.clarifyingQuestions > 0 ? 0.2 : 0) +
      (f.explanations > 0 ? 0.2 : 0) +
      (f.answeredComplexityQuestion ? 0.1 : 0) -
      0.1 * Math.max(0, f.hintsUsed - 1) -
      0.25 * Math.min(f.extractionAttempts, 2),
  );
}

export function overall(m: { correctness: number; optimality: number; code_style: number; soft_skills: number }): number {
  return (
    OVERALL_WEIGHTS.correctness * m.correctness +
    OVERALL_WEIGHTS.optimality * m.optimality +
    OVERALL_WEIGHTS.code_style * m.code_style +
    OVERALL_WEIGHTS.soft_skills * m.soft_skills
  );
}

/**
 * How much each anti-cheat event type says about cheating: turning JavaScript off or opening the
 * devtools is deliberate; a big paste is the classic; a tab switch or lost focus happens innocently.
 */
export const SUSPICION_WEIGHTS: Record<AntiCheatType, number> = {
  disable_js_attempt: 0.6,
  big_paste: 0.35,
  devtools_opened: 0.3,
  tab_switch: 0.1,
  suspicious_focus: 0.1,
  copy_from_description: 0.05,
};

/** Saturating: 1 − e^(−Σ weight × count), so more events raise it with diminishing steps, never past 1. */
export function suspiciousScore(counts: Partial<Record<AntiCheatType, number>>): number {
  const sum = Object.entries(counts).reduce((s, [type, n]) => s + (SUSPICION_WEIGHTS[type as AntiCheatType] ?? 0) * (n ?? 0), 0);
  return 1 - Math.exp(-sum);
}

/** The level suggested by the overall score, read against the task's level. */
export const LEVEL_BANDS: Record<"junior" | "middle", Array<[number, string]>> = {
  junior: [[0.85, "middle"], [0.65, "junior+"], [0.4, "junior"], [0, "intern"]],
  middle: [[0.8, "middle+"], [0.6, "middle"], [0.4, "junior+"], [0, "junior"]],
};

export function suggestedLevel(overallScore: number, taskLevel: "junior" | "middle"): string {
  return LEVEL_BANDS[taskLevel].find(([min]) => overallScore >= min)![1];
}

export const FORMULAS = {
  correctness: `${CORRECTNESS_WEIGHTS.visible} × visible pass rate + ${CORRECTNESS_WEIGHTS.hidden} × hidden pass rate (one set only: its pass rate)`,
  optimality: `performance pass rate × speed; speed = 1 up to ${SPEED_FULL}× the reference's time, 0 from ${SPEED_ZERO}×, 1 − ln(ratio/${SPEED_FULL}) / ln(${SPEED_ZERO / SPEED_FULL}) between; no performance test passed: 0; no performance set: hidden pass rate`,
  code_style: `max(0, 1 − ${STYLE_PENALTY_PER_DENSITY} × lint findings / lines of code); no code: 0`,
  soft_skills: "no chat: 0.5; else 0.5 + 0.2 (asked a clarifying question) + 0.2 (explained approach or complexity) + 0.1 (answered the complexity question) − 0.1 × (hints − 1) − 0.25 × attempts to get the solution (max 2), clamped to 0..1",
  overall_score: `${OVERALL_WEIGHTS.correctness} × correctness + ${OVERALL_WEIGHTS.optimality} × optimality + ${OVERALL_WEIGHTS.code_style} × code_style + ${OVERALL_WEIGHTS.soft_skills} × soft_skills`,
  suspicious_score: `1 − exp(−Σ weight × count), weights: ${Object.entries(SUSPICION_WEIGHTS).map(([k, v]) => `${k} ${v}`).join(", ")}`,
  level: `junior task: ≥0.85 middle, ≥0.65 junior+, ≥0.4 junior, else intern; middle task: ≥0.8 middle+, ≥0.6 middle, ≥0.4 junior+, else junior`,
} as const;
