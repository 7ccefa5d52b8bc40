import type { RawLine } from "./document";

/** A table as readers collect it: rows of cells, each cell the lines it holds. */
export type TableRows = RawLine[][][];

/**
 * Lines of a table in reading order. A table used for layout (a sidebar next to the main text:
 * few rows, cells holding several paragraphs) reads cell column by cell column, each its own
 * `column`, the main column (most text) first; a data table (many short rows) reads row by row, a row's cells on one line.
 */
export function layoutTable(rows: TableRows, baseColumn: number): RawLine[] {
  const filled = rows.filter((r) => r.some((c) => c.length > 0));
  if (filled.length === 0) return [];
  const cells = filled.flat();
  const nonEmpty = cells.filter((c) => c.length > 0);
  const linesPerCell = nonEmpty.reduce((n, c) => n + c.length, 0) / Math.max(1, nonEmpty.length);
  const maxCells = Math.max(...filled.map((r) => r.length));
  const layout = maxCells > 1 && (filled.length <= 3 || linesPerCell >= 3);
  if (maxCells <= 1) return filled.flatMap((r) => r.flat()).map((l) => ({ ...l, column: baseColumn }));
  if (layout) {
    // The main column (the most text: experience rather than the contacts sidebar) reads first.
    const size = (col: number) => filled.reduce((n, row) => n + (row[col] ?? []).reduce((m, l) => m + l.text.length, 0), 0);
    const order = Array.from({ length: maxCells }, (_, i) => i);
    const main = order.reduce((best, col) => (size(col) > size(best) ? col : best), 0);
    const ordered = [main, ...order.filter((c) => c !== main)];
    const out: RawLine[] = [];
    ordered.forEach((col, rank) => {
      for (const row of filled) {
        for (const line of row[col] ?? []) out.push({ ...line, column: baseColumn + rank });
      }
    });
    return out;
  }
  return filled.map((row) => {
    const parts = row.map((cell) => cell.map((l) => l.text.trim()).filter(Boolean).join(" ")).filter(Boolean);
    const first = row.find((c) => c.length > 0)?.[0];
    return { text: parts.join(" | "), page: first?.page ?? 1, column: baseColumn, fontSize: first?.fontSize, bold: first?.bold };
  });
}
