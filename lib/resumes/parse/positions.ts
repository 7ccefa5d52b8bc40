// Jobs: every date range in the experience blocks is one position; its title and company are the
// rest of that line and the lines just above it (or, when the resume writes dates first, below it).
import type { ParsedPosition } from "../types";
import type { Block } from "./blocks";
import { isProse } from "./blocks";
import { TITLE_WORD } from "./title-words";
import { findDateRange } from "./dates";
import { isBullet, type Line } from "./lines";

export interface FoundPosition extends ParsedPosition {
  /** Lines of this job (header and bullets), for skills and their years. */
  from: number;
  to: number;
}

const LEGAL_FORM =
  /(^|[\s«"“(])(ООО|ОАО|ЗАО|ПАО|НАО|АО|ИП|НКО|ФГУП|ФГБУ|ГУП|МУП|ГК|Группа компаний|LLC|L\.L\.C\.|Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|GmbH|AG|S\.A\.|SA|PLC|plc|LLP|LP|B\.V\.|BV|Oy|AB|S\.r\.l\.|SRL|Pty|Co\.)(?=$|[\s,.»"”)])/u;
const COMPANY_WORD =
  /\b(company|group|holding|holdings|bank|systems|solutions|technologies|technology|software|labs?|studio|agency|consulting|partners|industries|insurance|payments|media|health|learning|analytics|traders|trading|logistics|cloud|capital|ventures|foundation|university|institute|enterprises|networks|digital|games|retail|pharma|motors|airlines|telecom|energy|services|store|stores|market|bureau)\b|банк|компани|групп|холдинг|технолог|систем|решени|сервис|телеком|университет|институт|завод|фабрик|агентств|центр|лаборатор|студи|магазин|сеть/iu;
const CONTACT = /@|https?:|\+\d[\d\s()-]{7,}/;
const SPLITTERS = [
  /\s+[|·•]\s+/,
  /\s+[—–]\s+|\s+-\s+/,
  /\s+(?:at|@)\s+/i,
  // "Разработчик в ООО «Ромашка»": only before a legal form or quotes, "в регионе" is no company.
  /\s+(?:в|во)\s+(?=(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|ГК|НКО|компани\p{L}*|«|")(?![\p{L}]))/u,
  /,\s+/,
];
const COMMA_SPLITTER = SPLITTERS.length - 1;

function titleScore(text: string): number {
  let score = 0;
  const titleWords = text.match(new RegExp(TITLE_WORD.source, "giu"));
  score += 2 * (titleWords?.length ?? 0);
  if (LEGAL_FORM.test(text) || /[«»"“”]/.test(text)) score -= 4;
  if (COMPANY_WORD.test(text)) score -= 1;
  return score;
}

function trimSeparators(text: string): string {
  return text
    .replace(/\(\s*\)/g, "")
    // "Contoso (Seattle, WA)", "Globex (remote)": the place in brackets is not part of the name.
    .replace(/\s*\((?:remote|удал[её]нно|hybrid|г\.\s*[^)]+|[\p{Lu}][\p{L}.\s-]*(?:,\s*[\p{Lu}][\p{L}.\s-]*)*)\)\s*$/u, "")
    .replace(/^[\s|,;:·•—–\-(]+|[\s|,;:·•—–\-(]+$/g, "")
    .trim();
}

/** A header line in its parts: "Senior Developer at Contoso" -> ["Senior Developer", "Contoso"]. */
export function splitHeader(text: string): string[] {
  const clean = trimSeparators(text);
  if (!clean) return [];
  for (const splitter of SPLITTERS) {
    const m = splitter.exec(clean);
    if (!m) continue;
    const left = trimSeparators(clean.slice(0, m.index));
    const right = trimSeparators(clean.slice(m.index + m[0].length));
    // "Acme, Inc." is one company.
    if (!left || !right || /^(inc|ltd|llc|corp|co|gmbh|plc)\.?$/i.test(right)) continue;
    // A location after the company ("Contoso, London") stays with the company part.
    const rightParts = splitHeader(right);
    return [left, ...(rightParts.length > 1 && splitter === SPLITTERS[COMMA_SPLITTER] ? [right] : rightParts.slice(0, 1))].filter(Boolean);
  }
  return [clean];
}

// A place beside the company ("Contoso Ltd, London, UK", "Remote") is neither title nor company.
const PLACE =
  /^(?:remote|удал[её]нно|hybrid|гибрид|г\.\s*\p{L}.*|(?:[\p{Lu}][\p{L}.'-]*\s?){1,3},\s*(?:[A-Z]{2}|USA|UK|[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?))$/u;

function withoutPlaces(parts: string[]): string[] {
  return parts.filter((p) => !PLACE.test(p) || TITLE_WORD.test(p));
}

function assign(all: string[]): { title: string; company: string } {
  const parts = all.length > 2 ? withoutPlaces(all) : all;
  if (parts.length === 0) return { title: "", company: "" };
  if (parts.length === 1) return titleScore(parts[0]!) > 0 ? { title: parts[0]!, company: "" } : { title: "", company: parts[0]! };
  // The most title-like part is the title (the first on a tie: "Title, Company" is the usual order);
  // the company is the least title-like of the rest (the first on a tie).
  let t = 0;
  for (let k = 1; k < parts.length; k++) if (titleScore(parts[k]!) > titleScore(parts[t]!)) t = k;
  let c = -1;
  for (let k = 0; k < parts.length; k++) {
    if (k === t) continue;
    if (c < 0 || titleScore(parts[k]!) < titleScore(parts[c]!)) c = k;
  }
  return { title: parts[t]!, company: parts[c]! };
}

// Lines a job header may hold that are neither title nor company: its length ("3 года 2 месяца",
// "2 yrs 4 mos"), its place ("Москва, yandex.ru", "Remote").
const DURATION = /^\(?\d+\s*(?:лет|года?|г\.|месяц\p{L}*|мес\.?|years?|yrs?|months?|mos?)(?:\s*,?\s*\d+\s*(?:месяц\p{L}*|мес\.?|months?|mos?))?\)?$/iu;
const DOMAIN = /(?<![@\w])[\w-]+\.(?:ru|com|org|net|io|рф|de|uk|co|by|kz|ua)(?![\w])/iu;

const REMOTE = /^(?:remote|удал[её]нно|hybrid|гибрид|г\.\s*\p{L}[\p{L}-]*)$/iu;

function isFiller(text: string): boolean {
  return DURATION.test(text) || REMOTE.test(text) || DOMAIN.test(text);
}

function isStop(lines: Line[], i: number, blocks: Block[], blockOf: number[], column: number): boolean {
  const line = lines[i]!;
  if (blockOf[i] === -1 || line.column !== column) return true;
  const type = blocks[blockOf[i]!]?.type;
  if (type !== "experience" && type !== "contacts" && type !== "summary") return true;
  return isBullet(line.text) || isProse(line.text) || CONTACT.test(line.text) || findDateRange(line.text) !== null;
}

export function findPositions(lines: Line[], blocks: Block[], blockOf: number[]): FoundPosition[] {
  const dated: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (blockOf[i] === -1 || blocks[blockOf[i]!]?.type !== "experience") continue;
    const text = lines[i]!.text;
    // Dates inside a bullet or a sentence are events of a job, not a job.
    if (isBullet(text) || text.split(/\s+/).length > 14) continue;
    if (findDateRange(text)) dated.push(i);
  }
  if (dated.length === 0) return [];

  const headerParts = (i: number, direction: -1 | 1, need: number): { parts: string[]; lines: number[] } => {
    const parts: string[] = [];
    const used: number[] = [];
    for (let j = i + direction; j >= 0 && j < lines.length && withoutPlaces(parts).length < need; j += direction) {
      if (isStop(lines, j, blocks, blockOf, lines[i]!.column)) break;
      if (isFiller(lines[j]!.text)) {
        used.push(j);
        continue;
      }
      const split = splitHeader(lines[j]!.text);
      if (direction < 0) parts.unshift(...split);
      else parts.push(...split);
      used.push(j);
    }
    return { parts, lines: used };
  };

  const firstRest = withoutPlaces(restOf(lines[dated[0]!]!.text));
  const up = headerParts(dated[0]!, -1, 2 - firstRest.length);
  const direction: -1 | 1 = firstRest.length >= 2 || up.parts.length > 0 ? -1 : 1;

  const out: FoundPosition[] = [];
  for (let k = 0; k < dated.length; k++) {
    const i = dated[k]!;
    const range = findDateRange(lines[i]!.text)!;
    const rest = restOf(lines[i]!.text);
    const found = withoutPlaces(rest).length;
    const header = found >= 2 ? { parts: [], lines: [] } : headerParts(i, direction, 2 - found);
    const parts = direction < 0 ? [...header.parts, ...rest] : [...rest, ...header.parts];
    const { title, company } = assign(parts);
    const from = Math.min(i, ...header.lines);
    out.push({ title, company, start: range.start, end: range.end, from, to: i });
  }
  for (let k = 0; k < out.length; k++) {
    const next = out[k + 1];
    const block = blockOf[dated[k]!]!;
    let to = next ? next.from - 1 : lines.length - 1;
    while (to > out[k]!.to && blockOf[to] !== block) to--;
    out[k]!.to = Math.max(out[k]!.to, to);
  }
  return out;
}

function restOf(text: string): string[] {
  const range = findDateRange(text);
  if (!range) return [];
  return splitHeader(text.slice(0, range.index) + " " + text.slice(range.index + range.length));
}
