// Education entries and the highest completed level. Courses and certificates never count.
import type { EducationLevel, ParsedEducation } from "../types";

const LEVEL_RANK: Record<EducationLevel, number> = { none: 0, secondary: 1, bachelor: 2, master: 3, phd: 4 };

// Word edges as lookarounds: \b only knows ASCII letters, and abbreviations end with a dot.
const L = "(?<![\\p{L}\\d])";
const R = "(?![\\p{L}\\d])";
const NOT_OFFICE = "(?!\\s+(?:excel|office|word|project|sql|access|teams|outlook|powerpoint|visio|dynamics|azure))";

function re(source: string): RegExp {
  return new RegExp(source, "iu");
}

/** Full degree names, safe to look for anywhere in a resume. */
const STRONG_DEGREES: [RegExp, EducationLevel][] = [
  [re(`${L}(?:ph\\.?\\s?d\\.?|d\\.?phil|doctor of|doctorate)${R}|кандидат\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+наук|доктор\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+наук`), "phd"],
  [re(`${L}(?:master|masters|master's|mba|m\\.b\\.a\\.?)${R}|магистр|магистратур`), "master"],
  [re(`${L}(?:bachelor|bachelors|bachelor's)${R}|бакалавр|специалитет|диплом специалиста`), "bachelor"],
  [re(`${L}(?:high school diploma|a-levels?|gcse|ged)${R}|среднее\\s+(?:общее|профессиональное|специальное|полное|техническое)\\s+образование`), "secondary"],
];

const DEGREES: [RegExp, EducationLevel][] = [
  [re(`${STRONG_DEGREES[0]![0].source}|${L}(?:sc\\.d\\.?|к\\.\\s?[\\p{L}]{1,4}\\.\\s?н\\.)`), "phd"],
  [re(`${STRONG_DEGREES[1]![0].source}|${L}(?:msc|m\\.sc\\.?|m\\.s\\.|ms${NOT_OFFICE}|ma|m\\.a\\.|meng|m\\.eng\\.?|mphil|llm|mpa|mph)${R}`), "master"],
  [re(`${STRONG_DEGREES[2]![0].source}|${L}(?:bsc|b\\.sc\\.?|b\\.s\\.|bs|ba|b\\.a\\.|beng|b\\.eng\\.?|bba|llb|b\\.tech|btech)${R}|специалист(?!\\s+по)|высшее(?!\\s+неоконч)|инженер-`), "bachelor"],
  [re(`${STRONG_DEGREES[3]![0].source}|${L}(?:high school|secondary school|sixth form|associate degree|associate of|vocational|school)${R}|среднее\\s+(?:общее|профессиональное|специальное|полное|техническое)|среднее образование|колледж|техникум|училищ|лицей|гимнази|${L}школа${R}`), "secondary"],
];

const INSTITUTION = re(`${L}(?:university|universit[éeà]|college|institute|institut|academy|school|sixth form|polytechnic|conservatory)${R}|университет|институт|академи|колледж|техникум|училищ|лицей|гимнази|${L}школа${R}|${L}(?:МГУ|МГТУ|МФТИ|НИУ|ВШЭ|СПбГУ|МИФИ|ИТМО|РАНХиГС|МГИМО)${R}`);
const NOT_DEGREE = re(`${L}(?:course|courses|certificate|certification|certified|bootcamp|training|workshop|online)${R}|курс|сертификат|тренинг|повышени\\p{L}*\\s+квалификац|онлайн`);
const INCOMPLETE = re(`${L}(?:incomplete|unfinished|expected|in progress|ongoing|currently|present|candidate|student)${R}|неоконч|незаконч|студент|ожида|по настоящее|${L}н\\.\\s?в\\.`);
const YEAR = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/g;

/** The level a line names, or null (course and certificate lines name none). */
export function degreeLevel(text: string, strict = false): EducationLevel | null {
  if (NOT_DEGREE.test(text)) return null;
  for (const [pattern, level] of strict ? STRONG_DEGREES : DEGREES) if (pattern.test(text)) return level;
  return null;
}

/** Whether a line without a heading looks like education: a degree or a school. */
export function isEducationLine(text: string): boolean {
  if (NOT_DEGREE.test(text)) return false;
  // Full degree names only: abbreviations (MA, BS) are also US states and other things.
  return INSTITUTION.test(text) || STRONG_DEGREES.some(([pattern]) => pattern.test(text));
}

function isInstitution(text: string): boolean {
  if (STRONG_DEGREES.some(([pattern]) => pattern.test(text))) return false;
  return INSTITUTION.test(text) && !DEGREES.slice(0, 3).some(([pattern]) => pattern.test(text.replace(INSTITUTION, "")));
}

/** Whether a line opens with a degree ("MSc Data Science", "Бакалавр, ..."), not just holds one ("Administration (MBA)"). */
function startsWithDegree(text: string, strict: boolean): boolean {
  for (const [pattern] of strict ? STRONG_DEGREES : DEGREES) {
    const m = pattern.exec(text);
    if (m && m.index === 0) return true;
  }
  return false;
}

// The institution goes on in the next line: "University of Texas at / Austin", "Westfield Sixth Form / College".
const OPEN_END = /(?:\s(?:at|of|and|for|in|the|de|им\.|имени)|-)$/iu;
const INSTITUTION_WORD_ONLY = /^(?:college|university|institute|academy|school|колледж|университет|институт|академия|школа|техникум|лицей)$/iu;

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
    const prev = out[out.length - 1];
    if (prev !== undefined && /^\p{Ll}/u.test(line)) out[out.length - 1] = /\p{L}-$/u.test(prev) ? `${prev}${line}` : `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Entries from the education block's lines, in order. */
export function parseEducation(lines: string[], referenceYear: number, strict = false): { entries: ParsedEducation[]; level: EducationLevel } {
  const entries: (ParsedEducation & { complete: boolean; level: EducationLevel | null })[] = [];
  let cur: (typeof entries)[number] | null = null;
  for (const raw of joinWrapped(lines)) {
    const text = raw.replace(/^[•●▪■◆►○◦·*\-–—]\s*/, "").trim();
    if (!text || NOT_DEGREE.test(text)) {
      cur = null;
      continue;
    }
    const level = degreeLevel(text, strict);
    const year = lastYear(text);
    const body = clean(text);
    const institution = isInstitution(text);
    // A wrapped line continues the entry: the rest of an institution, or of a degree.
    if (cur && cur.degree === null && cur.institution && year === null && level === null && (OPEN_END.test(cur.institution) || INSTITUTION_WORD_ONLY.test(body))) {
      cur.institution = `${cur.institution} ${body}`;
      continue;
    }
    if (cur && cur.degree !== null && cur.year === null && !institution && !startsWithDegree(body, strict) && body) {
      cur.degree = `${cur.degree} ${body}`;
      if (level !== null && (cur.level === null || LEVEL_RANK[level] > LEVEL_RANK[cur.level])) cur.level = level;
      if (year !== null) cur.year = year;
      if (INCOMPLETE.test(text)) cur.complete = false;
      continue;
    }
    const startsEntry = !cur || (institution && (cur.institution !== "" || cur.degree !== null)) || (level !== null && cur.degree !== null && !institution);
    if (startsEntry) {
      cur = { institution: "", degree: null, year: null, complete: true, level: null };
      entries.push(cur);
    }
    const entry = cur!;
    // "MIT, BSc Computer Science": the school before the degree on one line.
    const parts = body.split(/,\s+/);
    const degreeAt = level !== null ? parts.findIndex((p) => degreeLevel(p, strict) !== null) : -1;
    if (degreeAt > 0 && !entry.institution && entry.degree === null) {
      entry.institution = parts.slice(0, degreeAt).join(", ");
      entry.degree = parts.slice(degreeAt).join(", ");
      entry.level = level;
    } else if (body) {
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
    const level = e.level ?? (e.institution ? degreeLevel(e.institution, strict) : null);
    if (!level || !e.complete) continue;
    if (e.year !== null && e.year > referenceYear) continue;
    if (LEVEL_RANK[level] > LEVEL_RANK[best]) best = level;
  }
  return {
    entries: entries.filter((e) => e.institution || e.degree).map(({ institution, degree, year }) => ({ institution, degree, year })),
    level: best,
  };
}
