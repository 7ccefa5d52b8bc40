import type { CodingTask, TaskLanguage } from "@/lib/interviews/bank";

// What the candidate's code suggests about its complexity, read from its shape (no execution):
// loops inside loops, linear lookups inside a loop, and recursion without a memo. Heuristics, used
// only to decide whether the interviewer asks about complexity, never to score.

export interface CodeShape {
  nestedLoops: boolean;
  /** `x in list`, `.index(`, `.includes(`, `.indexOf(` inside a loop: a hidden inner loop. */
  linearLookupInLoop: boolean;
  recursionWithoutMemo: boolean;
}

const PY_LOOP = /^\s*(for\s+.+\s+in\s+.+|while\s+.+):\s*(#.*)?$/;
const JS_LOOP = /\b(for\s*\(|while\s*\(|\.(forEach|map|filter|reduce|some|every|find|findIndex)\s*\()/;
const JS_LOOKUP = /\.(includes|indexOf|lastIndexOf)\s*\(/;
const MEMO = /\b(memo|cache|lru_cache|functools\.cache|@cache|dp|seen|visited|Map\(|dict\(|\{\})/i;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function stripComments(code: string, language: TaskLanguage): string[] {
  const lines = code.split(/\r?\n/);
  if (language === "python") return lines.map((l) => l.replace(/#.*$/, ""));
  return code.replace(/\/\*[\s\S]*?\*\//g, "").split(/\r?\n/).map((l) => l.replace(/\/\/.*$/, ""));
}

function pythonParams(code: string, functionName: string): string[] {
  const m = code.match(new RegExp(`def\\s+${escapeRe(functionName)}\\s*\\(([^)]*)\\)`));
  return m ? m[1].split(",").map((p) => p.split(/[:=]/)[0].trim().replace(/^\*+/, "")).filter((p) => p && p !== "self") : [];
}

function pythonShape(lines: string[], params: string[]): Pick<CodeShape, "nestedLoops" | "linearLookupInLoop"> {
  let nested = false;
  let lookup = false;
  // `x in nums` where nums is an argument (a list or a string), or a slice, scans it: a `set`
  // built from it would be a new name, so the optimal solution's `in seen` is not flagged.
  const scans = new RegExp(`\\bin\\s+(${params.map(escapeRe).join("|") || "\\b_never_\\b"})\\b(?!\\s*\\.(keys|values|items)\\b)|\\bin\\s+[A-Za-z_]\\w*\\[[^\\]]*:|\\.(index|count)\\(`);
  // Indentation of each open loop: a line deeper than an open loop is inside it.
  const open: number[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    while (open.length && indent <= open[open.length - 1]) open.pop();
    // A comprehension with two `for`s is a nested loop too.
    if ((line.match(/\bfor\b/g) ?? []).length >= 2 && /[[({]/.test(line)) nested = true;
    const isLoop = PY_LOOP.test(line);
    // Only an inner `for` counts: an inner `while` is usually a pointer or a stack, amortised.
    if (open.length && isLoop && /^\s*for\b/.test(line)) nested = true;
    // What a line tests with `in`, without the `for x in xs` that iterate (headers and comprehensions).
    const tested = (isLoop ? line.replace(/^[^:]*:/, "") : line).replace(/\bfor\s+[\w\s,()]+?\s+in\s+[^\s\]):]+/g, "");
    if ((open.length || /\bfor\b.+\bif\b/.test(line)) && scans.test(tested)) lookup = true;
    if (isLoop) open.push(indent);
  }
  return { nestedLoops: nested, linearLookupInLoop: lookup };
}

function javascriptShape(lines: string[]): Pick<CodeShape, "nestedLoops" | "linearLookupInLoop"> {
  let nested = false;
  let lookup = false;
  let depth = 0;
  // Brace depth at which each open loop's body started.
  const open: number[] = [];
  for (const line of lines) {
    const isLoop = JS_LOOP.test(line);
    // As in Python, an inner `while` is not counted.
    if (open.length && isLoop && !/^\s*(\}\s*)?while\s*\(/.test(line)) nested = true;
    if ((open.length || isLoop) && JS_LOOKUP.test(line)) lookup = true;
    if (isLoop) open.push(depth);
    for (const ch of line) {
      if (ch === "{") depth++;
      else if (ch === "}") {
        depth--;
        while (open.length && depth <= open[open.length - 1]) open.pop();
      }
    }
    // A loop without braces (`for (...) x++;`, `xs.filter((x) => x > 0)`) ends with its line.
    if (isLoop && !line.includes("{")) open.pop();
  }
  return { nestedLoops: nested, linearLookupInLoop: lookup };
}

function recursionWithoutMemo(code: string, functionName: string): boolean {
  const calls = code.match(new RegExp(`\\b${escapeRe(functionName)}\\s*\\(`, "g")) ?? [];
  // One occurrence is the definition; more are calls from inside (or outside) it.
  return calls.length >= 2 && !MEMO.test(code);
}

export function codeShape(code: string, language: TaskLanguage, functionName: string): CodeShape {
  const lines = stripComments(code, language);
  const loops = language === "python" ? pythonShape(lines, pythonParams(code, functionName)) : javascriptShape(lines);
  return { ...loops, recursionWithoutMemo: recursionWithoutMemo(lines.join("\n"), functionName) };
}

/**
 * Whether the task's target is a plain single-input bound (O(1), O(log n), O(n), O(n log n),
 * O(n + m)...), so a loop over the input inside another is worth a question. Targets over two
 * sizes or with an explanation ("O(rows · cols)", "O(S), S = total characters") are met by nested
 * loops, so those tasks get no such question.
 */
export function expectsSubquadratic(task: CodingTask): boolean {
  const time = task.complexity.time.replace(/\s+/g, "").toLowerCase();
  return /^o\((1|[a-z]|log\(?[a-z]\)?|[a-z]log\(?[a-z]\)?|[a-z]\+[a-z])\)$/.test(time);
}

/** Whether the task's expected time is polynomial, so plain exponential recursion is worth a question. */
export function expectsPolynomial(task: CodingTask): boolean {
  return !/2\^|\^n|n!/.test(task.complexity.time.replace(/\s+/g, "").toLowerCase());
}
