import type { ChatFacts, AntiCheatType } from "./scores";

// The report's words: the candidate's and the recruiter's texts and the strengths and
// weaknesses, from templates in the interview's language. They cite the computed numbers and
// decide nothing themselves.

type Locale = "en" | "ru";
type Counts = { total: number; passed: number };

export interface TextFacts {
  locale: Locale;
  candidateName: string | null;
  taskTitle: string;
  language: string;
  taskLevel: "junior" | "middle";
  metrics: { correctness: number; optimality: number; code_style: number; soft_skills: number; overall_score: number };
  visible: Counts;
  hidden: Counts;
  performance: Counts & { candidateTimeMs: number | null; referenceTimeMs: number | null };
  lintFindings: number;
  topRule: string | null;
  linesOfCode: number;
  chat: ChatFacts;
  runs: { total: number; averageMs: number };
  antiCheat: { total: number; score: number; counts: Array<{ type: AntiCheatType; count: number }> };
  durationMinutes: number | null;
  level: string;
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;

function ruPlural(n: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules("ru").select(n);
  return form === "one" ? one : form === "few" ? few : many;
}
const en = (n: number, one: string, many: string) => (n === 1 ? one : many);

const EVENT_NAMES: Record<Locale, Record<AntiCheatType, string>> = {
  en: {
    big_paste: "large paste",
    devtools_opened: "developer tools opened",
    copy_from_description: "copy from the description",
    disable_js_attempt: "attempt to disable JavaScript",
    suspicious_focus: "suspicious focus change",
    tab_switch: "tab switch",
  },
  ru: {
    big_paste: "крупная вставка",
    devtools_opened: "открыты инструменты разработчика",
    copy_from_description: "копирование из условия",
    disable_js_attempt: "попытка отключить JavaScript",
    suspicious_focus: "подозрительная смена фокуса",
    tab_switch: "переключение вкладки",
  },
};

function suspicionWord(score: number, locale: Locale): string {
  const band = score >= 0.6 ? 2 : score >= 0.25 ? 1 : 0;
  return locale === "ru" ? ["низкий", "средний", "высокий"][band] : ["low", "medium", "high"][band];
}

function speedPhrase(f: TextFacts): string {
  const { candidateTimeMs: c, referenceTimeMs: r } = f.performance;
  if (c === null || r === null || r <= 0) return "";
  const ratio = (c / r).toFixed(1);
  return f.locale === "ru"
    ? `; ваш код работал ${Math.round(c)} мс против ${Math.round(r)} мс у эталонного решения (в ${ratio} раза)`
    : `; your code took ${Math.round(c)} ms against the reference solution's ${Math.round(r)} ms (${ratio}×)`;
}

export function candidateReport(f: TextFacts): string {
  const m = f.metrics;
  const { visible: v, hidden: h, performance: p, chat } = f;
  if (f.locale === "ru") {
    const parts = [
      `Вы прошли ${v.passed} из ${v.total} видимых и ${h.passed} из ${h.total} скрытых тестов — правильность ${pct(m.correctness)}.`,
      p.total > 0
        ? `Тесты производительности: ${p.passed} из ${p.total}${speedPhrase(f)} — оптимальность ${pct(m.optimality)}.`
        : `Оптимальность ${pct(m.optimality)}.`,
      `Стиль кода ${pct(m.code_style)}: ${f.lintFindings} ${ruPlural(f.lintFindings, "замечание", "замечания", "замечаний")} линтера на ${f.linesOfCode} ${ruPlural(f.linesOfCode, "строку", "строки", "строк")} кода${f.topRule ? ` (чаще всего ${f.topRule})` : ""}.`,
      chat.userMessages > 0
        ? `Общение ${pct(m.soft_skills)}: ${chat.userMessages} ${ruPlural(chat.userMessages, "сообщение", "сообщения", "сообщений")}, ${chat.clarifyingQuestions} ${ruPlural(chat.clarifyingQuestions, "уточняющий вопрос", "уточняющих вопроса", "уточняющих вопросов")}, ${chat.hintsUsed} ${ruPlural(chat.hintsUsed, "подсказка", "подсказки", "подсказок")}.`
        : `Вы не общались с интервьюером, поэтому оценка общения нейтральная: ${pct(m.soft_skills)}.`,
      `Итоговая оценка ${pct(m.overall_score)}.`,
    ];
    if (h.passed < h.total) parts.push("Совет: перед завершением проверяйте граничные случаи — пустой вход, один элемент, повторы, крайние значения.");
    if (p.total > 0 && m.optimality < 0.5) parts.push("Совет: оцените сложность решения заранее и подумайте, можно ли обойтись без вложенных циклов.");
    return parts.join(" ");
  }
  const parts = [
    `You passed ${v.passed} of ${v.total} visible and ${h.passed} of ${h.total} hidden tests: correctness ${pct(m.correctness)}.`,
    p.total > 0
      ? `Performance tests: ${p.passed} of ${p.total} passed${speedPhrase(f)}: optimality ${pct(m.optimality)}.`
      : `Optimality ${pct(m.optimality)}.`,
    `Code style ${pct(m.code_style)}: ${f.lintFindings} lint ${en(f.lintFindings, "finding", "findings")} in ${f.linesOfCode} ${en(f.linesOfCode, "line", "lines")} of code${f.topRule ? ` (most often ${f.topRule})` : ""}.`,
    chat.userMessages > 0
      ? `Communication ${pct(m.soft_skills)}: ${chat.userMessages} ${en(chat.userMessages, "message", "messages")}, ${chat.clarifyingQuestions} clarifying ${en(chat.clarifyingQuestions, "question", "questions")}, ${chat.hintsUsed} ${en(chat.hintsUsed, "hint", "hints")} used.`
      : `You did not talk to the interviewer, so communication is scored neutrally: ${pct(m.soft_skills)}.`,
    `Overall score ${pct(m.overall_score)}.`,
  ];
  if (h.passed < h.total) parts.push("Tip: before finishing, check edge cases such as empty input, a single element, duplicates and extreme values.");
  if (p.total > 0 && m.optimality < 0.5) parts.push("Tip: estimate your solution's complexity early and look for a way to avoid nested loops.");
  return parts.join(" ");
}

export function recruiterReport(f: TextFacts): string {
  const m = f.metrics;
  const { visible: v, hidden: h, performance: p, chat, antiCheat: a } = f;
  const ru = f.locale === "ru";
  const who = f.candidateName ?? (ru ? "Кандидат" : "The candidate");
  const events = a.counts.map((e) => `${EVENT_NAMES[f.locale][e.type]} × ${e.count}`).join(", ");
  if (ru) {
    return [
      `${who}: задача «${f.taskTitle}» (${f.language}, уровень ${f.taskLevel})${f.durationMinutes !== null ? `, ${f.durationMinutes} мин` : ""}.`,
      `Итог ${pct(m.overall_score)}: правильность ${pct(m.correctness)}, оптимальность ${pct(m.optimality)}, стиль кода ${pct(m.code_style)}, общение ${pct(m.soft_skills)}. Рекомендуемый уровень: ${f.level}.`,
      `Тесты: видимые ${v.passed}/${v.total}, скрытые ${h.passed}/${h.total}, производительность ${p.passed}/${p.total}. Запусков: ${f.runs.total}, в среднем ${f.runs.averageMs} мс.`,
      `Чат: ${chat.userMessages} ${ruPlural(chat.userMessages, "сообщение", "сообщения", "сообщений")} кандидата, ${chat.hintsUsed} ${ruPlural(chat.hintsUsed, "подсказка", "подсказки", "подсказок")}, попыток получить готовое решение: ${chat.extractionAttempts}.`,
      a.total > 0
        ? `Античит: ${a.total} ${ruPlural(a.total, "событие", "события", "событий")} (${events}), индекс подозрительности ${a.score.toFixed(2)} — ${suspicionWord(a.score, "ru")}.`
        : "Античит: событий нет, индекс подозрительности 0.00.",
    ].join(" ");
  }
  return [
    `${who}: "${f.taskTitle}" (${f.language}, ${f.taskLevel} task)${f.durationMinutes !== null ? `, ${f.durationMinutes} min` : ""}.`,
    `Overall ${pct(m.overall_score)}: correctness ${pct(m.correctness)}, optimality ${pct(m.optimality)}, code style ${pct(m.code_style)}, soft skills ${pct(m.soft_skills)}. Suggested level: ${f.level}.`,
    `Tests: visible ${v.passed}/${v.total}, hidden ${h.passed}/${h.total}, performance ${p.passed}/${p.total}. Runs: ${f.runs.total}, ${f.runs.averageMs} ms on average.`,
    `Chat: ${chat.userMessages} candidate ${en(chat.userMessages, "message", "messages")}, ${chat.hintsUsed} ${en(chat.hintsUsed, "hint", "hints")}, ${chat.extractionAttempts} ${en(chat.extractionAttempts, "attempt", "attempts")} to obtain the solution.`,
    a.total > 0
      ? `Anti-cheat: ${a.total} ${en(a.total, "event", "events")} (${events}), suspicious score ${a.score.toFixed(2)} (${suspicionWord(a.score, "en")}).`
      : "Anti-cheat: no events, suspicious score 0.00.",
  ].join(" ");
}

const SW = {
  en: {
    correct: "solves the task correctly, hidden edge cases included",
    edgeCases: "handling of edge cases",
    wrong: "correctness of the solution",
    efficient: "efficient algorithm",
    optimisation: "algorithm optimisation",
    clean: "clean code",
    style: (n: number) => `code style (${n} lint ${en(n, "finding", "findings")})`,
    communication: "clear communication: asks questions and explains the approach",
    quiet: "explaining the approach and asking clarifying questions",
    independent: "worked independently, without hints",
    hints: (n: number) => `relied on hints (${n})`,
    extraction: "tried to obtain the solution from the interviewer",
    integrity: "anti-cheat signals need a review",
  },
  ru: {
    correct: "правильно решает задачу, включая скрытые граничные случаи",
    edgeCases: "работа с граничными случаями",
    wrong: "правильность решения",
    efficient: "эффективный алгоритм",
    optimisation: "оптимизация алгоритмов",
    clean: "чистый код",
    style: (n: number) => `стиль кода (${n} ${ruPlural(n, "замечание", "замечания", "замечаний")} линтера)`,
    communication: "хорошая коммуникация: задаёт вопросы и объясняет подход",
    quiet: "объяснение подхода и уточняющие вопросы",
    independent: "работал самостоятельно, без подсказок",
    hints: (n: number) => `опирался на подсказки (${n})`,
    extraction: "пытался получить готовое решение у интервьюера",
    integrity: "сигналы античита требуют проверки",
  },
};

/** Strengths and weaknesses read off the metrics by fixed thresholds. */
export function strengthsAndWeaknesses(f: TextFacts): { strengths: string[]; weaknesses: string[] } {
  const t = SW[f.locale];
  const m = f.metrics;
  const strengths: string[] = [];
  const weaknesses: string[] = [];
  const hiddenRate = f.hidden.total ? f.hidden.passed / f.hidden.total : 0;
  const visibleRate = f.visible.total ? f.visible.passed / f.visible.total : 0;
  if (m.correctness >= 0.8) strengths.push(t.correct);
  else if (visibleRate - hiddenRate >= 0.2) weaknesses.push(t.edgeCases);
  else weaknesses.push(t.wrong);
  if (m.optimality >= 0.8) strengths.push(t.efficient);
  else if (m.optimality < 0.5) weaknesses.push(t.optimisation);
  if (m.code_style >= 0.8) strengths.push(t.clean);
  else if (m.code_style < 0.6) weaknesses.push(t.style(f.lintFindings));
  if (f.chat.userMessages > 0 && m.soft_skills >= 0.7) strengths.push(t.communication);
  else if (m.soft_skills < 0.5) weaknesses.push(t.quiet);
  if (f.chat.hintsUsed === 0 && m.correctness >= 0.8) strengths.push(t.independent);
  else if (f.chat.hintsUsed >= 3) weaknesses.push(t.hints(f.chat.hintsUsed));
  if (f.chat.extractionAttempts > 0) weaknesses.push(t.extraction);
  if (f.antiCheat.score >= 0.6) weaknesses.push(t.integrity);
  return { strengths, weaknesses };
}
