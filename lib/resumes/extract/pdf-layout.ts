import type { RawLine } from "./document";

/** A visible run of text on a PDF page, in PDF user space (y grows upwards, baseline at y). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
}

/** Items on one baseline that follow each other closely: a phrase, never crossing a column gap. */
interface Segment {
  items: PdfItem[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const MIN_GUTTER = 10;

function sameBaseline(a: number, b: number, size: number): boolean {
  return Math.abs(a - b) < size * 0.45;
}

function segmentsOf(items: PdfItem[]): Segment[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  // Rows of items sharing a baseline, then split where the horizontal gap is wide.
  const rows: PdfItem[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && sameBaseline(row[0].y, it.y, Math.max(2, Math.min(row[0].size, it.size)))) row.push(it);
    else rows.push([it]);
  }
  const segments: Segment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let seg: Segment | null = null;
    for (const it of row) {
      const gap = seg ? it.x - seg.x1 : Infinity;
      if (seg && gap < Math.max(seg.size, it.size) * 1.2) {
        seg.items.push(it);
        seg.x1 = Math.max(seg.x1, it.x + it.width);
        seg.size = Math.max(seg.size, it.size);
      } else {
        seg = { items: [it], x0: it.x, x1: it.x + it.width, y: it.y, size: it.size };
        segments.push(seg);
      }
    }
  }
  return segments;
}

interface Split {
  start: number;
  end: number;
  score: number;
}

/**
 * A vertical gap between two columns of text: a run of x positions that (almost) no segment
 * covers, with several lines of text on both sides beside each other. A right-aligned column of
 * dates paired line by line with titles is not a text column.
 */
function findGutter(segments: Segment[]): Split | null {
  if (segments.length < 6) return null;
  const left = Math.floor(Math.min(...segments.map((s) => s.x0)));
  const right = Math.ceil(Math.max(...segments.map((s) => s.x1)));
  const width = right - left;
  if (width <= 2 * MIN_GUTTER) return null;
  const coverage = new Int32Array(width + 1);
  for (const s of segments) {
    for (let x = Math.max(0, Math.floor(s.x0) - left); x <= Math.min(width, Math.ceil(s.x1) - left); x++) coverage[x]++;
  }
  const allowed = Math.max(1, Math.floor(segments.length * 0.08));
  let best: Split | null = null;
  let x = 0;
  while (x <= width) {
    if (coverage[x] > allowed) {
      x++;
      continue;
    }
    let end = x;
    while (end + 1 <= width && coverage[end + 1] <= allowed) end++;
    const start = x;
    x = end + 1;
    if (end - start + 1 < MIN_GUTTER || start === 0 || end === width) continue;
    const gx0 = left + start;
    const gx1 = left + end;
    const score = scoreSplit(segments, gx0, gx1);
    if (score > 0 && (!best || score > best.score)) best = { start: gx0, end: gx1, score };
  }
  return best;
}

function scoreSplit(segments: Segment[], gx0: number, gx1: number): number {
  const leftSegs = segments.filter((s) => s.x1 <= gx0 + 1);
  const rightSegs = segments.filter((s) => s.x0 >= gx1 - 1);
  if (leftSegs.length < 3 || rightSegs.length < 3) return 0;
  const crossing = segments.length - leftSegs.length - rightSegs.length;
  // Side by side: the vertical ranges of the two sides overlap for several lines.
  const lTop = Math.max(...leftSegs.map((s) => s.y));
  const lBot = Math.min(...leftSegs.map((s) => s.y));
  const rTop = Math.max(...rightSegs.map((s) => s.y));
  const rBot = Math.min(...rightSegs.map((s) => s.y));
  const rightBeside = rightSegs.filter((s) => s.y <= lTop + 1 && s.y >= lBot - 1).length;
  const leftBeside = leftSegs.filter((s) => s.y <= rTop + 1 && s.y >= rBot - 1).length;
  if (rightBeside < 3 || leftBeside < 3) return 0;
  // Dates or amounts right-aligned on the lines of a single column.
  const paired = rightSegs.filter((r) => leftSegs.some((l) => sameBaseline(l.y, r.y, Math.min(l.size, r.size)))).length;
  const rightEdges = rightSegs.map((s) => s.x1);
  const rightAligned = Math.max(...rightEdges) - Math.min(...rightEdges) < 3;
  const rightWidth = Math.max(...rightSegs.map((s) => s.x1 - s.x0));
  if (paired / rightSegs.length > 0.8 && (rightAligned || rightWidth < 120) && rightSegs.length < leftSegs.length * 0.6) return 0;
  return Math.min(leftSegs.length, rightSegs.length) - crossing * 2 + (gx1 - gx0) / 100;
}

interface Region {
  segments: Segment[];
  /** "" for lines across the whole width, else one digit per split: 0 = left, 1 = right. */
  path: string;
}

/** Splits a set of segments into reading-order regions: bands across the page, columns within. */
function regions(segments: Segment[], path: string, depth: number): Region[] {
  const gutter = depth < 2 ? findGutter(segments) : null;
  if (!gutter) return [{ segments, path }];
  const mid = (gutter.start + gutter.end) / 2;
  const crosses = (s: Segment) => s.x0 < gutter.start - 1 && s.x1 > gutter.end + 1;
  // Lines crossing the gutter (a full-width header, a footer) cut the page into bands.
  const sorted = [...segments].sort((a, b) => b.y - a.y);
  const out: Region[] = [];
  let band: Segment[] = [];
  const flushBand = () => {
    if (band.length === 0) return;
    const l = band.filter((s) => (s.x0 + s.x1) / 2 < mid);
    const r = band.filter((s) => (s.x0 + s.x1) / 2 >= mid);
    if (l.length) out.push(...regions(l, path + "0", depth + 1));
    if (r.length) out.push(...regions(r, path + "1", depth + 1));
    band = [];
  };
  for (const s of sorted) {
    if (crosses(s)) {
      flushBand();
      out.push({ segments: [s], path });
    } else band.push(s);
  }
  flushBand();
  return out;
}

function lineText(items: PdfItem[]): string {
  let text = "";
  let end = -Infinity;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const gap = it.x - end;
    if (text && gap > it.size * 0.15 && !text.endsWith(" ") && !it.str.startsWith(" ")) text += " ";
    text += it.str;
    end = it.x + it.width;
  }
  return text;
}

/** The visible lines of one page in reading order, column by column. */
export function layoutPage(items: PdfItem[], page: number): RawLine[] {
  const segments = segmentsOf(items);
  const out: RawLine[] = [];
  const lastY = new Map<number, { y: number; size: number }>();
  // Merge consecutive regions of the same column so gaps are measured within the column.
  const found = regions(segments, "", 0);
  const paths = [...new Set(found.map((r) => r.path).filter(Boolean))].sort();
  for (const region of found) {
    const column = Math.max(0, paths.indexOf(region.path));
    const byRow: Segment[][] = [];
    for (const s of [...region.segments].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
      const row = byRow[byRow.length - 1];
      if (row && sameBaseline(row[0].y, s.y, Math.min(row[0].size, s.size))) row.push(s);
      else byRow.push([s]);
    }
    for (const row of byRow) {
      const items = row.flatMap((s) => s.items);
      const size = Math.max(...items.map((i) => i.size));
      const y = Math.max(...row.map((s) => s.y));
      const prev = lastY.get(column);
      const gap = prev ? (prev.y - y) / (Math.max(prev.size, size) * 1.2) - 1 : 0;
      lastY.set(column, { y, size });
      const solid = items.filter((i) => i.str.trim());
      out.push({
        text: lineText(items),
        page,
        column,
        fontSize: size,
        bold: solid.length > 0 && solid.every((i) => i.bold),
        gapBefore: gap > 0.25 ? gap : 0,
      });
    }
  }
  return out;
}
