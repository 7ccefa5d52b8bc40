import type { CodingTask } from "@/lib/interviews/bank";

// A model's answer is checked before the candidate sees it: a model can be talked into writing
// the solution however well it is prompted, so whatever looks like code for the task is replaced.

export type LeakReason = "code_block" | "defines_function" | "code_lines" | "matches_reference";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A line that reads as a statement of Python or JavaScript rather than prose.
const CODE_LINE = [
  /^\s*(def|class|function|async function|return|import|from\s+\S+\s+import|const|let|var|elif|else\s*:|try\s*:|except\b|finally\s*:|yield)\b/,
  /^\s*(for|while|if)\b.*(:\s*$|\)\s*\{?\s*$|\{\s*$)/,
  /^\s*for\s*\(/,
  /^\s*[A-Za-z_][\w.[\]'"]*\s*(\+|-|\*|\/|%|\|\||&&|\?\?)?=(?!=)\s*\S/,
  /^\s*[A-Za-z_][\w.]*\s*\(.*\)\s*;?\s*$/,
  /[;{}]\s*$/,
  /^\s*[})\]]+;?\s*$/,
  /=>\s*[{(\w]/,
  /\blambda\b[^:]*:/,
];

function isCodeLine(line: string): boolean {
  const t = line.replace(/^\s*([-*+]|\d+[.)])\s+/, "").replace(/^`+|`+$/g, "");
  if (t.trim().length < 3) return false;
  // Prose sentences: several plain words in a row.
  if (/[A-Za-zА-Яа-яЁё]{2,}(\s+[A-Za-zА-Яа-яЁё,]{2,}){5,}/.test(t) && !/[;{}]\s*$/.test(t)) return false;
  return CODE_LINE.some((re) => re.test(t));
}

/** Identifiers, numbers and operators: the tokens two pieces of code share when one copies the other. */
function codeTokens(text: string): string[] {
  return text.match(/[A-Za-z_]\w*|\d+|==|!=|<=|>=|\+=|-=|=>|[-+*/%<>=[\](){}:,.]/g) ?? [];
}

const SHINGLE = 5;
function shingles(tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.add(tokens.slice(i, i + SHINGLE).join(" "));
  return out;
}

/** Share of the reference's 5-token runs found in `text` (0..1). */
export function referenceOverlap(text: string, reference: string): number {
  const ref = shingles(codeTokens(reference.replace(/#.*$|\/\/.*$/gm, "")));
  if (ref.size === 0) return 0;
  const got = shingles(codeTokens(text));
  let shared = 0;
  for (const s of ref) if (got.has(s)) shared++;
  return shared / ref.size;
}

/**
 * Why `text` must not be shown, or null when it may: a fenced code block, a line defining the
 * task's function, more than two code-like lines, or a close match (30% of 5-token runs) with a
 * reference solution in either language.
 */
export function solutionLeak(text: string, task: CodingTask): LeakReason | null {
  if (/```|~~~/.test(text) || /^( {4}|\t)\S/m.test(text.replace(/^\s*([-*+]|\d+[.)])\s.*$/gm, ""))) return "code_block";
  const names = [...new Set(Object.values(task.functionName))].map(escapeRe).join("|");
  const defines = new RegExp(`(def|function)\\s+(${names})\\b|\\b(${names})\\s*[:=]\\s*(async\\s*)?(function|\\(|[A-Za-z_]\\w*\\s*=>)`);
  if (defines.test(text)) return "defines_function";
  const codeLines = text.split(/\r?\n/).filter(isCodeLine).length;
  if (codeLines > 2) return "code_lines";
  // Inline code spans long enough to be statements count as code lines too.
  const longSpans = (text.match(/`[^`\n]{25,}`/g) ?? []).filter((s) => isCodeLine(s.slice(1, -1))).length;
  if (codeLines + longSpans > 2) return "code_lines";
  if (Object.values(task.reference).some((ref) => referenceOverlap(text, ref) >= 0.3)) return "matches_reference";
  return null;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-zа-яё0-9]{4,}/g) ?? []);

/**
 * Whether `text` gives away a hint the candidate has not reached yet (hints are given in order):
 * 60% or more of a later hint's words (of 4+ letters, at least 5 of them) appear in it.
 */
export function laterHintLeak(text: string, hints: string[], allowedLevel: number): boolean {
  const got = words(text);
  return hints.slice(allowedLevel).some((hint) => {
    const w = [...words(hint)];
    return w.length >= 5 && w.filter((x) => got.has(x)).length / w.length >= 0.6;
  });
}
