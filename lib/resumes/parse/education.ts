// Education entries and the highest completed level. Courses and certificates never count.
import type { EducationLevel, ParsedEducation } from "../types";

const LEVEL_RANK: Record<EducationLevel, number> = { none: 0, secondary: 1, bachelor: 2, master: 3, phd: 4 };

const DEGREES: [RegExp, EducationLevel][] = [
  [/\b(ph\.?\s?d|d\.?phil|doctor of|doctorate|sc\.?d)\b|кандидат\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+наук|доктор\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+наук|\bк\.\s?[\p{L}]{1,4}\.\s?н\./iu, "phd"],
  [/\b(master|masters|master's|msc|m\.sc|m\.s\.|ms|mba|m\.b\.a|ma|m\.a\.|meng|m\.eng|mphil|llm|mpa|mph)\b|магистр|магистратур/iu, "master"],
  [/\b(bachelor|bachelors|bachelor's|bsc|b\.sc|b\.s\.|bs|ba|b\.a\.|beng|b\.eng|bba|llb|b\.tech|btech|undergraduate degree)\b|бакалавр|специалист(?!\s+по)|специалитет|высшее(?!\s+неоконч)|инженер-|\bдиплом специалиста/iu, "bachelor"],
  [/\b(high school|secondary school|a-levels?|gcse|ged|sixth form|associate degree|associate of|vocational|diploma of secondary)\b|среднее\s+(?:общее|профессиональное|специальное|полное|техническое)|среднее образование|колледж|техникум|училищ|лицей|гимназия|\bшкола\b|\bschool\b/iu, "secondary"],
];

const INSTITUTION = /\b(university|universit[éeà]|college|institute|institut|academy|school|polytechnic|conservatory|business school)\b|университет|институт|академи|колледж|техникум|училищ|лицей|гимназия|школа|\bМГУ\b|\bМГТУ\b|\bМФТИ\b|\bНИУ\b|\bВШЭ\b|\bСПбГУ\b|\bМИФИ\b|\bИТМО\b/iu;
const NOT_DEGREE = /\b(course|courses|certificate|certification|certified|bootcamp|training|workshop|online)\b|курс|сертификат|тренинг|повышени\p{L}*\s+квалификац|онлайн/iu;
const INCOMPLETE = /\b(incomplete|unfinished|expected|in progress|ongoing|currently|present)\b|неоконч|незаконч|студент|ожида|по настоящее|н\.\s?в\./iu;
const YEAR = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/g;

/** The level a line names, or null (course and certificate lines name none). */
export function degreeLevel(text: string): EducationLevel | null {
  if (NOT_DEGREE.test(text)) return null;
  for (const [re, level] of DEGREES) if (re.test(text)) return level;
  return null;
}

/** Whether a line without a heading looks like education: a degree or a school. */
export function isEducationLine(text: string): boolean {
  if (NOT_DEGREE.test(text)) return false;
  return INSTITUTION.test(text) || DEGREES.slice(0, 3).some(([re]) => re.test(text)) || DEGREES[3]![0].test(text);
}

function isInstitution(text: string): boolean {
  return INSTITUTION.test(text) && !DEGREES.slice(0, 3).some(([re]) => re.test(text.replace(INSTITUTION, "")));
}

function lastYear(text: string): number | null {
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

function clean(text: string): string {
  return text
    .replace(YEAR, "")
    .replace(/\(\s*\)|[–—-]\s*$/g, "")
    .replace(/^[\s,;|–—-]+|[\s,;|–—-]+$/g, "")
    .trim();
}

/** A narrow column wraps "Казанский / федеральный / университет": a line that starts in lower case continues the one above. */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (out.length > 0 && /^\p{Ll}/u.test(line)) out[out.length - 1] = `${out[out.length - 1]} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Entries from the education block's lines, in order. */
export function parseEducation(lines: string[], referenceYear: number): { entries: ParsedEducation[]; level: EducationLevel } {
  const entries: (ParsedEducation & { complete: boolean; level: EducationLevel | null })[] = [];
  let cur: (typeof entries)[number] | null = null;
  for (const raw of joinWrapped(lines)) {
    const text = raw.replace(/^[•●▪■◆►○◦·*\-–—]\s*/, "").trim();
    if (!text || NOT_DEGREE.test(text)) {
      cur = null;
      continue;
    }
    const level = degreeLevel(text);
    const year = lastYear(text);
    const body = clean(text);
    const institution = isInstitution(text);
    const startsEntry = !cur || (institution && (cur.institution !== "" || cur.degree !== null)) || (level !== null && cur.degree !== null && !institution);
    if (startsEntry) {
      cur = { institution: "", degree: null, year: null, complete: true, level: null };
      entries.push(cur);
    }
    const entry = cur!;
    if (body) {
      if (institution && !entry.institution) entry.institution = body;
      else if (level !== null && entry.degree === null) {
        entry.degree = body;
        entry.level = level;
      } else if (entry.degree !== null && !institution && entry.year === null && level === null) entry.degree = `${entry.degree} ${body}`;
      else if (!entry.institution) entry.institution = body;
      else if (entry.degree === null) entry.degree = body;
    }
    if (institution && entry.level === null && level !== null) entry.level = level;
    if (year !== null) entry.year = entry.year === null ? year : Math.max(entry.year, year);
    if (INCOMPLETE.test(text)) entry.complete = false;
  }
  let best: EducationLevel = "none";
  for (const e of entries) {
    const level = e.level ?? (e.institution ? degreeLevel(e.institution) : null);
    if (!level || !e.complete) continue;
    if (e.year !== null && e.year > referenceYear) continue;
    if (LEVEL_RANK[level] > LEVEL_RANK[best]) best = level;
  }
  return {
    entries: entries.filter((e) => e.institution || e.degree).map(({ institution, degree, year }) => ({ institution: institution || (degree ?? ""), degree, year })),
    level: best,
  };
}
