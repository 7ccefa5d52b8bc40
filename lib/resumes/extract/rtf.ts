import iconv from "iconv-lite";
import { Tokenize } from "rtf-stream-parser";
import type { Token } from "rtf-stream-parser/dist/src/tokenize";
import type { ExtractedDocument } from "../types";
import { invisibleOn, type Rgb, WHITE } from "./colors";
import { buildDocument, type RawLine } from "./document";
import { ResumeFileError } from "./errors";
import { layoutTable, type TableRows } from "./tables";

// Destinations whose content is not body text.
const SKIP = new Set([
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "themedata", "colorschememapping",
  "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
  "mmathPr", "fldinst", "filetbl", "revtbl", "pgdsctbl", "nonshppict", "shpinst", "template",
  "userprops", "docvar", "bkmkstart", "bkmkend", "fchars", "lchars", "listtext", "pntext", "pntxta", "pntxtb",
]);

// \fcharsetN -> code page, for fonts that say which script they hold.
const CHARSET_CODEPAGE: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
  177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
};

const SYMBOLS: Record<string, string> = {
  emdash: "\u2014", endash: "\u2013", bullet: "\u2022", lquote: "\u2018", rquote: "\u2019",
  ldblquote: "\u201C", rdblquote: "\u201D", tab: " ", emspace: " ", enspace: " ", qmspace: " ",
  "~": "\u00A0", _: "\u2011", "{": "{", "}": "}", "\\": "\\",
};

const MAX_TOKENS = 2_000_000;
const MAX_DEPTH = 500;

interface State {
  skip: boolean;
  /** Inside \fonttbl / \colortbl: their content is parsed, not shown. */
  table: "font" | "color" | null;
  hidden: boolean;
  color: number;
  background: number;
  halfPoints: number;
  bold: boolean;
  uc: number;
  codepage: number;
}

interface Run {
  text: string;
  hidden: boolean;
  halfPoints: number;
  bold: boolean;
}

function tokenize(bytes: Buffer): Token[] {
  const tokens: Token[] = [];
  const tokenizer = new Tokenize();
  // The tokenizer is a stream; driving its transform directly keeps it synchronous and lets
  // errors surface here instead of as an unhandled stream event.
  (tokenizer as unknown as { push: (t: Token) => boolean }).push = (t: Token) => {
    // 10 MB of "{}" would be millions of token objects: more than any document needs.
    if (tokens.length >= MAX_TOKENS) throw new ResumeFileError("CORRUPT_FILE");
    tokens.push(t);
    return true;
  };
  // It reports a malformed \'xx escape with console.warn; a bad file is not worth a log line.
  const warn = console.warn;
  console.warn = () => {};
  try {
    tokenizer.__transform(bytes, undefined);
    tokenizer._flush(() => {});
  } finally {
    console.warn = warn;
  }
  return tokens;
}

export function extractRtf(bytes: Uint8Array): ExtractedDocument {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buf.subarray(0, 5).toString("latin1").startsWith("{\\rtf")) throw new ResumeFileError("CORRUPT_FILE");
  // \binN allocates N bytes up front: a lying N would be an allocation bomb.
  for (const m of buf.toString("latin1").matchAll(/\\bin(\d+)/g)) {
    if (Number(m[1]) > buf.length) throw new ResumeFileError("CORRUPT_FILE");
  }
  let tokens: Token[];
  try {
    tokens = tokenize(buf);
  } catch (err) {
    if (err instanceof ResumeFileError) throw err;
    throw new ResumeFileError("CORRUPT_FILE");
  }
  try {
    return walk(tokens);
  } catch (err) {
    if (err instanceof ResumeFileError) throw err;
    throw new ResumeFileError("CORRUPT_FILE");
  }
}

function walk(tokens: Token[]): ExtractedDocument {
  let ansiCodepage = 1252;
  const fontCodepage = new Map<number, number>();
  const colors: (Rgb | null)[] = [];
  let pendingColor: [number, number, number] = [0, 0, 0];
  let pendingFont = -1;

  let state: State = { skip: false, table: null, hidden: false, color: 0, background: 0, halfPoints: 24, bold: false, uc: 1, codepage: 1252 };
  const stack: State[] = [];
  let groupStart = false;
  let ignorable = false;
  let skipChars = 0;
  let pendingBytes: number[] = [];

  const raw: RawLine[] = [];
  const hidden: string[] = [];
  let runs: Run[] = [];
  let page = 1;
  let inTable = false;
  let rows: TableRows = [];
  let row: RawLine[][] = [];
  let cell: RawLine[] = [];

  const emit = (text: string) => {
    if (state.skip || state.table || !text) return;
    const last = runs[runs.length - 1];
    const colour = colors[state.color] ?? null;
    const bg = colors[state.background] ?? WHITE;
    const isHidden = state.hidden || state.halfPoints <= 4 || (colour !== null && state.color > 0 && invisibleOn(colour, bg));
    if (last && last.hidden === isHidden && last.halfPoints === state.halfPoints && last.bold === state.bold) last.text += text;
    else runs.push({ text, hidden: isHidden, halfPoints: state.halfPoints, bold: state.bold });
  };
  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    const cp = `cp${state.codepage}`;
    const text = iconv.encodingExists(cp) ? iconv.decode(Buffer.from(pendingBytes), cp) : Buffer.from(pendingBytes).toString("latin1");
    pendingBytes = [];
    if (state.table === "font") return;
    emit(text);
  };
  const flushTable = () => {
    if (row.length > 0 || cell.length > 0) {
      if (cell.length > 0) row.push(cell);
      rows.push(row);
    }
    raw.push(...layoutTable(rows, 0));
    rows = [];
    row = [];
    cell = [];
  };
  const endLine = () => {
    flushBytes();
    const visible = runs.filter((r) => !r.hidden);
    const hid = runs.filter((r) => r.hidden).map((r) => r.text).join("");
    if (hid.trim()) hidden.push(hid);
    const text = visible.map((r) => r.text).join("");
    const solid = visible.filter((r) => r.text.trim());
    const line: RawLine = {
      text,
      page,
      column: 0,
      fontSize: solid.length ? Math.max(...solid.map((r) => r.halfPoints)) / 2 : undefined,
      bold: solid.length ? solid.every((r) => r.bold) : undefined,
    };
    runs = [];
    // A paragraph of hidden runs only leaves no blank line behind.
    if (!text.trim() && hid.trim()) return;
    if (inTable) cell.push(line);
    else {
      if (rows.length > 0 || row.length > 0 || cell.length > 0) flushTable();
      raw.push(line);
    }
  };

  for (const token of tokens) {
    if (token.type === 0) {
      flushBytes();
      if (stack.length >= MAX_DEPTH) throw new ResumeFileError("CORRUPT_FILE");
      stack.push(state);
      state = { ...state };
      groupStart = true;
      ignorable = false;
      continue;
    }
    if (token.type === 1) {
      flushBytes();
      if (state.table === "font" && pendingFont >= 0) pendingFont = -1;
      state = stack.pop() ?? state;
      groupStart = false;
      continue;
    }
    const atStart: boolean = groupStart;
    groupStart = false;
    if (token.type === 3) {
      if (state.table === "color") {
        for (const ch of token.data.toString("latin1")) {
          if (ch === ";") {
            colors.push(colors.length === 0 && pendingColor.every((c) => c === -1) ? null : [Math.max(0, pendingColor[0]), Math.max(0, pendingColor[1]), Math.max(0, pendingColor[2])]);
            pendingColor = [-1, -1, -1];
          }
        }
        continue;
      }
      if (state.skip || state.table) continue;
      for (const b of token.data) {
        if (skipChars > 0) {
          skipChars--;
          continue;
        }
        pendingBytes.push(b);
      }
      continue;
    }
    // control word or symbol
    const word = token.word;
    const param = token.param;
    if (word === "*") {
      if (atStart) ignorable = true;
      state.skip = true;
      groupStart = atStart;
      continue;
    }
    if (atStart && (SKIP.has(word) || ignorable)) {
      state.skip = true;
      if (word === "fonttbl") {
        state.skip = false;
        state.table = "font";
      } else if (word === "colortbl") {
        state.skip = false;
        state.table = "color";
        pendingColor = [-1, -1, -1];
      } else if (word === "fldinst" || ignorable) state.skip = true;
    }
    if (state.table === "font") {
      if (word === "f" && param !== undefined) pendingFont = param;
      else if (word === "fcharset" && param !== undefined && pendingFont >= 0) {
        const cp = CHARSET_CODEPAGE[param];
        if (cp) fontCodepage.set(pendingFont, cp);
      } else if (word === "cpg" && param !== undefined && pendingFont >= 0) fontCodepage.set(pendingFont, param);
      continue;
    }
    if (state.table === "color") {
      if (word === "red") pendingColor[0] = param ?? 0;
      else if (word === "green") pendingColor[1] = param ?? 0;
      else if (word === "blue") pendingColor[2] = param ?? 0;
      continue;
    }
    if (word === "'") {
      if (state.skip) continue;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (token.data) pendingBytes.push(token.data[0]);
      continue;
    }
    if (word === "bin") continue;
    if (state.skip) continue;
    if (word !== "u") flushBytes();
    switch (word) {
      case "ansicpg":
        if (param) ansiCodepage = param;
        state.codepage = ansiCodepage;
        break;
      case "f":
        state.codepage = (param !== undefined && fontCodepage.get(param)) || ansiCodepage;
        break;
      case "uc":
        state.uc = param ?? 1;
        break;
      case "u":
        flushBytes();
        if (param !== undefined) emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        skipChars = state.uc;
        break;
      case "par":
      case "line":
      case "sect":
        endLine();
        break;
      case "page":
        endLine();
        page++;
        break;
      case "cell":
      case "nestcell":
        endLine();
        row.push(cell);
        cell = [];
        break;
      case "row":
      case "nestrow":
        if (cell.length > 0) row.push(cell);
        rows.push(row);
        row = [];
        cell = [];
        break;
      case "intbl":
        inTable = true;
        break;
      case "pard":
        inTable = false;
        break;
      case "plain":
        state.hidden = false;
        state.bold = false;
        state.halfPoints = 24;
        state.color = 0;
        state.background = 0;
        state.codepage = ansiCodepage;
        break;
      case "b":
        state.bold = param !== 0;
        break;
      case "v":
        state.hidden = param !== 0;
        break;
      case "fs":
        state.halfPoints = param ?? 24;
        break;
      case "cf":
        state.color = param ?? 0;
        break;
      case "cb":
      case "highlight":
      case "chcbpat":
        state.background = param ?? 0;
        break;
      default: {
        const symbol = SYMBOLS[word];
        if (symbol !== undefined) emit(symbol);
      }
    }
  }
  endLine();
  if (rows.length > 0 || row.length > 0 || cell.length > 0) flushTable();
  return buildDocument("rtf", raw, hidden, page);
}
