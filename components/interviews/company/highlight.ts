import type { InterviewLanguage } from "./api";

const KEYWORDS: Record<InterviewLanguage, Set<string>> = {
  python: new Set(
    "and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield".split(" "),
  ),
  javascript: new Set(
    "async await break case catch class const continue default delete do else export extends false finally for function if import in instanceof let new null of return static super switch this throw true try typeof undefined var void while yield".split(" "),
  ),
};

export type Token = { kind: "keyword" | "string" | "comment" | "number" | "plain"; text: string };
/** A comment or string still open at the end of a line: JavaScript's block comments and template literals, Python's triple quotes. */
type Open = { kind: "comment" | "string"; end: string } | null;

// Comments, strings, numbers and keywords, line by line, carrying an open block comment or
// multi-line string from one line to the next. Enough to read code at a glance.
function tokenizeLine(line: string, language: InterviewLanguage, open: Open): { tokens: Token[]; open: Open } {
  const comment = language === "python" ? "#" : "//";
  const out: Token[] = [];
  let i = 0;
  let plain = "";
  const flush = () => {
    if (plain) out.push({ kind: "plain", text: plain });
    plain = "";
  };
  // Consumes up to and including `block.end` (or the whole line) as `block.kind`.
  const closeBlock = (block: NonNullable<Open>, from: number): Open => {
    const at = line.indexOf(block.end, from);
    const stop = at === -1 ? line.length : at + block.end.length;
    out.push({ kind: block.kind, text: line.slice(i, stop) });
    i = stop;
    return at === -1 ? block : null;
  };
  if (open) {
    open = closeBlock(open, 0);
    if (open) return { tokens: out, open };
  }
  while (i < line.length) {
    const rest = line.slice(i);
    const block: Open =
      language === "javascript"
        ? rest.startsWith("/*")
          ? { kind: "comment", end: "*/" }
          : rest.startsWith("`")
            ? { kind: "string", end: "`" }
            : null
        : rest.startsWith('"""')
          ? { kind: "string", end: '"""' }
          : rest.startsWith("'''")
            ? { kind: "string", end: "'''" }
            : null;
    if (block) {
      flush();
      const still = closeBlock(block, i + (block.end === "*/" ? 2 : block.end.length));
      if (still) return { tokens: out, open: still };
      continue;
    }
    if (rest.startsWith(comment)) {
      flush();
      out.push({ kind: "comment", text: rest });
      return { tokens: out, open: null };
    }
    const ch = line[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < line.length && line[j] !== ch) j += line[j] === "\\" ? 2 : 1;
      flush();
      out.push({ kind: "string", text: line.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(rest);
    if (word) {
      if (KEYWORDS[language].has(word[0])) {
        flush();
        out.push({ kind: "keyword", text: word[0] });
      } else plain += word[0];
      i += word[0].length;
      continue;
    }
    const number = /^\d[\d_.]*/.exec(rest);
    if (number) {
      flush();
      out.push({ kind: "number", text: number[0] });
      i += number[0].length;
      continue;
    }
    plain += ch;
    i += 1;
  }
  flush();
  return { tokens: out, open: null };
}

/** The code's lines as highlighted tokens. */
export function tokenize(code: string, language: InterviewLanguage): Token[][] {
  let open: Open = null;
  return code.split("\n").map((line) => {
    const result = tokenizeLine(line, language, open);
    open = result.open;
    return result.tokens;
  });
}

