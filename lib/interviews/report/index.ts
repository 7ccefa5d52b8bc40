import type { z } from "zod";
import type { CodingTask, TaskLanguage } from "@/lib/interviews/bank";
import { ANTI_CHEAT_EVENTS, type Report } from "@/lib/interviews/schemas";
import { logger } from "@/lib/log";
import { lintCode, linesOfCode, type LintFinding } from "./lint";
import {
  chatFacts,
  codeStyle,
  correctness,
  FORMULAS,
  optimality,
  overall,
  round3,
  softSkills,
  suggestedLevel,
  suspiciousScore,
  OVERALL_WEIGHTS,
  SUSPICION_WEIGHTS,
  type AntiCheatType,
} from "./scores";
import { candidateReport, recruiterReport, strengthsAndWeaknesses } from "./texts";

export { lintCode, type LintFinding } from "./lint";
export { FORMULAS } from "./scores";

export interface ReportInput {
  locale: "en" | "ru";
  language: TaskLanguage;
  level: "junior" | "middle";
  task: CodingTask;
  code: string;
  candidateName: string | null;
  visible: { total: number; passed: number };
  hidden: { total: number; passed: number };
  performance: { total: number; passed: number; candidateTimeMs: number | null; referenceTimeMs: number | null };
  /** Every run, the final one included. */
  runs: Array<{ executionTimeMs: number; memoryUsageMb: number; status: string }>;
  messages: Array<{ role: "user" | "assistant"; content: string; meta?: unknown; at: Date }>;
  events: Array<{ type: AntiCheatType; at: Date; details?: string | null }>;
  startedAt: Date | null;
  finishedAt: Date;
}

/** When the linter cannot run, style is scored neutrally rather than as perfect or as zero. */
const STYLE_UNKNOWN = 0.5;

const summary = (t: { total: number; passed: number }) => ({ total: t.total, passed: t.passed, failed: t.total - t.passed });
const round1 = (x: number) => Math.round(x * 10) / 10;

function antiCheat(events: ReportInput["events"]) {
  const byType = new Map<AntiCheatType, { count: number; first: Date }>();
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (!ANTI_CHEAT_EVENTS.includes(e.type)) continue;
    const seen = byType.get(e.type);
    if (seen) seen.count++;
    else byType.set(e.type, { count: 1, first: e.at });
  }
  const counts = [...byType].map(([type, v]) => ({ type, count: v.count, timestamp: v.first.toISOString() }));
  const score = round3(suspiciousScore(Object.fromEntries(counts.map((c) => [c.type, c.count]))));
  return { total_events: counts.reduce((s, c) => s + c.count, 0), suspicious_score: score, events: counts };
}

/** The finished interview's report; every number is computed here, the texts cite them. */
export async function buildReport(input: ReportInput): Promise<z.infer<typeof Report>> {
  let lint: LintFinding[] | null;
  try {
    lint = await lintCode(input.language, input.code);
  } catch (err) {
    logger.warn({ err, language: input.language }, "report: the linter failed; code style is scored neutrally");
    lint = null;
  }
  const loc = linesOfCode(input.language, input.code);
  const chat = chatFacts(input.messages);
  const metrics = {
    correctness: round3(correctness(input.visible, input.hidden)),
    optimality: round3(optimality(input.performance, input.hidden)),
    code_style: round3(lint ? codeStyle(lint.length, loc) : STYLE_UNKNOWN),
    soft_skills: round3(softSkills(chat)),
    overall_score: 0,
  };
  metrics.overall_score = round3(overall(metrics));

  const runs = input.runs;
  const execution_stats = {
    average_execution_time_ms: runs.length ? round1(runs.reduce((s, r) => s + r.executionTimeMs, 0) / runs.length) : 0,
    max_memory_usage_mb: runs.length ? round1(Math.max(...runs.map((r) => r.memoryUsageMb))) : 0,
    total_runs: runs.length,
  };
  const anti_cheat = antiCheat(input.events);
  const level = suggestedLevel(metrics.overall_score, input.level);
  const durationMinutes = input.startedAt ? Math.max(0, Math.round((input.finishedAt.getTime() - input.startedAt.getTime()) / 60_000)) : null;
  const ruleCounts = new Map<string, number>();
  for (const f of lint ?? []) ruleCounts.set(f.rule, (ruleCounts.get(f.rule) ?? 0) + 1);
  const topRule = [...ruleCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const facts = {
    locale: input.locale,
    candidateName: input.candidateName,
    taskTitle: input.task.title[input.locale],
    language: input.language === "python" ? "Python" : "JavaScript",
    taskLevel: input.level,
    metrics,
    visible: input.visible,
    hidden: input.hidden,
    performance: input.performance,
    lintFindings: lint?.length ?? 0,
    topRule,
    linesOfCode: loc,
    chat,
    runs: { total: execution_stats.total_runs, averageMs: Math.round(execution_stats.average_execution_time_ms) },
    antiCheat: { total: anti_cheat.total_events, score: anti_cheat.suspicious_score, counts: anti_cheat.events },
    durationMinutes,
    level,
  };
  const { strengths, weaknesses } = strengthsAndWeaknesses(facts);
  const { candidateTimeMs, referenceTimeMs } = input.performance;

  return {
    metrics,
    test_results: { visible_tests: summary(input.visible), hidden_tests: summary(input.hidden) },
    execution_stats,
    anti_cheat,
    candidate_report: candidateReport(facts),
    recruiter_report: recruiterReport(facts),
    recommendations: { level, strengths, weaknesses },
    details: {
      performance_tests: summary(input.performance),
      reference_time_ms: referenceTimeMs,
      candidate_time_ms: candidateTimeMs,
      speed_ratio: candidateTimeMs !== null && referenceTimeMs ? round3(candidateTimeMs / referenceTimeMs) : null,
      lint: lint ?? [],
      lint_available: lint !== null,
      lines_of_code: loc,
      hints_given: chat.hintsUsed,
      chat: {
        candidate_messages: chat.userMessages,
        clarifying_questions: chat.clarifyingQuestions,
        explanations: chat.explanations,
        answered_complexity_question: chat.answeredComplexityQuestion,
        extraction_attempts: chat.extractionAttempts,
      },
      duration_minutes: durationMinutes,
      weights: OVERALL_WEIGHTS,
      suspicion_weights: SUSPICION_WEIGHTS,
      formulas: { ...FORMULAS },
    },
  };
}
