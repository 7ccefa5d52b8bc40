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
 * A vertical gap between two columns of text: a run of x positions that no narrow segment
 * covers (lines across the whole width, a header or a summary, may cross it: they cut the page
 * into bands), with several lines on both sides beside each other in the bands between them.
 * A column of dates right-aligned on the lines of a single column is not a text column.
 */
function findGutter(segments: Segment[]): Split | null {
  if (segments.length < 6) return null;
  const left = Math.floor(Math.min(...segments.map((s) => s.x0)));
  const right = Math.ceil(Math.max(...segments.map((s) => s.x1)));
  const width = right - left;
  if (width <= 2 * MIN_GUTTER) return null;
  const coverage = new Int32Array(width + 1);
  for (const s of segments) {
    if (s.x1 - s.x0 > width * 0.6) continue;
    for (let x = Math.max(0, Math.floor(s.x0) - left); x <= Math.min(width, Math.ceil(s.x1) - left); x++) coverage[x]++;
  }
  let best: Split | null = null;
  let x = 0;
  while (x <= width) {
    if (coverage[x] > 0) {
      x++;
      continue;
    }
    let end = x;
    while (end + 1 <= width && coverage[end + 1] === 0) end++;
    const start = x;
    x = end + 1;
    if (end - start + 1 < MIN_GUTTER || start === 0 || end === width) continue;
    const split = { start: left + start, end: left + end, score: 0 };
    split.score = scoreSplit(segments, split);
    if (split.score > 0 && (!best || split.score > best.score)) best = split;
  }
  return best;
}

function crossesGutter(s: Segment, g: { start: number; end: number }): boolean {
  return s.x0 < g.start - 1 && s.x1 > g.end + 1;
}

/** How much of the page reads as two columns at this gutter: 0 when it does not. */
function scoreSplit(segments: Segment[], gutter: Split): number {
  const sorted = [...segments].sort((a, b) => b.y - a.y);
  const mid = (gutter.start + gutter.end) / 2;
  let inColumns = 0;
  let score = 0;
  let band: Segment[] = [];
  const flush = () => {
    const l = band.filter((s) => (s.x0 + s.x1) / 2 < mid);
    const r = band.filter((s) => (s.x0 + s.x1) / 2 >= mid);
    band = [];
    if (l.length < 3 || r.length < 3) return;
    // Dates or amounts right-aligned on the lines of a single column.
    const paired = r.filter((rs) => l.some((ls) => sameBaseline(ls.y, rs.y, Math.min(ls.size, rs.size)))).length;
    const edges = r.map((s) => s.x1);
    const rightAligned = Math.max(...edges) - Math.min(...edges) < 3;
    const rightWidth = Math.max(...r.map((s) => s.x1 - s.x0));
    if (paired / r.length > 0.8 && (rightAligned || rightWidth < 120) && r.length < l.length * 0.75) return;
    inColumns += l.length + r.length;
    score += Math.min(l.length, r.length);
  };
  for (const s of sorted) {
    if (crossesGutter(s, gutter)) flush();
    else band.push(s);
  }
  flush();
  if (inColumns < 6 || inColumns < segments.length * 0.4) return 0;
  return score + (gutter.end - gutter.start) / 100;
}

interface Region {
  segments: Segment[];
  /** "" for lines across the whole width, else one digit per split: 0 = the main column, 1 = the other. */
  path: string;
}

/** Splits a set of segments into reading-order regions: bands across the page, columns within. */
function regions(segments: Segment[], path: string, depth: number): Region[] {
  const gutter = depth < 2 ? findGutter(segments) : null;
  if (!gutter) return [{ segments, path }];
  const mid = (gutter.start + gutter.end) / 2;
  const crosses = (s: Segment) => crossesGutter(s, gutter);
  // Lines crossing the gutter (a full-width header, a footer) cut the page into bands.
  const sorted = [...segments].sort((a, b) => b.y - a.y);
  const out: Region[] = [];
  let band: Segment[] = [];
  // The main column (more text: experience, not the contacts sidebar) reads first, wherever it is.
  const chars = (side: (s: Segment) => boolean) =>
    segments.filter((s) => !crosses(s) && side(s)).reduce((n, s) => n + s.items.reduce((m, i) => m + i.str.length, 0), 0);
  const isLeft = (s: Segment) => (s.x0 + s.x1) / 2 < mid;
  const leftMain = chars(isLeft) >= chars((s) => !isLeft(s));
  const flushBand = () => {
    if (band.length === 0) return;
    const l = band.filter(isLeft);
    const r = band.filter((s) => !isLeft(s));
    const [first, second] = leftMain ? [l, r] : [r, l];
    if (first.length) out.push(...regions(first, path + "0", depth + 1));
    if (second.length) out.push(...regions(second, path + "1", depth + 1));
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

/**
 * The visible lines of one page in reading order, column by column. `hiddenRows` are the
 * baselines of hidden text: the space it takes is not a gap a reader sees as a block break, so
 * a resume reads the same with or without it.
 */
export function layoutPage(items: PdfItem[], page: number, hiddenRows: { y: number; size: number }[] = []): RawLine[] {
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
      let gap = prev ? (prev.y - y) / (Math.max(prev.size, size) * 1.2) - 1 : 0;
      if (prev) {
        // Take out the height the hidden lines took up between the two.
        const between = hiddenRows.filter((h) => h.y < prev.y - 0.5 && h.y > y + 0.5);
        const rows = between.filter((h, i) => between.findIndex((o) => Math.abs(o.y - h.y) < Math.max(1, h.size * 0.45)) === i);
        const taken = rows.reduce((n, h) => n + h.size * 1.15, 0);
        gap -= taken / (Math.max(prev.size, size) * 1.2);
      }
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
