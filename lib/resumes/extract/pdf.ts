import type { ExtractedDocument } from "../types";
import { invisibleOn, parseHex, type Rgb, WHITE } from "./colors";
import { buildDocument, type RawLine } from "./document";
import { ResumeFileError } from "./errors";
import { EXTRACT_LIMITS } from "./limits";
import { layoutPage, type PdfItem } from "./pdf-layout";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, with its "worker" running in this thread: we are already off the main thread (the
 * extraction pool), and registering the worker module ourselves means no worker file has to be
 * found on disk, bundled or not.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // @ts-expect-error -- the worker module ships without type declarations.
    const worker: unknown = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return loading;
}

/** Enough of a DOM document for pdf.js to "install" a font as a CSS rule, doing nothing. */
const FONTLESS_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => {} }),
  documentElement: { getElementsByTagName: () => [{ append: () => {} }] },
};

// Text below this size (points) cannot be read on paper or screen: 1-2 pt is a hiding trick.
const TINY_POINTS = 3;

interface Glyph {
  unicode?: string;
}

interface CharInfo {
  color: Rgb;
  invisibleMode: boolean;
  rects: number;
}

interface FilledRect {
  box: [number, number, number, number];
  color: Rgb;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function applyBox(m: Matrix, box: ArrayLike<number>): [number, number, number, number] {
  const [x0, y0, x1, y1] = [box[0], box[1], box[2], box[3]];
  const pts = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function normChars(s: string): string[] {
  return [...s.normalize("NFKC").replace(/\s+/g, "")];
}

/**
 * Walks the operator list for what text content does not say: the fill colour and rendering
 * mode each shown character was drawn with, and the filled shapes drawn before it (its background).
 */
function drawState(
  pdfjs: PdfJs,
  ops: { fnArray: number[]; argsArray: unknown[][] },
): { chars: string[]; info: CharInfo[]; rects: FilledRect[] } {
  const OPS = pdfjs.OPS;
  const chars: string[] = [];
  const info: CharInfo[] = [];
  const rects: FilledRect[] = [];
  type GState = { color: Rgb; mode: number; ctm: Matrix };
  let state: GState = { color: [0, 0, 0], mode: 0, ctm: [1, 0, 0, 1, 0, 0] };
  const stack: GState[] = [];
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    switch (fn) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = multiply(state.ctm, args as unknown as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...state });
        const matrix = args?.[0] as Matrix | null;
        if (matrix) state.ctm = multiply(state.ctm, [...matrix] as Matrix);
        break;
      }
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.setFillRGBColor:
        state.color = parseHex(String(args?.[0] ?? "").replace("#", "")) ?? state.color;
        break;
      case OPS.setTextRenderingMode:
        state.mode = Number(args?.[0]) || 0;
        break;
      case OPS.constructPath: {
        const paint = args?.[0] as number;
        const minMax = args?.[2] as ArrayLike<number> | null;
        const fills = paint === OPS.fill || paint === OPS.eoFill || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
        if (fills && minMax && Number.isFinite(minMax[0])) rects.push({ box: applyBox(state.ctm, minMax), color: state.color });
        break;
      }
      case OPS.showText:
      case OPS.showSpacedText:
      case OPS.nextLineShowText:
      case OPS.nextLineSetSpacingShowText: {
        const glyphs = (fn === OPS.nextLineSetSpacingShowText ? args?.[2] : args?.[0]) as (Glyph | number | null)[] | undefined;
        if (!Array.isArray(glyphs)) break;
        for (const g of glyphs) {
          if (!g || typeof g !== "object" || !g.unicode) continue;
          for (const c of normChars(g.unicode)) {
            chars.push(c);
            // Mode 3 draws nothing; 7 only clips.
            info.push({ color: state.color, invisibleMode: state.mode === 3 || state.mode === 7, rects: rects.length });
          }
        }
        break;
      }
    }
  }
  return { chars, info, rects };
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

function backgroundAt(rects: FilledRect[], count: number, x: number, y: number): Rgb {
  for (let i = Math.min(count, rects.length) - 1; i >= 0; i--) {
    const [x0, y0, x1, y1] = rects[i].box;
    // Page-sized white fills and thin rules do not make a background worth checking against.
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1 && y1 - y0 > 4) return rects[i].color;
  }
  return WHITE;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    // With font faces "disabled" pdf.js outlines every glyph drawn and posts each path across
    // (a third of the time a page takes); enabled, it hands over each font file once, which the
    // stand-in document below accepts and ignores. Nothing is rendered.
    disableFontFace: false,
    ownerDocument: FONTLESS_DOCUMENT as unknown as Document,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    // Images are never decoded: text is all we read, and a large photo would cost time and memory.
    maxImageSize: 1,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    if ((err as Error)?.name === "PasswordException") throw new ResumeFileError("ENCRYPTED");
    throw new ResumeFileError("CORRUPT_FILE");
  }
  try {
    const raw: RawLine[] = [];
    const hidden: HiddenPart[] = [];
    const pages = Math.min(doc.numPages, EXTRACT_LIMITS.maxPages);
    let chars = 0;
    for (let p = 1; p <= pages && chars < EXTRACT_LIMITS.maxTextChars; p++) {
      const page = await doc.getPage(p);
      // Text first: it loads the fonts more cheaply than the operator list does (about 36 ms of CPU
      // a page against 43 the other way round). Annotations (links, form fields) are not read.
      const content = await page.getTextContent();
      const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const [vx0, vy0, vx1, vy1] = page.view;
      const draw = drawState(pdfjs, ops as unknown as { fnArray: number[]; argsArray: unknown[][] });
      const items: PdfItem[] = [];
      const hiddenRows: { y: number; size: number }[] = [];
      let cursor = 0;
      // A page whose text is all drawn invisibly is an OCR layer over a scan: that text is the
      // page's content. Invisible text next to visible text is hidden from the reader.
      const ocrLayer = draw.info.length > 0 && draw.info.every((i) => i.invisibleMode);
      for (const it of content.items as TextItemLike[]) {
        if (typeof it.str !== "string" || !it.transform) continue;
        const t = it.transform;
        const size = Math.hypot(t[2], t[3]) || it.height || 0;
        const x = t[4];
        const y = t[5];
        const font = fontInfo(page, it.fontName);
        // Match the item's characters to the drawn ones, in order, to learn their colours.
        const flags: boolean[] = [];
        const backgrounds = new Map<number, Rgb>();
        const strChars = [...it.str];
        for (const ch of strChars) {
          const [n] = normChars(ch);
          if (n === undefined) {
            flags.push(false);
            continue;
          }
          let found = -1;
          for (let q = cursor; q < Math.min(draw.chars.length, cursor + 64); q++) {
            if (draw.chars[q] === n) {
              found = q;
              break;
            }
          }
          let invisible = false;
          if (found >= 0) {
            cursor = found + 1;
            const ci = draw.info[found];
            invisible = ci.invisibleMode && !ocrLayer;
            if (!invisible) {
              let bg = backgrounds.get(ci.rects);
              if (!bg) {
                bg = backgroundAt(draw.rects, ci.rects, x + 1, y + size / 3);
                backgrounds.set(ci.rects, bg);
              }
              invisible = invisibleOn(ci.color, bg);
            }
          }
          flags.push(invisible);
        }
        const offPage = x > vx1 + 1 || x + it.width < vx0 - 1 || y > vy1 + 1 || y < vy0 - size;
        const tiny = size > 0 && size < TINY_POINTS;
        const squashed = Math.abs(t[0]) < 0.05 * size && Math.abs(t[1]) < 0.05 * size;
        if (tiny || offPage || squashed) {
          if (it.str.trim()) {
            hidden.push({ text: it.str, page: p, y, size });
            hiddenRows.push({ y, size });
          }
          continue;
        }
        // Split the item into runs of visible and hidden characters.
        let start = 0;
        for (let k = 1; k <= strChars.length; k++) {
          const boundary = k === strChars.length || (flags[k] !== flags[start] && strChars[k].trim() !== "");
          if (!boundary) continue;
          const part = strChars.slice(start, k).join("");
          if (flags[start]) {
            if (part.trim()) {
              hidden.push({ text: part, page: p, y, size });
              hiddenRows.push({ y, size });
            }
          } else if (part.trim()) {
            const frac = strChars.length ? start / strChars.length : 0;
            items.push({
              str: part,
              x: x + frac * it.width,
              y,
              width: (it.width * (k - start)) / Math.max(1, strChars.length),
              size,
              bold: font.bold,
            });
          }
          start = k;
        }
      }
      for (const line of layoutPage(items, p, hiddenRows)) {
        chars += line.text.length;
        raw.push(line);
      }
      page.cleanup();
    }
    return buildDocument("pdf", raw, mergeHidden(hidden), doc.numPages);
  } finally {
    await doc.destroy().catch(() => {});
  }
}

interface HiddenPart {
  text: string;
  page: number;
  y: number;
  size: number;
}

/** Hidden fragments as pdf.js split them (often single words) joined into their lines. */
function mergeHidden(parts: HiddenPart[]): string[] {
  const lines: string[] = [];
  let prev: HiddenPart | null = null;
  for (const part of parts) {
    const sameLine = prev && prev.page === part.page && Math.abs(prev.y - part.y) < Math.max(1, Math.min(prev.size, part.size) * 0.5);
    if (sameLine && lines.length) lines[lines.length - 1] += " " + part.text;
    else lines.push(part.text);
    prev = part;
  }
  return lines.map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
}

function fontInfo(page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } }, id: string): { bold: boolean } {
  try {
    if (!page.commonObjs.has(id)) return { bold: false };
    const font = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean } | null;
    const name = font?.name ?? "";
    return { bold: Boolean(font?.bold || font?.black) || /bold|black|heavy|semibold|demi/i.test(name) };
  } catch {
    return { bold: false };
  }
}

/** Loads pdf.js ahead of the first file, so a warm worker answers in milliseconds. */
export async function preloadPdf(): Promise<void> {
  await loadPdfJs();
}
