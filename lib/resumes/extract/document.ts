import type { ExtractedDocument, ExtractedLine, ResumeFormat } from "../types";
import { ResumeFileError } from "./errors";
import { EXTRACT_LIMITS } from "./limits";

/** A line as a format reader produces it, before the shared clean-up. */
export interface RawLine {
  text: string;
  page: number;
  column: number;
  fontSize?: number;
  bold?: boolean;
  /** Vertical gap before the line, in line heights. */
  gapBefore?: number;
}

// Zero-width space, non-joiner, joiner, word joiner, BOM / zero-width no-break space.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// Inside a word they hide it from keyword matching ("Py\u200Bthon") or smuggle text past a reader.
const ZERO_WIDTH_IN_WORD = /[\p{L}\p{N}][\u200B-\u200D\u2060\uFEFF]+[\p{L}\p{N}]/u;
// A few between words are an editor's doing (Google Docs leaves some); more is deliberate.
const ZERO_WIDTH_TOLERATED = 3;
// A gap this large (in line heights) reads as a new block, written as a blank line in `text`.
const BLOCK_GAP = 0.6;

/** Collapses runs of spaces and tabs, keeps the text otherwise as written. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/g, " ").trim();
}

/**
 * The shared last step of every reader: removes zero-width characters (recording them as hidden
 * when they break words up), drops empty lines (turning them into gaps), caps the text, and joins
 * the lines into `text` with blank lines between columns and blocks.
 */
export function buildDocument(format: ResumeFormat, raw: RawLine[], hidden: string[], pages: number): ExtractedDocument {
  const hiddenText = hidden.map(normalizeSpaces).filter((h) => h.length > 0);
  const lines: ExtractedLine[] = [];
  let zeroWidthCount = 0;
  const zeroWidthLines: string[] = [];
  let pendingGap = 0;
  let chars = 0;
  for (const r of raw) {
    const matches = r.text.match(ZERO_WIDTH);
    let text = r.text;
    if (matches) {
      zeroWidthCount += matches.length;
      if (ZERO_WIDTH_IN_WORD.test(text)) zeroWidthLines.push(text);
      text = text.replace(ZERO_WIDTH, "");
    }
    text = normalizeSpaces(text);
    if (!text) {
      pendingGap += 1;
      continue;
    }
    if (chars + text.length > EXTRACT_LIMITS.maxTextChars) break;
    chars += text.length + 1;
    const line: ExtractedLine = { text, page: r.page, column: r.column };
    if (r.fontSize !== undefined && Number.isFinite(r.fontSize)) line.fontSize = Math.round(r.fontSize * 10) / 10;
    if (r.bold !== undefined) line.bold = r.bold;
    const gap = (r.gapBefore ?? 0) + pendingGap;
    if (gap > 0 && lines.length > 0) line.gapBefore = Math.round(gap * 10) / 10;
    pendingGap = 0;
    lines.push(line);
  }
  if (zeroWidthLines.length > 0 || zeroWidthCount > ZERO_WIDTH_TOLERATED) {
    const shown = zeroWidthLines.length > 0 ? zeroWidthLines : [];
    hiddenText.push(`[${zeroWidthCount} zero-width characters]`, ...shown.map((l) => normalizeSpaces(l.replace(ZERO_WIDTH, "")).slice(0, 500)));
  }
  if (lines.length === 0) throw new ResumeFileError("NO_TEXT", noTextMessage(format));
  return { format, text: joinLines(lines), lines, hiddenText, pages };
}

function noTextMessage(format: ResumeFormat): string {
  return format === "pdf"
    ? "The PDF has no text layer, probably a scan. Please upload a file with selectable text."
    : "The file contains no readable text.";
}

export function joinLines(lines: ExtractedLine[]): string {
  let out = "";
  let prev: ExtractedLine | null = null;
  for (const line of lines) {
    if (prev) {
      const newBlock = line.column !== prev.column || line.page !== prev.page || (line.gapBefore ?? 0) >= BLOCK_GAP;
      out += newBlock ? "\n\n" : "\n";
    }
    out += line.text;
    prev = line;
  }
  return out;
}
