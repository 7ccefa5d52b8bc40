import type { EducationLevel, ResumeLanguage, VacancyRequirements } from "../types";
import { skillKey } from "./requirement-names";
import { findSkills } from "../taxonomy";
import { EDUCATION_RANK } from "./weights";

type Section = "required" | "nice" | "other" | "intro";

// Headings that open a section, matched against a whole line (or the part before a colon).
const HEADINGS: { section: Exclude<Section, "intro">; pattern: RegExp }[] = [
  {
    section: "nice",
    pattern:
      /^(nice[- ]to[- ]haves?|(it )?(would|will) be a plus|(a |is a )?plus(es)?|bonus( points)?|preferred( qualifications| skills)?|desirable|good to have|будет плюсом|плюсом будет|желательно|приветствуется|будет преимуществом|преимуществом будет|дополнительно)$/,
  },
  {
    section: "required",
    pattern:
      /^(requirements?|required( skills| qualifications)?|must[- ]haves?|qualifications|what we expect( from you)?|what you( will)? need|you have|you should have|who we are looking for|skills|требования( к кандидату)?|обязательно|обязательные требования|мы ждем( от вас)?|ожидаем|что мы ожидаем|от вас|необходимо|нам важно|наши ожидания|ключевые навыки)$/,
  },
  {
    section: "other",
    pattern:
      /^(responsibilities|what you('ll| will) do|your tasks|tasks|we offer|what we offer|benefits|about us|about the company|conditions|обязанности|задачи|чем предстоит заниматься|мы предлагаем|что мы предлагаем|условия|о компании|о нас)$/,
  },
];

// A line inside a requirements list that marks itself as optional.
const NICE_INLINE = /(nice to have|is a plus|will be a plus|would be a plus|a big plus|is an advantage|preferred|desirable|bonus|будет плюсом|плюсом будет|желательно|приветствуется|преимуществом|будет преимуществом|как плюс)/;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  одного: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
};
const NUM = String.raw`(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|одного|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)`;
const YEARS_PATTERNS: RegExp[] = [
  new RegExp(String.raw`${NUM}\s*\+\s*(?:years?|yrs?)`, "g"),
  new RegExp(String.raw`(?:at least|minimum(?: of)?|min\.?|no less than)\s+${NUM}\s+(?:years?|yrs?)`, "g"),
  new RegExp(String.raw`(?:over|more than)\s+${NUM}\s+(?:years?|yrs?)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}experience`, "g"),
  new RegExp(String.raw`${NUM}\s+(?:or more\s+)?(?:years?|yrs?)\s+(?:of\s+)?(?:(?:commercial|professional|relevant|proven|hands-on|industry|work)\s+)*(?:experience|in\b|with\b|of\b)`, "g"),
  new RegExp(String.raw`(?:от|не менее|минимум)\s+${NUM}(?:-?х)?\s*(?:\+\s*)?(?:лет|года?|г\.)`, "g"),
  new RegExp(String.raw`${NUM}\s*\+\s*(?:лет|года?)`, "g"),
  new RegExp(String.raw`опыт[а-я ]{0,40}?(?:от|не менее|более|больше|свыше)\s+${NUM}`, "g"),
];

// Education levels by the words that name them; the lowest level a requirement line names is the minimum.
const EDUCATION_PATTERNS: { level: EducationLevel; pattern: RegExp }[] = [
  { level: "phd", pattern: /\b(ph\.?\s?d|doctorate|doctoral)\b( degree)?|кандидат[а-я]* наук|учен[а-я]+ степен[а-я]*/ },
  { level: "master", pattern: /\b(master'?s?|msc|m\.sc|mba|m\.s\.)(?![a-z])( degree)?|магистр[а-я]*/ },
  { level: "bachelor", pattern: /\b(bachelor'?s?|bsc|b\.sc|b\.s\.|b\.a\.|university degree|college degree|higher education|degree)\b|бакалавр|высшее( техническое| профильное| математическое| экономическое)? образование|высшего образования|(^|[^а-я])вуз/ },
  { level: "secondary", pattern: /\b(high school|secondary (school|education)|vocational)\b|среднее( специальное| профессиональное)? образование|среднее специальное/ },
];
const NO_EDUCATION = /(no degree (is )?required|degree (is )?not required|education (is )?not important|образование не важно|образование не имеет значения|без высшего образования|без требований к образованию)/;

const LANGUAGE_PATTERNS: { language: ResumeLanguage; pattern: RegExp }[] = [
  { language: "en", pattern: /\b(english|английск[а-я]*)\b|английск[а-я]*/ },
  { language: "ru", pattern: /\b(russian)\b|русск[а-я]* язык|русским языком|знание русского/ },
];

/**
 * What a vacancy asks for, read from its free-text description: skills in "Requirements" /
 * "Требования" sections are required, in "Nice to have" / "Будет плюсом" sections (or on lines
 * saying "is a plus", "желательно") nice to have. A description without a requirements section
 * has all its skills required, except those of offer / about-us sections. Minimum years, the
 * education level and a required spoken language come from the same required text.
 * `language` is the spoken language the vacancy asks for (not the language it is written in).
 * Both languages' patterns are always tried, since vacancies mix them ("Требования: English B2");
 * `_lang`, the language the text is written in, is accepted for callers that know it and unused.
 */
export function extractRequirements(text: string, _lang?: ResumeLanguage): VacancyRequirements & { title?: string } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trim());
  const title = titleOf(lines);
  const chunks: Record<Section, string[]> = { required: [], nice: [], other: [], intro: [] };
  let section: Section = "intro";
  for (const raw of lines) {
    if (!raw) continue;
    const line = raw.replace(/^[-*•·–—▪►✓✔]+\s*/, "");
    const colon = line.indexOf(":");
    const head = normalise(colon >= 0 ? line.slice(0, colon) : line).replace(/[.:!]+$/, "");
    const heading = HEADINGS.find((h) => h.pattern.test(head));
    if (heading) {
      section = heading.section;
      const rest = colon >= 0 ? line.slice(colon + 1).trim() : "";
      if (rest) chunks[section].push(rest);
      continue;
    }
    const target: Section = section !== "nice" && section !== "other" && NICE_INLINE.test(normalise(line)) ? "nice" : section;
    chunks[target].push(line);
  }
  // Without a requirements section, a description states its requirements in running text.
  const requiredText = (chunks.required.length ? chunks.required : [...chunks.intro, ...chunks.other]).join("\n");
  const niceText = chunks.nice.join("\n");

  const required = unique(findSkills(requiredText));
  const requiredKeys = new Set(required.map(skillKey));
  const niceToHave = unique(findSkills(niceText)).filter((name) => !requiredKeys.has(skillKey(name)));
  // Years and education may be stated anywhere outside the nice-to-have part ("Опыт от 3 лет" in an intro).
  const statedText = normalise((chunks.required.length ? [...chunks.intro, ...chunks.required] : [...chunks.intro, ...chunks.other]).join("\n"));

  const result: VacancyRequirements & { title?: string } = {
    required_skills: required,
    nice_to_have_skills: niceToHave,
    min_experience_years: minYears(statedText),
    education_level: educationLevel(statedText),
  };
  const language = spokenLanguage(normalise(requiredText));
  if (language) result.language = language;
  if (title) result.title = title;
  return result;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/[’`]/g, "'").replace(/\s+/g, " ").trim();
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(skillKey(name)) && !!seen.add(skillKey(name)));
}

function titleOf(lines: string[]): string | undefined {
  const first = lines.find((line) => line.length > 0);
  if (!first || first.length > 80 || /[.!?;]$/.test(first) || first.includes(":")) return undefined;
  return HEADINGS.some((h) => h.pattern.test(normalise(first))) ? undefined : first;
}

function toNumber(word: string): number {
  const value = Number(word.replace(",", "."));
  return Number.isFinite(value) ? value : (NUMBER_WORDS[word.replace("ё", "е")] ?? NUMBER_WORDS[word] ?? NaN);
}

/** The largest minimum stated: "3+ years with Python" next to "5+ years in total" means 5. */
function minYears(stated: string): number | null {
  // A range states its lower end: "2-4 years" and "от 3 до 5 лет" ask for 2 and 3.
  const text = stated.replace(/(\d+)\s*(?:-|–|—|to|до)\s*\d+(\s*(?:years?|yrs?|лет|года?)(?![a-zа-я]))/g, "$1$2");
  let best: number | null = null;
  for (const pattern of YEARS_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = toNumber(match[1]);
      if (Number.isFinite(value) && value > 0 && value <= 15 && (best === null || value > best)) best = value;
    }
  }
  return best;
}

/** The lowest level the text names as acceptable ("Bachelor's or Master's" means bachelor). */
function educationLevel(text: string): EducationLevel {
  if (NO_EDUCATION.test(text)) return "none";
  let level: EducationLevel = "none";
  let rest = text;
  // Highest first, each match taken out, so "a master's degree" is not also read as "degree".
  for (const { level: candidate, pattern } of EDUCATION_PATTERNS) {
    const global = new RegExp(pattern.source, "g");
    if (!global.test(rest)) continue;
    rest = rest.replace(global, " ");
    if (level === "none" || EDUCATION_RANK[candidate] < EDUCATION_RANK[level]) level = candidate;
  }
  return level;
}

/**
 * A spoken language the vacancy asks for. A vacancy naming English in its requirements asks for
 * English; naming only Russian, Russian. The language the vacancy is written in is not a requirement.
 */
function spokenLanguage(text: string): ResumeLanguage | undefined {
  for (const { language, pattern } of LANGUAGE_PATTERNS) if (pattern.test(text)) return language;
  return undefined;
}
