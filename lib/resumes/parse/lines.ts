// The lines the parser works on: the extracted lines, trimmed, without decoration-only lines
// (underlines of "=====" or "-----" mark the line above as a heading).
import type { ExtractedDocument, ExtractedLine } from "../types";

export interface Line {
  text: string;
  column: number;
  fontSize?: number;
  bold?: boolean;
  /** The line was underlined with ==== or ---- (a plain-text heading). */
  underlined: boolean;
}

/**
 * The parser reads at most this many lines (about 40 pages): a resume is shorter, and a hostile
 * 5,000-page file must not hold a worker for seconds. Hidden text is still reported.
 */
export const MAX_LINES = 2000;
const MAX_LINE_LENGTH = 2000;

const UNDERLINE = /^[=\-_~*#]{3,}$/;
const BULLET = /^[•●▪■◆►○◦·*\-–—✓✔➢➤]\s*/;

export function documentLines(doc: ExtractedDocument): Line[] {
  const out: Line[] = [];
  const source: ExtractedLine[] =
    doc.lines.length > 0 ? doc.lines : doc.text.slice(0, MAX_LINES * 200).split(/\r?\n/).map((text) => ({ text, column: 0, page: 1 }));
  for (const raw of source) {
    if (out.length >= MAX_LINES) break;
    const text = raw.text.slice(0, MAX_LINE_LENGTH).replace(/[\u200b-\u200d\ufeff]/g, "").replace(/[\s\u00a0]+/g, " ").trim();
    if (!text) continue;
    if (UNDERLINE.test(text.replace(/\s/g, ""))) {
      const prev = out[out.length - 1];
      if (prev) prev.underlined = true;
      continue;
    }
    out.push({ text, column: raw.column, fontSize: raw.fontSize, bold: raw.bold, underlined: false });
  }
  return out;
}

export function isBullet(text: string): boolean {
  return BULLET.test(text) && !/^[-–—]\s*\d/.test(text);
}

export function stripBullet(text: string): string {
  return text.replace(BULLET, "").trim();
}

const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;

export function detectLanguage(text: string): "en" | "ru" {
  const cyr = text.match(CYRILLIC)?.length ?? 0;
  const lat = text.match(LATIN)?.length ?? 0;
  return cyr > 0 && cyr >= 0.3 * (cyr + lat) ? "ru" : "en";
}
