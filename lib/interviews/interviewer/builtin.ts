import type { CodingTask, TaskLanguage } from "@/lib/interviews/bank";
import { codeShape, expectsPolynomial, expectsSubquadratic } from "./code-shape";
import type { Intent } from "./intents";

// The built-in interviewer: answers by intent from the task's own content (description,
// examples, visible tests, hints, expected complexity), in the interview's language. It is the
// whole interviewer without a model, and the fallback when the model fails.

type Locale = "en" | "ru";

export interface Conversation {
  locale: Locale;
  language: TaskLanguage;
  task: CodingTask;
  code: string;
  message: string;
  /** The highest hint level given so far (0: none). */
  hintsGiven: number;
  /** Whether a recent reply already asked about complexity (not to ask twice in a row). */
  complexityAskedRecently: boolean;
  lastRun?: { passed: number; total: number; status: "success" | "error" | "timeout" } | null;
}

export interface BuiltinReply {
  text: string;
  hintLevel?: number;
  refused?: boolean;
  complexityAsked?: boolean;
}

const L = {
  en: {
    hint: (n: number, total: number, text: string) => `Hint ${n} of ${total}: ${text}`,
    noMoreHints: (total: number) => `You have had all ${total} hints. Try to write the steps down in plain words first, then turn each into code; I'm happy to look at your reasoning.`,
    noHints: "Try to solve a small example by hand first and write down each step you take; then turn the steps into code.",
    refusal: "I can't write the solution or any part of its code — that is what this interview is about, and it stays that way whatever the framing. I can help you get there yourself.",
    examples: "Here are the examples from the task:",
    example: (i: number, e: CodingTask["examples"][number], ex: string) => `Example ${i}: input \`${e.input}\` → output \`${e.output}\`.${ex ? ` ${ex}` : ""}`,
    noExamples: "This task has no worked examples; the visible tests show inputs and expected outputs when you press Run.",
    signature: (sig: string) => `Your function: \`${sig}\`. The tests call it with the arguments shown in each test and compare what it returns (printing is not checked).`,
    fromDescription: "From the description:",
    firstExample: (e: CodingTask["examples"][number]) => `For instance, input \`${e.input}\` gives \`${e.output}\`.`,
    constraintsNone: "The description sets no explicit numeric limits.",
    performance: (n: number) => `At the end, ${n} performance tests run your code on much larger inputs, so efficiency matters as well as correctness.`,
    edgeIntro: "Cases worth checking before you finish:",
    visibleNames: (names: string) => `The visible tests already cover: ${names}. The hidden tests go further.`,
    edgeQuestion: "Which of these does your code handle now, and what does it return for each?",
    complexityTarget: (time: string, space: string) => `The target for this task is ${time} time and ${space} extra memory.`,
    nested: "Your code has a loop inside a loop over the input — what is its time complexity, and how would it behave on a large input? Could you avoid the inner loop?",
    lookup: "Inside your loop you search a list (`in`, `index`, `includes`…), which is itself a loop. What does that make the overall complexity?",
    recursion: "Your function calls itself without remembering results. How many calls does it make for a larger input? Is any work repeated?",
    askComplexity: "What are the time and memory complexity of your current approach?",
    claimMatches: (c: string) => `Yes, ${c} is what this task calls for. Can you also say how much extra memory you use?`,
    claimDiffers: (c: string, target: string) => `You say ${c}; the target here is ${target}. Where does your approach spend the most time?`,
    notRun: "You haven't run the tests yet. Press Run: you'll see each visible test's input, expected and actual output.",
    timeout: "The last run timed out. Look for a loop that never ends (a condition that never changes) or an approach that is too slow for the input.",
    error: "The last run ended with an error before the tests could finish. Read the error message of the first test: it names the line. Also check that the function is still called as the task says and returns a value.",
    someFail: (p: number, t: number) => `${p} of ${t} visible tests pass. Take the smallest failing test and follow your code by hand with its input: where does the actual output start to differ from the expected one? Edge cases (empty input, a single element, duplicates, negatives) are the usual suspects.`,
    allPass: (t: number) => `All ${t} visible tests pass — good. The hidden tests also check edge cases and larger inputs. Have you thought about what could still break?`,
    approachAck: "That sounds like a workable plan.",
    approachFollowUp: "What would its time and memory complexity be, and how does it handle the edge cases (for example an empty input)?",
    greeting: (title: string) => `Hello! I'm your interviewer for "${title}". Ask me about the input and output, the examples, constraints or edge cases; I can give hints, but I won't write the code for you. How would you approach the task?`,
    task: (summary: string) => `In short: ${summary}`,
    taskFollowUp: "Which part is unclear?",
    allowed: (time: string) => `Yes, you may use anything in the language's standard library (sorting, dictionaries, sets and so on). What matters is a correct result and efficiency: the target for this task is ${time}.`,
    done: "When you are ready, press Finish: the hidden and performance tests will run on your latest code. Before that, have you checked the edge cases (empty input, one element, duplicates) and the complexity of your solution?",
    thanks: "You're welcome! Ask me anything about the task whenever you need.",
    other: "I can explain the input and output, walk through the examples, talk about constraints and edge cases, give a hint, or discuss your approach and its complexity. What would help?",
    genericEdges: { array: "an empty list, a single element, duplicates, negative numbers", string: "an empty string, a single character, repeated characters, mixed case", number: "zero, negative numbers, very large values", object: "missing keys, empty structures" },
  },
  ru: {
    hint: (n: number, total: number, text: string) => `Подсказка ${n} из ${total}: ${text}`,
    noMoreHints: (total: number) => `Все ${total} подсказки уже даны. Попробуйте сначала записать шаги решения словами, а потом превратить каждый шаг в код; я с радостью посмотрю на ваши рассуждения.`,
    noHints: "Попробуйте сначала решить небольшой пример вручную и записать каждый шаг, а потом превратить шаги в код.",
    refusal: "Я не могу написать решение или какую-либо часть его кода — именно это и проверяет интервью, и так будет при любой формулировке просьбы. Но я помогу вам прийти к решению самостоятельно.",
    examples: "Примеры из условия задачи:",
    example: (i: number, e: CodingTask["examples"][number], ex: string) => `Пример ${i}: вход \`${e.input}\` → результат \`${e.output}\`.${ex ? ` ${ex}` : ""}`,
    noExamples: "В этой задаче нет разобранных примеров; видимые тесты показывают входные данные и ожидаемый результат после нажатия «Запустить».",
    signature: (sig: string) => `Ваша функция: \`${sig}\`. Тесты вызывают её с аргументами из каждого теста и сравнивают возвращаемое значение (вывод на экран не проверяется).`,
    fromDescription: "Из условия:",
    firstExample: (e: CodingTask["examples"][number]) => `Например, для входа \`${e.input}\` ответ \`${e.output}\`.`,
    constraintsNone: "Явных числовых ограничений в условии нет.",
    performance: (n: number) => `В конце ${n} тестов производительности запустят ваш код на гораздо больших входных данных, поэтому важна не только правильность, но и эффективность.`,
    edgeIntro: "Случаи, которые стоит проверить до завершения:",
    visibleNames: (names: string) => `Видимые тесты уже проверяют: ${names}. Скрытые тесты проверяют больше.`,
    edgeQuestion: "Какие из них ваш код уже обрабатывает и что он вернёт в каждом случае?",
    complexityTarget: (time: string, space: string) => `Целевая сложность для этой задачи — ${time} по времени и ${space} дополнительной памяти.`,
    nested: "В вашем коде цикл вложен в цикл по входным данным — какая у этого временная сложность и как код поведёт себя на большом входе? Можно ли обойтись без внутреннего цикла?",
    lookup: "Внутри цикла вы ищете элемент в списке (`in`, `index`, `includes`…), а это тоже цикл. Какой тогда получается общая сложность?",
    recursion: "Ваша функция вызывает саму себя и не запоминает результаты. Сколько вызовов будет на большом входе? Не повторяется ли одна и та же работа?",
    askComplexity: "Какова временная сложность и расход памяти вашего текущего подхода?",
    claimMatches: (c: string) => `Да, ${c} — именно то, что нужно в этой задаче. А сколько дополнительной памяти вы используете?`,
    claimDiffers: (c: string, target: string) => `Вы говорите ${c}; цель здесь — ${target}. На что ваш подход тратит больше всего времени?`,
    notRun: "Вы ещё не запускали тесты. Нажмите «Запустить»: для каждого видимого теста будут показаны вход, ожидаемый и фактический результат.",
    timeout: "Последний запуск превысил лимит времени. Поищите цикл, который не завершается (условие, которое не меняется), или слишком медленный для такого входа подход.",
    error: "Последний запуск завершился ошибкой до окончания тестов. Прочитайте сообщение об ошибке в первом тесте: там указана строка. Проверьте также, что функция называется так, как в условии, и возвращает значение.",
    someFail: (p: number, t: number) => `Проходит ${p} из ${t} видимых тестов. Возьмите самый маленький упавший тест и пройдите по коду вручную с его входом: в каком месте фактический результат начинает расходиться с ожидаемым? Чаще всего виноваты граничные случаи (пустой вход, один элемент, повторы, отрицательные числа).`,
    allPass: (t: number) => `Все ${t} видимых тестов проходят — отлично. Скрытые тесты проверяют ещё и граничные случаи, и большие входные данные. Что, по-вашему, ещё может сломаться?`,
    approachAck: "Звучит как рабочий план.",
    approachFollowUp: "Какой будет временная сложность и расход памяти, и как подход справится с граничными случаями (например, с пустым входом)?",
    greeting: (title: string) => `Здравствуйте! Я ваш интервьюер по задаче «${title}». Спрашивайте о формате входа и выхода, примерах, ограничениях и граничных случаях; я могу дать подсказку, но код за вас писать не буду. Как бы вы подошли к задаче?`,
    task: (summary: string) => `Кратко: ${summary}`,
    taskFollowUp: "Какая часть непонятна?",
    allowed: (time: string) => `Да, можно использовать всё из стандартной библиотеки языка (сортировку, словари, множества и т. д.). Важно, чтобы результат был правильным и эффективным: целевая сложность для этой задачи — ${time}.`,
    done: "Когда будете готовы, нажмите «Завершить»: на последней версии кода запустятся скрытые тесты и тесты производительности. Перед этим проверьте граничные случаи (пустой вход, один элемент, повторы) и сложность решения.",
    thanks: "Пожалуйста! Спрашивайте о задаче в любой момент.",
    other: "Я могу объяснить формат входа и выхода, разобрать примеры, рассказать об ограничениях и граничных случаях, дать подсказку или обсудить ваш подход и его сложность. Что поможет?",
    genericEdges: { array: "пустой список, один элемент, повторяющиеся значения, отрицательные числа", string: "пустая строка, один символ, повторяющиеся символы, разный регистр", number: "ноль, отрицательные числа, очень большие значения", object: "отсутствующие ключи, пустые структуры" },
  },
};

const DESCRIPTION_LINES: Record<"format" | "constraints" | "edge_cases", RegExp> = {
  format: /\b(input|output|return|returns|given|argument|parameter)s?\b|вход|выход|возвра|дан[аоы]?\b|принимает|аргумент|параметр/i,
  constraints: /constraint|\blimit|≤|<=|≥|>=|10\^|10\*\*|\d\s?000|at most|at least|up to|не более|не менее|не больше|не меньше|до \d|ограничени|длин[аы]/i,
  edge_cases: /\bempty\b|\bnegative|\bduplicat|\bzero\b|\bsingle\b|\bno (such|solution|element)|\bif (there|no)|\bexactly one|пуст|отрицательн|повтор|дубл|нул[ьея]|единственн|ровно од|если (нет|не)/i,
};

/** The description's lines (list items and sentences) that talk about one aspect of the task. */
function descriptionLines(task: CodingTask, locale: Locale, aspect: keyof typeof DESCRIPTION_LINES): string[] {
  const text = task.description[locale].replace(/```[\s\S]*?```/g, "");
  const pieces = text
    .split(/\n+|(?<=[.!?])\s+(?=[A-ZА-ЯЁ])/)
    .map((s) => s.replace(/\*\*|__/g, "").replace(/^\s*(#+|[-*+]|\d+[.)])\s*/, "").trim())
    .filter((s) => s.length > 3 && !/^#/.test(s));
  return [...new Set(pieces.filter((s) => DESCRIPTION_LINES[aspect].test(s)))].slice(0, 5);
}

function signature(task: CodingTask, language: TaskLanguage): string {
  const line = task.initialCode[language].split(/\r?\n/).find((l) => /\b(def|function)\b|=>/.test(l) && l.includes(task.functionName[language]));
  return (line ?? `${task.functionName[language]}(...)`).trim().replace(/\s*[:{]\s*$/, "");
}

function valueKinds(task: CodingTask): Array<keyof typeof L.en.genericEdges> {
  const kinds = new Set<keyof typeof L.en.genericEdges>();
  for (const t of task.tests.visible) {
    for (const a of t.args) {
      if (Array.isArray(a)) kinds.add("array");
      else if (typeof a === "string") kinds.add("string");
      else if (typeof a === "number") kinds.add("number");
      else if (a && typeof a === "object") kinds.add("object");
    }
  }
  return [...kinds];
}

/** Which example a message points at ("example 2", "the second one", "второй пример"), if any. */
function exampleIndex(message: string, count: number): number | null {
  const m = message.match(/(?:example|пример)\D{0,3}(\d+)|(\d+)\D{0,3}(?:example|пример)/i);
  const n = m ? Number(m[1] ?? m[2]) : [/\b(first|1st)\b|перв/i, /\b(second|2nd)\b|втор/i, /\b(third|3rd)\b|трет/i].findIndex((re) => re.test(message)) + 1;
  return n >= 1 && n <= count ? n - 1 : null;
}

/** The complexity the message claims ("O(n log n)"), if it states one. */
function claimedComplexity(message: string): string | null {
  const m = message.match(/O\(\s*[^)]{1,15}\)/i);
  return m ? m[0].replace(/\s+/g, " ") : null;
}

const normaliseBigO = (s: string) => s.toLowerCase().replace(/\s+/g, "").replace(/²/g, "^2").replace(/\*\*/g, "^").replace(/·|\*/g, "");

/** A question about the code's complexity when its shape suggests the target is missed, else null. */
export function complexityQuestion(conv: Pick<Conversation, "task" | "code" | "language" | "locale">): string | null {
  const t = L[conv.locale];
  const shape = codeShape(conv.code, conv.language, conv.task.functionName[conv.language]);
  if (expectsSubquadratic(conv.task) && shape.nestedLoops) return t.nested;
  if (expectsSubquadratic(conv.task) && shape.linearLookupInLoop) return t.lookup;
  if (expectsPolynomial(conv.task) && shape.recursionWithoutMemo) return t.recursion;
  return null;
}

export function nextHint(conv: Conversation): BuiltinReply {
  const t = L[conv.locale];
  const hints = conv.task.hints[conv.locale];
  if (hints.length === 0) return { text: t.noHints };
  if (conv.hintsGiven >= hints.length) return { text: t.noMoreHints(hints.length), hintLevel: hints.length };
  const level = conv.hintsGiven + 1;
  return { text: t.hint(level, hints.length, hints[level - 1]), hintLevel: level };
}

export function refusal(conv: Conversation): BuiltinReply {
  const hint = nextHint(conv);
  return { text: `${L[conv.locale].refusal}\n\n${hint.text}`, hintLevel: hint.hintLevel, refused: true };
}

function withComplexityQuestion(conv: Conversation, reply: BuiltinReply): BuiltinReply {
  if (conv.complexityAskedRecently) return reply;
  const question = complexityQuestion(conv);
  return question ? { ...reply, text: `${reply.text}\n\n${question}`, complexityAsked: true } : reply;
}

/** The built-in engine's answer to the candidate's message, given its intent. */
export function builtinReply(conv: Conversation, intent: Intent): BuiltinReply {
  const reply = replyTo(conv, intent);
  // Answers about the task also carry the complexity question when the code calls for one; the
  // other intents decide for themselves.
  const selfContained: Intent[] = ["extract_solution", "hint", "complexity", "run_result", "approach", "greeting", "done", "thanks", "other"];
  return selfContained.includes(intent) ? reply : withComplexityQuestion(conv, reply);
}

function replyTo(conv: Conversation, intent: Intent): BuiltinReply {
  const t = L[conv.locale];
  const { task, locale } = conv;
  switch (intent) {
    case "extract_solution":
      return refusal(conv);
    case "hint":
      return withComplexityQuestion(conv, nextHint(conv));
    case "examples": {
      if (task.examples.length === 0) return { text: t.noExamples };
      const one = exampleIndex(conv.message, task.examples.length);
      const chosen = one === null ? task.examples.map((e, i) => [e, i] as const) : [[task.examples[one], one] as const];
      return { text: [t.examples, ...chosen.map(([e, i]) => t.example(i + 1, e, e.explanation[locale]))].join("\n") };
    }
    case "format": {
      const lines = descriptionLines(task, locale, "format");
      const parts = [t.signature(signature(task, conv.language))];
      if (lines.length) parts.push(`${t.fromDescription}\n${lines.map((l) => `- ${l}`).join("\n")}`);
      if (task.examples[0]) parts.push(t.firstExample(task.examples[0]));
      return { text: parts.join("\n\n") };
    }
    case "constraints": {
      const lines = descriptionLines(task, locale, "constraints");
      const parts = [lines.length ? `${t.fromDescription}\n${lines.map((l) => `- ${l}`).join("\n")}` : t.constraintsNone];
      if (task.tests.performance.length) parts.push(t.performance(task.tests.performance.length));
      return { text: parts.join("\n\n") };
    }
    case "edge_cases": {
      const lines = descriptionLines(task, locale, "edge_cases");
      const generic = valueKinds(task).map((k) => t.genericEdges[k]);
      const names = task.tests.visible.map((v) => v.name).filter((n): n is string => Boolean(n));
      const parts = [`${t.edgeIntro}\n${[...lines, ...generic].map((l) => `- ${l}`).join("\n")}`];
      if (names.length) parts.push(t.visibleNames(names.slice(0, 6).join(", ")));
      parts.push(t.edgeQuestion);
      return { text: parts.join("\n\n") };
    }
    case "complexity": {
      const claim = claimedComplexity(conv.message);
      const target = task.complexity.time;
      const question = complexityQuestion(conv);
      if (claim) {
        const text = normaliseBigO(claim) === normaliseBigO(target) && !question ? t.claimMatches(claim) : t.claimDiffers(claim, target);
        return { text: question ? `${text}\n\n${question}` : text, complexityAsked: Boolean(question) };
      }
      const parts = [t.complexityTarget(task.complexity.time, task.complexity.space)];
      parts.push(question ?? t.askComplexity);
      return { text: parts.join("\n\n"), complexityAsked: true };
    }
    case "run_result": {
      const run = conv.lastRun;
      if (!run) return { text: t.notRun };
      if (run.status === "timeout") return withComplexityQuestion(conv, { text: t.timeout });
      if (run.status === "error") return { text: t.error };
      if (run.passed < run.total) return { text: t.someFail(run.passed, run.total) };
      return withComplexityQuestion(conv, { text: t.allPass(run.total) });
    }
    case "approach": {
      const question = conv.complexityAskedRecently ? null : complexityQuestion(conv);
      return { text: `${t.approachAck} ${question ?? t.approachFollowUp}`, complexityAsked: true };
    }
    case "greeting":
      return { text: t.greeting(task.title[locale]) };
    case "task": {
      const summary = task.description[locale].split(/\n\s*\n/)[0].trim();
      const parts = [t.task(summary), t.signature(signature(task, conv.language))];
      if (task.examples[0]) parts.push(t.firstExample(task.examples[0]));
      parts.push(t.taskFollowUp);
      return { text: parts.join("\n\n") };
    }
    case "allowed":
      return { text: t.allowed(task.complexity.time) };
    case "done":
      return withComplexityQuestion(conv, { text: t.done });
    case "thanks":
      return { text: t.thanks };
    default:
      return withComplexityQuestion(conv, { text: t.other });
  }
}
