import type { ExtractedDocument } from "../types";
import { invisibleOn, parseHex, type Rgb, WHITE } from "./colors";
import { buildDocument, type RawLine } from "./document";
import { ResumeFileError } from "./errors";
import { layoutTable, type TableRows } from "./tables";
import { assertSafeXml, xmlEvents } from "./xml";
import { readZipParts } from "./zip";

/** Run properties as far as visibility and headings need them. */
interface RunProps {
  bold?: boolean;
  vanish?: boolean;
  color?: Rgb | null;
  /** Half-points. */
  size?: number;
  shading?: Rgb | null;
}

interface Style {
  basedOn?: string;
  run: RunProps;
}

const HIGHLIGHT: Record<string, Rgb> = {
  black: [0, 0, 0], blue: [0, 0, 255], cyan: [0, 255, 255], green: [0, 255, 0], magenta: [255, 0, 255],
  red: [255, 0, 0], yellow: [255, 255, 0], white: [255, 255, 255], darkBlue: [0, 0, 139], darkCyan: [0, 139, 139],
  darkGreen: [0, 100, 0], darkMagenta: [139, 0, 139], darkRed: [139, 0, 0], darkYellow: [128, 128, 0],
  darkGray: [169, 169, 169], lightGray: [211, 211, 211],
};

// Relationship types that make Word pull content from outside the file when it opens it.
const EXTERNAL_CONTENT = /\/(subDocument|altChunk|frame|oleObject|image|package|attachedTemplate)$/;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function on(attrs: Record<string, string>): boolean {
  const v = attrs["w:val"];
  return v === undefined || !/^(false|0|off|none)$/i.test(v);
}

function readRunProp(props: RunProps, name: string, attrs: Record<string, string>): void {
  switch (name) {
    case "w:b":
      props.bold = on(attrs);
      break;
    case "w:vanish":
    case "w:specVanish":
      props.vanish = on(attrs);
      break;
    case "w:color":
      props.color = attrs["w:val"] === "auto" ? null : parseHex(attrs["w:val"]);
      break;
    case "w:sz": {
      const v = Number(attrs["w:val"]);
      if (Number.isFinite(v)) props.size = v;
      break;
    }
    case "w:shd":
      props.shading = parseHex(attrs["w:fill"]);
      break;
    case "w:highlight":
      props.shading = HIGHLIGHT[attrs["w:val"]] ?? props.shading;
      break;
  }
}

function parseStyles(xml: string | undefined): { defaults: RunProps; styles: Map<string, Style> } {
  const defaults: RunProps = {};
  const styles = new Map<string, Style>();
  if (!xml) return { defaults, styles };
  let current: Style | null = null;
  let inDefaults = false;
  let inRunProps = false;
  for (const ev of xmlEvents(xml)) {
    if (ev.kind === "open") {
      if (ev.name === "w:style" && !ev.selfClosing) {
        current = { run: {} };
        styles.set(ev.attrs["w:styleId"] ?? "", current);
      } else if (ev.name === "w:rPrDefault") inDefaults = true;
      else if (ev.name === "w:rPr" && !ev.selfClosing) inRunProps = true;
      else if (ev.name === "w:basedOn" && current) current.basedOn = ev.attrs["w:val"];
      else if (inRunProps) readRunProp(inDefaults ? defaults : (current?.run ?? {}), ev.name, ev.attrs);
    } else if (ev.kind === "close") {
      if (ev.name === "w:style") current = null;
      else if (ev.name === "w:rPrDefault") inDefaults = false;
      else if (ev.name === "w:rPr") inRunProps = false;
    }
  }
  return { defaults, styles };
}

function styleRun(styles: Map<string, Style>, id: string | undefined, depth = 0): RunProps {
  const style = id ? styles.get(id) : undefined;
  if (!style || depth > 10) return {};
  return { ...styleRun(styles, style.basedOn, depth + 1), ...style.run };
}

interface Cell {
  lines: RawLine[];
  shading: Rgb | null;
}

interface TableCtx {
  rows: TableRows;
  row: RawLine[][];
  cell: Cell | null;
}

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // Password-protected Office files are OLE containers holding the encrypted package.
    const asText = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf16le");
    if (asText.includes("EncryptedPackage") || asText.includes("EncryptionInfo")) throw new ResumeFileError("ENCRYPTED");
    throw new ResumeFileError("CORRUPT_FILE", "This is an old Word .doc file, not DOCX. Please save it as DOCX or PDF.");
  }
  const parts = await readZipParts(bytes, (name) =>
    /^word\/(document|styles|header\d*)\.xml$/.test(name) || name === "word/_rels/document.xml.rels" || name === "docProps/app.xml",
  );
  const decoded = new Map<string, string>();
  for (const [name, buf] of parts) {
    const xml = buf.toString("utf8");
    assertSafeXml(xml);
    decoded.set(name, xml);
  }
  const document = decoded.get("word/document.xml");
  if (!document) throw new ResumeFileError("CORRUPT_FILE", "The file is not a Word document.");
  const rels = decoded.get("word/_rels/document.xml.rels") ?? "";
  for (const ev of xmlEvents(rels)) {
    if (ev.kind === "open" && ev.name === "Relationship" && ev.attrs.TargetMode === "External" && EXTERNAL_CONTENT.test(ev.attrs.Type ?? "")) {
      throw new ResumeFileError("UNSAFE_DOCUMENT");
    }
  }
  const { defaults, styles } = parseStyles(decoded.get("word/styles.xml"));
  const hidden: string[] = [];
  const raw: RawLine[] = [];
  const headerNames = [...decoded.keys()].filter((n) => /^word\/header\d*\.xml$/.test(n)).sort();
  const seen = new Set<string>();
  for (const name of headerNames) {
    for (const line of readBody(decoded.get(name)!, defaults, styles, hidden)) {
      const key = line.text.trim();
      if (key && !seen.has(key)) {
        seen.add(key);
        raw.push(line);
      }
    }
  }
  raw.push(...readBody(document, defaults, styles, hidden));
  // The page count Word saved with the file (a DOCX has no pages of its own until laid out).
  const savedPages = Number(/<Pages>(\d+)<\/Pages>/.exec(decoded.get("docProps/app.xml") ?? "")?.[1]);
  return buildDocument("docx", raw, hidden, savedPages > 0 && savedPages < 10_000 ? savedPages : 1);
}

/** The lines of one part (body or header), tables laid out, hidden runs moved to `hidden`. */
function readBody(xml: string, defaults: RunProps, styles: Map<string, Style>, hidden: string[]): RawLine[] {
  const out: RawLine[] = [];
  const tables: TableCtx[] = [];
  // Inside these, content is not shown: deleted revisions, field codes, the VML copy of a drawing.
  let skipDepth = 0;
  const skipNames = new Set(["w:del", "w:delText", "w:instrText", "mc:Fallback", "w:moveFrom"]);

  let column = 0;
  let inPPr = false;
  let inRPr = false;
  let paragraphStyle: string | undefined;
  let paragraphShading: Rgb | null = null;
  let spacingBefore = 0;
  let bullet = false;
  let run: RunProps = {};
  let runStyle: string | undefined;
  let inText = false;
  type Piece = { text: string; hidden: boolean; size: number; bold: boolean };
  let pieces: Piece[] = [];
  let inParagraph = false;
  const pendingBoxLines: RawLine[] = [];
  const outer: {
    pieces: Piece[];
    paragraphStyle: string | undefined;
    paragraphShading: Rgb | null;
    spacingBefore: number;
    bullet: boolean;
    run: RunProps;
    runStyle: string | undefined;
    inText: boolean;
    /** The text box's lines, placed after the paragraph that anchors it. */
    boxLines: RawLine[];
  }[] = [];

  const effective = (): { hidden: boolean; size: number; bold: boolean } => {
    const props: RunProps = { ...defaults, ...styleRun(styles, paragraphStyle), ...styleRun(styles, runStyle), ...run };
    const size = props.size ?? 20;
    const cellShading = tables[tables.length - 1]?.cell?.shading ?? null;
    const background = props.shading ?? paragraphShading ?? cellShading ?? WHITE;
    const colour = props.color ?? null;
    const invisible = colour !== null && invisibleOn(colour, background);
    return { hidden: Boolean(props.vanish) || size <= 4 || invisible, size, bold: Boolean(props.bold) };
  };
  const add = (text: string) => {
    if (skipDepth > 0 || !text) return;
    const e = effective();
    const last = pieces[pieces.length - 1];
    if (last && last.hidden === e.hidden && last.size === e.size && last.bold === e.bold) last.text += text;
    else pieces.push({ text, ...e });
  };
  const target = (): RawLine[] => tables[tables.length - 1]?.cell?.lines ?? out;
  const endLine = (gapBefore: number) => {
    const visible = pieces.filter((p) => !p.hidden);
    const hid = pieces.filter((p) => p.hidden).map((p) => p.text).join("");
    if (hid.trim()) hidden.push(hid);
    const solid = visible.filter((p) => p.text.trim());
    const text = visible.map((p) => p.text).join("");
    const line: RawLine = {
      text: bullet && text.trim() ? `• ${text.trim()}` : text,
      page: 1,
      column,
      fontSize: solid.length ? Math.max(...solid.map((p) => p.size)) / 2 : undefined,
      bold: solid.length ? solid.every((p) => p.bold) : undefined,
      gapBefore,
    };
    // A paragraph made only of hidden runs leaves no blank line behind.
    if (text.trim() || !hid.trim()) (outer.length > 0 ? outer[outer.length - 1].boxLines : target()).push(line);
    pieces = [];
    // A line break inside a list item continues the item: only its first line has the bullet.
    if (text.trim()) bullet = false;
  };

  for (const ev of xmlEvents(xml)) {
    if (ev.kind === "text") {
      if (inText) add(ev.text);
      continue;
    }
    if (ev.kind === "open") {
      if (skipNames.has(ev.name)) {
        if (!ev.selfClosing) skipDepth++;
        continue;
      }
      switch (ev.name) {
        case "w:p":
          // A text box's paragraphs sit inside a run of the paragraph that anchors it.
          if (inParagraph && !ev.selfClosing) outer.push({ pieces, paragraphStyle, paragraphShading, spacingBefore, bullet, run, runStyle, inText, boxLines: [] });
          inParagraph = !ev.selfClosing;
          paragraphStyle = undefined;
          paragraphShading = null;
          spacingBefore = 0;
          bullet = false;
          pieces = [];
          if (ev.selfClosing) target().push({ text: "", page: 1, column });
          break;
        case "w:pPr":
          if (!ev.selfClosing) inPPr = true;
          break;
        case "w:rPr":
          if (!ev.selfClosing) inRPr = true;
          break;
        case "w:r":
          run = {};
          runStyle = undefined;
          break;
        case "w:pStyle":
          if (inPPr) paragraphStyle = ev.attrs["w:val"];
          break;
        case "w:rStyle":
          if (inRPr && !inPPr) runStyle = ev.attrs["w:val"];
          break;
        case "w:numPr":
          if (inPPr) bullet = true;
          break;
        case "w:spacing":
          if (inPPr && !inRPr) spacingBefore = Number(ev.attrs["w:before"]) || 0;
          break;
        case "w:shd":
          if (inPPr && !inRPr) paragraphShading = parseHex(ev.attrs["w:fill"]);
          else if (inRPr && !inPPr) readRunProp(run, ev.name, ev.attrs);
          else if (tables.length && tables[tables.length - 1].cell) tables[tables.length - 1].cell!.shading = parseHex(ev.attrs["w:fill"]);
          break;
        case "w:t":
          inText = !ev.selfClosing;
          break;
        case "w:tab":
          if (!inPPr) add(" ");
          break;
        case "w:noBreakHyphen":
          add("-");
          break;
        case "w:br":
        case "w:cr":
          if (ev.attrs["w:type"] === "column") {
            endLine(0);
            column++;
          } else if (inParagraph) {
            const size = effective().size;
            endLine(0);
            void size;
          }
          break;
        case "w:sectPr":
          // The section ends here: the next one starts again in its first column.
          if (!ev.selfClosing) skipDepth++;
          column = 0;
          break;
        case "w:tbl":
          tables.push({ rows: [], row: [], cell: null });
          break;
        case "w:tr":
          if (tables.length) tables[tables.length - 1].row = [];
          break;
        case "w:tc":
          if (tables.length) tables[tables.length - 1].cell = { lines: [], shading: null };
          break;
        default:
          if (inRPr && !inPPr) readRunProp(run, ev.name, ev.attrs);
      }
      continue;
    }
    // close
    if (skipNames.has(ev.name) || ev.name === "w:sectPr") {
      if (skipDepth > 0) skipDepth--;
      continue;
    }
    switch (ev.name) {
      case "w:t":
        inText = false;
        break;
      case "w:pPr":
        inPPr = false;
        break;
      case "w:rPr":
        inRPr = false;
        break;
      case "w:p": {
        const size = pieces.find((p) => !p.hidden && p.text.trim())?.size ?? 20;
        endLine(spacingBefore / 20 / ((size / 2) * 1.2));
        inParagraph = false;
        const saved = outer.pop();
        if (saved) {
          ({ pieces, paragraphStyle, paragraphShading, spacingBefore, bullet, run, runStyle, inText } = saved);
          inParagraph = true;
          pendingBoxLines.push(...saved.boxLines);
        } else if (pendingBoxLines.length > 0) {
          target().push(...pendingBoxLines.splice(0));
        }
        break;
      }
      case "w:tc": {
        const t = tables[tables.length - 1];
        if (t?.cell) {
          t.row.push(t.cell.lines);
          t.cell = null;
        }
        break;
      }
      case "w:tr": {
        const t = tables[tables.length - 1];
        if (t) {
          t.rows.push(t.row);
          t.row = [];
        }
        break;
      }
      case "w:tbl": {
        const t = tables.pop();
        if (t) target().push(...layoutTable(t.rows, column));
        break;
      }
    }
  }
  return out;
}
