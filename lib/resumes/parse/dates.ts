// Date ranges as resumes write them: "Jan 2020 – Present", "01.2019 – 03.2021", "2018 — н.в.",
// "март 2018 — настоящее время", "2016-2019", "Sep 2015 to Dec 2017", "2019/03 - 2021/06",
// "с мая 2019 по настоящее время". A year alone means January as a start and December as an end.

export interface DateRange {
  /** YYYY-MM */
  start: string;
  /** YYYY-MM, or null for an open range (current job). */
  end: string | null;
  /** Where the range is in the line, to cut it out of the title/company text. */
  index: number;
  length: number;
}

const MONTHS: [RegExp, number][] = [
  [/^(jan|янв)/, 1],
  [/^(feb|фев)/, 2],
  [/^(mar|мар)/, 3],
  [/^(apr|апр)/, 4],
  [/^(may|ма[йяе])/, 5],
  [/^(jun|июн)/, 6],
  [/^(jul|июл)/, 7],
  [/^(aug|авг)/, 8],
  [/^(sep|сен)/, 9],
  [/^(oct|окт)/, 10],
  [/^(nov|ноя)/, 11],
  [/^(dec|дек)/, 12],
];

const MONTH_WORD =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" +
  "январ[ьяе]|янв|феврал[ьяе]|фев|март[ае]?|мар|апрел[ьяе]|апр|ма[йяе]|июн[ьяе]|июн|июл[ьяе]|июл|август[ае]?|авг|сентябр[ьяе]|сен|сент|октябр[ьяе]|окт|ноябр[ьяе]|ноя|декабр[ьяе]|дек)\\.?";
const YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
const MONTH_NUM = "(?:0?[1-9]|1[0-2])";
/** One date: month name + year, MM.YYYY, MM/YYYY, YYYY/MM, YYYY-MM (not a year range), or a year. */
const DATE =
  `(?:${MONTH_WORD}\\s*,?\\s*${YEAR}|${MONTH_NUM}[./]${YEAR}|${YEAR}[./]${MONTH_NUM}(?![\\d])|${YEAR}-(?:0[1-9]|1[0-2])(?![\\d])|${YEAR})`;
const PRESENT =
  "(?:по\\s+|до\\s+)?(?:(?:the\\s+)?present|current(?:ly)?|now|today|to date|till now|ongoing|н\\.?\\s?в\\.?|(?:по\\s+)?настоящее\\s+время|(?:по\\s+)?наст\\.?\\s*вр(?:емя|\\.)?|(?:по\\s+)?текущее\\s+(?:время|место(?:\\s+работы)?)|(?:по\\s+)?сегодняшний\\s+день|настоящего\\s+времени|сегодняшнего\\s+дня|сейчас|н\\.\\s?вр\\.?)";
/** "2019 г." / "2019 года" after a Russian date. */
const YEAR_SUFFIX = "(?:\\s*г(?:г\\.?|ода?|\\.)?(?![\\p{L}]))?";
const SEPARATOR = "\\s*(?:[-–—‒―]+|to|until|till|through|по|до|\\.\\.\\.?|…)\\s*";

const RANGE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:since|from|с)\\s+)?(${DATE})${YEAR_SUFFIX}${SEPARATOR}(${DATE}|${PRESENT})${YEAR_SUFFIX}(?![\\p{L}\\d])` +
    `|(?<![\\p{L}\\d])(?:since|с)\\s+(${DATE})${YEAR_SUFFIX}(?![\\p{L}\\d])`,
  "iu",
);

function pad(month: number): string {
  return month < 10 ? `0${month}` : String(month);
}

/** One date as YYYY-MM; a year alone gives `yearOnlyMonth`. */
export function parseDate(text: string, yearOnlyMonth: number): string | null {
  const t = text.trim().toLowerCase().replace(/ё/g, "е");
  let m = /^(\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return `${m[2]}-${pad(Number(m[1]))}`;
  m = /^(\d{4})[./-](\d{1,2})$/.exec(t);
  if (m) return `${m[1]}-${pad(Number(m[2]))}`;
  m = /^(\d{4})$/.exec(t);
  if (m) return `${m[1]}-${pad(yearOnlyMonth)}`;
  m = /^(\p{L}+)\.?\s*,?\s*(\d{4})$/u.exec(t);
  if (m) {
    const month = MONTHS.find(([re]) => re.test(m![1]!));
    if (month) return `${m[2]}-${pad(month[1])}`;
  }
  return null;
}

/** The first date range in a line, or null. */
export function findDateRange(line: string): DateRange | null {
  const m = RANGE.exec(line);
  if (!m) return null;
  const startText = m[1] ?? m[3];
  const endText = m[1] ? m[2] : undefined;
  const start = startText ? parseDate(startText, 1) : null;
  if (!start) return null;
  let end: string | null = null;
  if (endText !== undefined) {
    end = parseDate(endText, 12);
    // Not a date: "Present", "н.в." and the like.
    if (end === null && /\d/.test(endText)) return null;
    if (end !== null && end < start) return null;
  }
  return { start, end, index: m.index, length: m[0].length };
}

/** Months from YYYY-MM to YYYY-MM, both ends included. */
export function monthIndex(yyyymm: string): number {
  const [y, mo] = yyyymm.split("-").map(Number);
  return y! * 12 + (mo! - 1);
}

/**
 * Total experience: the union of the ranges' months (overlaps counted once), both ends included;
 * an open range runs to the month before the reference date's month when the reference is the
 * first of a month (the reference date is exclusive), else to the reference month.
 */
export function experienceYears(ranges: { start: string | null; end: string | null }[], reference: Date): number {
  const refDay = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate() - 1));
  const last = refDay.getUTCFullYear() * 12 + refDay.getUTCMonth();
  const months = new Set<number>();
  for (const r of ranges) {
    if (!r.start) continue;
    const from = monthIndex(r.start);
    const to = r.end ? Math.min(monthIndex(r.end), last) : last;
    for (let m = from; m <= to; m++) months.add(m);
  }
  return Math.round((months.size / 12) * 10) / 10;
}
