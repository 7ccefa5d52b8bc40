// Section headings in English and Russian, and the one-line labelled sections ("Skills: a, b, c").
import type { ResumeBlockType } from "../types";
import { TITLE_WORD } from "./title-words";

const HEADINGS: Record<ResumeBlockType, string[]> = {
  contacts: ["contact", "contacts", "contact information", "contact info", "contact details", "personal details", "personal information", "personal info", "контакты", "контактная информация", "контактные данные", "личная информация", "личные данные"],
  summary: ["summary", "professional summary", "career summary", "executive summary", "summary of qualifications", "profile", "professional profile", "personal profile", "about", "about me", "objective", "career objective", "introduction", "о себе", "обо мне", "профиль", "краткая информация", "цель", "кратко обо мне", "общая информация"],
  experience: ["experience", "work experience", "professional experience", "employment history", "employment", "work history", "career history", "relevant experience", "professional background", "career", "опыт работы", "профессиональный опыт", "трудовой опыт", "трудовая деятельность", "места работы", "опыт", "карьера", "история работы"],
  education: ["education", "academic background", "education and training", "academic qualifications", "qualifications", "образование", "основное образование", "высшее образование", "учеба", "учёба"],
  skills: ["skills", "key skills", "technical skills", "core skills", "core competencies", "competencies", "skills and competencies", "skill set", "skillset", "expertise", "areas of expertise", "tech stack", "technology stack", "stack", "technologies", "tools", "tools and technologies", "main skills", "hard skills", "soft skills", "professional skills", "programming languages", "навыки", "ключевые навыки", "основные навыки", "профессиональные навыки", "технические навыки", "компетенции", "ключевые компетенции", "стек", "стек технологий", "технологии", "инструменты", "языки программирования", "умения", "навыки и умения"],
  projects: ["projects", "key projects", "selected projects", "personal projects", "side projects", "portfolio", "проекты", "ключевые проекты", "избранные проекты", "портфолио"],
  languages: ["languages", "language skills", "language", "spoken languages", "языки", "знание языков", "владение языками", "иностранные языки", "язык", "знание иностранных языков"],
  other: ["certifications", "certificates", "certification", "courses", "training", "trainings", "additional education", "professional development", "licenses and certifications", "interests", "hobbies", "awards", "achievements", "honors", "honours", "references", "publications", "volunteering", "volunteer experience", "additional information", "activities", "повышение квалификации", "курсы", "сертификаты", "дополнительное образование", "тренинги", "интересы", "хобби", "увлечения", "достижения", "награды", "рекомендации", "публикации", "волонтерство", "дополнительная информация", "дополнительно", "курсы и сертификаты"],
};

const BY_NAME = new Map<string, ResumeBlockType>();
for (const [type, names] of Object.entries(HEADINGS) as [ResumeBlockType, string[]][]) {
  for (const name of names) BY_NAME.set(name, type);
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/&/g, " and ")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^[\s#*•●▪■◆►|=_\-–—:.\d)]+|[\s*•●▪■◆►|=_\-–—:.]+$/g, "")
    .trim();
}

/** The block type a line names when it is a whole heading ("Work Experience", "ОПЫТ РАБОТЫ:"), else null. */
export function headingType(line: string): ResumeBlockType | null {
  if (line.length > 80) return null;
  const whole = BY_NAME.get(normalize(line));
  if (whole) return whole;
  // "Опыт работы — 8 лет 3 месяца", "Experience (12 years)": a heading with its total.
  const m = /^(.{3,40}?)\s*(?:[—–:-]\s*|\()\s*\d+[^\p{L}]*\p{L}/u.exec(line);
  if (m && /(?:лет|год|месяц|years?|yrs?|months?)/iu.test(line)) return BY_NAME.get(normalize(m[1]!)) ?? null;
  return null;
}

// Words that name a section inside a heading not in the list ("Relevant Work Experience",
// "Skills & Tools", "Опыт работы и проекты"); only for lines styled as headings.
const KEYWORDS: [RegExp, ResumeBlockType][] = [
  [/(?<![\p{L}])(experience|employment|work history|career|опыт|трудов|мест[аo] работы)/iu, "experience"],
  [/(?<![\p{L}])(education|academic|образовани|учеб)/iu, "education"],
  [/(?<![\p{L}])(languages?|язык)/iu, "languages"],
  [/(?<![\p{L}])(skills|competenc|expertise|technolog|tools|stack|навык|компетенц|технолог|стек|инструмент)/iu, "skills"],
  [/(?<![\p{L}])(projects?|portfolio|проект|портфолио)/iu, "projects"],
  [/(?<![\p{L}])(summary|profile|about|objective|о себе|обо мне|профил|цель)/iu, "summary"],
  [/(?<![\p{L}])(contacts?|контакт)/iu, "contacts"],
  [/(?<![\p{L}])(certificat|courses|training|awards|achievements|interests|hobbies|publications|references|курсы|сертифик|повышени|достижени|награды|интересы|хобби|публикаци)/iu, "other"],
];

/**
 * A heading outside the list, recognised by a section word, when the line looks like a heading:
 * short, no sentence, and styled (upper case, bold, underlined, a larger font, or ending in ":").
 */
export function styledHeadingType(line: string, styled: boolean): ResumeBlockType | null {
  const text = line.trim();
  if (text.length > 45 || /\d|[.,;!?]$|@/.test(text) || text.split(/\s+/).length > 5) {
    if (!(text.endsWith(":") && text.length <= 45)) return null;
  }
  const upper = text === text.toUpperCase() && /\p{Lu}/u.test(text);
  if (!styled && !upper && !text.endsWith(":")) return null;
  // A bold job title ("Project Coordinator") is not a heading.
  if (TITLE_WORD.test(text)) return null;
  // "Programming languages" is a skills heading.
  if (/programming languages|языки программирования/i.test(text)) return "skills";
  for (const [re, type] of KEYWORDS) if (re.test(text)) return type;
  return null;
}

/** Labels that start a one-line section: "Skills: Linux, Git", "Ключевые навыки — Agile, Jira". */
const INLINE = /^\s*([\p{L} ]{2,40}?)\s*(?::|\s[—–-]\s)\s*(\S.*)$/u;

// "Stack: ..." inside a job is that job's stack, not a skills section.
const JOB_STACK = new Set(["stack", "tech stack", "technology stack", "technologies", "tools", "tools and technologies", "стек", "стек технологий", "технологии", "инструменты"]);

export function inlineSection(line: string, inJob = false): { type: ResumeBlockType; label: string; rest: string } | null {
  const m = INLINE.exec(line);
  if (!m) return null;
  const label = normalize(m[1]!);
  const type = BY_NAME.get(label);
  if (type !== "skills" && type !== "languages") return null;
  if (inJob && JOB_STACK.has(label)) return null;
  return { type, label: m[1]!.trim(), rest: m[2]! };
}

/** "Experience: Acme Corp 2019 - Present", "Education: MIT, BSc 2016": a heading and its first line. */
export function labelledLine(line: string): { type: ResumeBlockType; label: string; rest: string } | null {
  const m = /^\s*([\p{L} ]{2,40}?)\s*:\s*(\S.*)$/u.exec(line);
  if (!m) return null;
  const type = BY_NAME.get(normalize(m[1]!));
  if (type !== "experience" && type !== "education" && type !== "summary" && type !== "projects") return null;
  return { type, label: m[1]!.trim(), rest: m[2]! };
}
