// What a candidate's chat message asks for, in English or Russian. The built-in engine answers by
// intent, and the report's soft-skill score counts them, so the same detection serves both.

export type Intent =
  | "extract_solution"
  | "hint"
  | "examples"
  | "format"
  | "constraints"
  | "edge_cases"
  | "complexity"
  | "run_result"
  | "approach"
  | "task"
  | "allowed"
  | "done"
  | "thanks"
  | "greeting"
  | "other";

/** Intents that are questions about the task itself (the "clarifying questions" of the report). */
export const CLARIFYING_INTENTS: readonly Intent[] = ["examples", "format", "constraints", "edge_cases", "task", "allowed"];

// Attempts to get the solution handed over, including the usual tricks: overriding the rules,
// role-play, "just the first line", pseudo-code, translating a solution, and their Russian forms.
const EXTRACTION: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompt|restrictions?|guidelines?|constraints? you)/i,
  /\b(system|developer)\s+(prompt|message|instructions?)\b/i,
  /\b(jailbreak|dan mode|developer mode)\b/i,
  /\b(write|give|show|send|provide|paste|type|share)\b.{0,30}\b(code|solution|answer|implementation|program|snippet)\b/i,
  /\bwrite\b.{0,20}\bfunction\b/i,
  /\b(solve|finish|complete|implement|do)\b.{0,20}\b(it|this|task|problem|exercise|function)\b.{0,20}\bfor me\b/i,
  /\bfor me\b.{0,30}\b(code|solution|implement|solve)/i,
  /\b(write|code|implement|solve|do|finish)\s+(it|this|that)\b.{0,30}\bfor me\b/i,
  /\b(without|no)\s+(restrictions|rules|limits|filters|guardrails)\b/i,
  /\bas an example\b/i,
  /\b(pretend|imagine you|act as|role[- ]?play|play the role|you are now)\b/i,
  /\b(grandma|grandmother|granny|teacher|tutor|mentor)\b.{0,60}\b(code|solution|used to|would)\b/i,
  /\b(just|only|give me|write|show me|tell me)\b.{0,15}\b(first|next|one|single)\s+lines?\b/i,
  /\b(first|next)\s+lines?\s+of\s+(the\s+|your\s+)?(code|solution|function|implementation)/i,
  /\bpseudo[- ]?code\b/i,
  /\btranslate\b.{0,40}\b(solution|code|this|into|to)\b/i,
  /\b(full|complete|final|reference|model|official)\s+(solution|code|answer|implementation)\b/i,
  /\bwhat (is|'s) the (solution|algorithm)\b/i,
  /\bfix (my|the|this) code\b/i,
  // Russian
  /(напиши|написать|напишите|дай|дайте|покажи|покажите|пришли|скинь|выведи)[^.?!]{0,30}(код|решени|ответ|функци|реализац|программ)/i,
  /(забудь|игнорируй|проигнорируй|отмени|не обращай внимания)[^.?!]{0,40}(инструкц|правил|указани|ограничени|промпт)/i,
  /(реши|решите|сделай|доделай|допиши|закончи|реализуй)[^.?!]{0,30}за меня/i,
  /за меня[^.?!]{0,30}(реши|напиши|сделай)/i,
  /(представь|притворись|вообрази|сыграй|веди себя как|ты\s+—?\s*(мо[йя]|теперь))/i,
  /(бабушк|учител|преподавател|наставник)[^.?!]{0,60}(код|решени|рассказывал|показывал)/i,
  /(перв|следующ|одн)[а-я]*\s+строк[а-я]*[^.?!]{0,20}(код|решени|функци)/i,
  /(только|хотя бы|напиши|покажи|дай)[^.?!]{0,15}(перв|одн)[а-я]*\s+строк/i,
  /псевдо-?код/i,
  /переведи[^.?!]{0,40}(решени|код|на)/i,
  /(готов|полн|эталонн)[а-я]*\s+(решени|код|реализац)/i,
  /(системн|скрыт)[а-я]*\s+(промпт|инструкц)/i,
  /без (ограничений|правил|фильтров)/i,
  /(исправь|почини)[^.?!]{0,20}(мой |этот )?код/i,
];

const RULES: Array<[Intent, RegExp[]]> = [
  ["hint", [/\bhints?\b/i, /\bstuck\b/i, /\b(no idea|don'?t know (how|where)|not sure how|how (do|should|can) i (start|begin|approach))\b/i, /\bnudge\b/i,
    /подсказ/i, /застрял/i, /не знаю,? (как|с чего)/i, /не понимаю,? как/i, /с чего начать/i, /помоги/i]],
  ["run_result", [/\b(check|review|look at)\s+(my|the|this)\s+(code|solution)\b/i, /\bwhat'?s?( is)? wrong with (my|the|this) (code|solution)/i, /\bis (my|the|this) (code|solution) (correct|right|ok|okay|fine|good)\b/i,
    /провер[а-яё]*\s+(мой |моё |это )?(код|решени)/i, /что не так с (моим |этим )?(код|решени)/i, /(правильн|верн)[а-я]* ли (мой |моё )?(код|решени)/i, /(мой|моё) (код|решение) (правильн|верн)/i,/\btests?\b.{0,30}\b(fail|failing|failed|red|broken|wrong|don'?t pass|not pass)/i, /\b(fail|failing|failed)\b.{0,20}\btests?\b/i, /\bwhy\b.{0,30}\b(fail|wrong|error)/i, /\b(error|exception|traceback|timeout|timed out)\b/i,
    /(тест|проверк)[а-я]*[^.?!]{0,30}(не проход|пада|упал|красн|провал)/i, /(не проход|упал|падает)[^.?!]{0,20}тест/i, /ошибк/i, /почему[^.?!]{0,30}(не работ|неправильн|не так)/i]],
  ["complexity", [/\bcomplexit/i, /\bbig[- ]?o\b/i, /\bO\([^)]{1,12}\)/, /\b(faster|slow|optimi[sz]|efficien|performance|quadratic|linear time)/i,
    /сложност/i, /оптимиз/i, /быстрее/i, /медленн/i, /эффективн/i, /квадратичн/i, /линейн/i]],
  ["examples", [/\bexamples?\b/i, /\bsample\b/i, /\bexplain (the )?(first|second|third)\b/i, /пример/i]],
  ["allowed", [/\bcan i use\b/i, /\bam i allowed\b/i, /\bis it (ok|okay|fine|allowed) to use\b/i, /\bmay i use\b/i, /можно (ли )?(мне )?использ/i, /разрешено (ли )?использ/i]],
  ["edge_cases", [/\bedge\b/i, /\bwhat if\b/i, /\bno (answer|solution|pair|match)\b/i, /\b(equal|same) (numbers|values|elements)\b/i, /\bcorner\b/i, /\bempty\b/i, /\bnegative\b/i, /\bduplicat/i, /\bspecial cases?\b/i, /\bnull\b|\bnone\b/i,
    /граничн/i, /крайн/i, /пуст/i, /а если/i, /нет (ответа|решения|пары)/i, /одинаков|равн[а-я]+ (числ|элемент|значени)/i, /отрицательн/i, /дубл|повтор/i, /особ[а-я]* случа/i]],
  ["constraints", [/\bconstraints?\b/i, /\blimits?\b/i, /\brange\b/i, /\bhow (big|large|many|long)\b/i, /\bmax(imum)?\b|\bmin(imum)?\b/i, /\bsize\b/i,
    /ограничени/i, /диапазон/i, /насколько (больш|длинн)/i, /сколько (может|бывает|максимум)/i, /максимальн|минимальн/i, /размер/i]],
  ["format", [/\b(input|output|return|returns|format|argument|parameter|signature|type)s?\b/i,
    /вход/i, /выход/i, /возвра/i, /формат/i, /аргумент/i, /параметр/i, /сигнатур/i, /тип[а-я]* данн/i]],
  ["task", [/\b(explain|repeat|clarify|rephrase)\b.{0,20}\b(task|problem|question|statement)\b/i, /\b(don'?t|do not) understand\b/i, /\bwhat does\b.{1,30}\bmean\b/i, /\bwhat is\b.{1,20}\?$/i,
    /(объясни|поясни|повтори|перефразируй)[а-я]*\s+(мне\s+)?(задач|услови)/i, /не понима/i, /что (такое|значит|означает)/i]],
  ["done", [/\b(i'?m|i am|i think i'?m) (done|finished|ready)\b/i, /\bi (have )?finished\b/i, /готово|я (всё )?(закончил|сделал|решил)/i]],
  ["approach", [/\b(i('ll| will| am going to| plan to| think| want to| would)|my (idea|approach|plan|solution)|i'm (going|thinking)|let me)\b/i,
    /\b(use|using) (a |an )?(hash|map|set|dict|dictionary|stack|queue|heap|two pointers|sliding window|binary search|sort|recursion|dp|dynamic programming)/i,
    /я (буду|хочу|думаю|планирую|собираюсь|предлагаю|решил)/i, /мо[йяё] (иде|подход|план|решени)/i, /(использ|применю)/i]],
  ["thanks", [/\bthanks?\b|\bthank you\b|\bthx\b/i, /спасибо|благодарю/i]],
  ["greeting", [/^\s*(hi|hello|hey|good (morning|afternoon|evening))\b/i, /^\s*(привет|здравствуй|добрый (день|вечер)|доброе утро)/i]],
];

/** The intent of one message: a solution-extraction attempt wins over everything else. */
export function detectIntent(message: string): Intent {
  const text = message.normalize("NFKC");
  if (EXTRACTION.some((re) => re.test(text))) return "extract_solution";
  for (const [intent, patterns] of RULES) if (patterns.some((re) => re.test(text))) return intent;
  return "other";
}
