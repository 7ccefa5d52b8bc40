// Name, e-mail, phone (E.164) and location from the resume's header lines.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { ResumeLanguage } from "../types";
import { headingType } from "./headings";
import type { Line } from "./lines";
import { TITLE_WORD } from "./title-words";

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;
const PHONE_CANDIDATE = /(?:\+|\b)\d[\d\s().\-‒–]{5,18}\d/g;
const LABEL = /^(?:name|full name|фио|ф\.и\.о\.|имя|phone|tel|telephone|mobile|cell|e-?mail|email|location|address|city|based in|lives in|residence|телефон|тел|моб|мобильный|эл\.?\s*почта|почта|e-mail|город|адрес|место жительства|проживание|проживает|местонахождение|локация|регион)(?![\p{L}])\s*[:.\-—–]?\s*/iu;
const LOCATION_LABEL = /^(?:location|address|city|based in|lives in|residence|город|адрес|место жительства|проживание|проживает|местонахождение|локация|регион)(?![\p{L}])\s*[:.\-—–]?\s*/iu;

export function findEmail(text: string): string | null {
  return EMAIL.exec(text)?.[0] ?? null;
}

const US_STATES = /,\s*(AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b|\b(USA|United States|U\.S\.A?\.)\b/;
const COUNTRY_WORDS: [RegExp, CountryCode][] = [
  [/\b(UK|United Kingdom|England|Scotland|Wales|London|Manchester|Birmingham|Edinburgh|Glasgow|Bristol|Leeds|Liverpool)\b|Великобритания|Лондон/i, "GB"],
  [/\b(Canada|ON|BC|QC|AB|Toronto|Vancouver|Montreal|Ottawa|Calgary)\b|Канада/, "CA"],
  [/\b(Germany|Deutschland|Berlin|Munich|München|Hamburg|Frankfurt|Cologne)\b|Германия|Берлин/i, "DE"],
  [/\b(Ireland|Dublin|Cork)\b|Ирландия/i, "IE"],
  [/\b(France|Paris)\b|Франция|Париж/i, "FR"],
  [/\b(Spain|Madrid|Barcelona)\b|Испания/i, "ES"],
  [/\b(Netherlands|Amsterdam)\b|Нидерланды/i, "NL"],
  [/\b(Poland|Warsaw)\b|Польша/i, "PL"],
  [/\b(Kazakhstan|Almaty|Astana)\b|Казахстан|Алматы|Астана/i, "KZ"],
  [/\b(Belarus|Minsk)\b|Беларусь|Минск/i, "BY"],
  [/\b(Ukraine|Kyiv|Kiev)\b|Украина|Киев/i, "UA"],
  [/\b(Russia|Moscow|Saint Petersburg|St\.? Petersburg)\b|Россия|РФ|Москва|Санкт-Петербург|[А-Я][а-я]+/, "RU"],
  [/\b(India|Bangalore|Bengaluru|Mumbai|Delhi)\b/i, "IN"],
];

function countryOf(location: string | null): CountryCode | null {
  if (!location) return null;
  if (US_STATES.test(location)) return "US";
  for (const [re, code] of COUNTRY_WORDS) if (re.test(location)) return code;
  return null;
}

/**
 * The first phone number in the text, in E.164. A number written with "+" carries its country;
 * a national one ("8 916 ...", "(415) ...", "07700 ...") takes the country of the resume's location,
 * else of its language, else the first common country for which the number is valid.
 */
export function findPhone(text: string, location: string | null, language: ResumeLanguage): string | null {
  // The resume's own country (from its location, else its language) takes a number that merely
  // fits its length rules (the UK's fictional 07700 900xxx range is "possible", not "valid");
  // any other country must find the number valid.
  const preferred: CountryCode[] = [];
  const fromLocation = countryOf(location);
  if (fromLocation) preferred.push(fromLocation);
  else preferred.push(...((language === "ru" ? ["RU"] : ["US", "GB"]) as CountryCode[]));
  const others = (["RU", "US", "GB", "CA", "IE", "DE", "KZ", "BY", "FR", "IN"] as CountryCode[]).filter((c) => !preferred.includes(c));
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const candidate = m[0].trim();
    const digits = candidate.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15) continue;
    // Year ranges and dates are not phones.
    if (/^(19|20)\d\d\s*[-–—‒./]\s*(19|20)?\d\d$/.test(candidate) || /^\d{1,2}[./]\d{4}/.test(candidate)) continue;
    if (candidate.startsWith("+")) {
      const phone = parsePhoneNumberFromString(candidate);
      if (phone?.isPossible()) return phone.number;
      continue;
    }
    for (const country of preferred) {
      const phone = parsePhoneNumberFromString(candidate, country);
      if (phone && (phone.isValid() || phone.isPossible())) return phone.number;
    }
    for (const country of others) {
      const phone = parsePhoneNumberFromString(candidate, country);
      if (phone?.isValid()) return phone.number;
    }
  }
  return null;
}

// A capitalised word (O'Brien, McDonald, Anna-Maria), an initial, a word in capitals, or a particle.
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*|\p{Lu}\.|\p{Lu}{2,}(?:-\p{Lu}{2,})?|van|von|de|da|di|del|della|la|le|du|der|den|ter|bin|ibn|al|el|dos|das)$/u;

const NOT_NAME = /^(?:curriculum vitae|resume|résumé|cv|резюме|personal data|анкета)$/iu;
// Words of section headings: "Relevant Work Experience" is two capitalised words too.
const HEADING_WORDS = new Set(
  "experience employment history work career education academic record skills competencies expertise summary profile objective languages projects portfolio contact contacts information details references certifications courses training achievements awards interests опыт работы образование навыки компетенции языки проекты контакты сведения информация курсы достижения интересы".split(" "),
);
// Letters after a name: "Jane Roe, PhD", "John Smith, MBA, PMP".
const CREDENTIALS = /(?:,\s*(?:ph\.?\s?d\.?|mba|msc|m\.sc\.|bsc|cpa|pmp|cfa|acca|md|jd|llm|p\.?eng|к\.\s?\p{L}+\.\s?н\.))+$/iu;

export function stripCredentials(text: string): string {
  return text.replace(CREDENTIALS, "").trim();
}

/** Whether a line reads like a person's name: 2-4 capitalised words, nothing else. */
export function looksLikeName(raw: string): boolean {
  const text = stripCredentials(raw);
  if (NOT_NAME.test(text)) return false;
  if (text.length > 50 || /[\d@,:;|/()«»"]/.test(text)) return false;
  if (headingType(text) || TITLE_WORD.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (words.some((w) => HEADING_WORDS.has(w.toLowerCase()))) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  // Initials only are not a name; at least two real words.
  return words.filter((w) => w.length > 2 && !w.endsWith(".")).length >= 2;
}

/**
 * The person's name: among the first lines of each column, the name-shaped line with the largest
 * font (a two-column layout puts a sidebar heading such as "CONTACT" first; headings are never names).
 */
export function findName(lines: Line[]): string | null {
  let best: { text: string; score: number } | null = null;
  const seenPerColumn = new Map<number, number>();
  for (const line of lines) {
    const seen = seenPerColumn.get(line.column) ?? 0;
    seenPerColumn.set(line.column, seen + 1);
    if (seen >= 8) continue;
    // "Ivan Petrov — Python Developer": the name is the first part.
    const text = stripCredentials(line.text.replace(LABEL, "").trim().split(/\s+[—–|-]\s+/)[0]!);
    if (!looksLikeName(text)) continue;
    const score = (line.fontSize ?? 10) * 2 + (line.bold ? 3 : 0) - seen;
    if (!best || score > best.score) best = { text, score };
  }
  return best?.text ?? null;
}

function stripLocation(text: string): string {
  return text
    .replace(LOCATION_LABEL, "")
    .replace(/^(?:г\.|город|гор\.)\s*/i, "")
    .replace(/\s*\((?:relocation|ready to relocate|готов[\p{L}\s]*)\)\s*$/iu, "")
    .replace(/[.;]\s*$/, "")
    .trim();
}

const PLACE_PART = /^(?:г\.\s*)?\p{Lu}[\p{L}'’.-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’.-]*|de|del|am|on|upon|la|le|na|на))*$/u;

function looksLikePlace(text: string): boolean {
  if (text.length > 60 || /[\d@]/.test(text) || TITLE_WORD.test(text) || headingType(text) || NOT_NAME.test(text)) return false;
  if (text.split(/[\s,]+/).some((w) => HEADING_WORDS.has(w.toLowerCase()))) return false;
  const parts = text.split(/\s*,\s*/);
  if (parts.length > 4 || !parts.every((p) => PLACE_PART.test(p))) return false;
  return parts.every((p) => p.split(/\s+/).length <= 3);
}

/**
 * The location: a labelled one ("Location: Austin, TX", "Город: г. Москва", "Based in Berlin"),
 * else a place-shaped line or " | " part among the header lines that is not the name.
 */
export function findLocation(lines: Line[], name: string | null, isHeader: (index: number) => boolean = () => true): string | null {
  for (const [index, line] of lines.slice(0, 300).entries()) {
    if (index >= 40 && !isHeader(index)) continue;
    if (LOCATION_LABEL.test(line.text)) {
      const value = stripLocation(line.text);
      if (value) return value;
    }
  }
  // "City, Country" or "г. Город" is surer than a bare capitalised word; the first sure one wins.
  // Only header lines count (the caller's contacts blocks), wherever the layout put them.
  let fallback: string | null = null;
  for (const [index, line] of lines.slice(0, 300).entries()) {
    if (!isHeader(index)) continue;
    for (const part of line.text.split(/\s+[|•·]\s+|\s{2,}/)) {
      const value = stripLocation(part);
      if (!value || value === name || looksLikeName(value) || !looksLikePlace(value)) continue;
      if (value.includes(",") || /^г\./.test(part.trim())) return value;
      if (!fallback && (line.text !== part || !line.bold)) fallback = value;
    }
  }
  return fallback;
}
