import type { Linter } from "eslint";
import type { TaskLanguage } from "@/lib/interviews/bank";

// Code style findings for the report: ESLint's recommended rules (plus a few style rules) for
// JavaScript, Ruff for Python. One warm instance of each: building them costs 100-800 ms, a check
// a few milliseconds. Both are loaded on the first report, not when the server starts: ESLint
// alone is 300 ms of CPU to import, in every process that imports this module.

export interface LintFinding {
  rule: string;
  message: string;
  line?: number;
}

/** At most this many findings are kept (a pasted minified file must not bloat the report). */
const MAX_FINDINGS = 100;

const jsConfig = (recommended: Linter.Config, nodeGlobals: Record<string, boolean | "readonly" | "writable">): Linter.Config[] => [
  recommended,
  {
    // The harness loads the candidate's file as a Node script that defines the task's function.
    languageOptions: { ecmaVersion: "latest", sourceType: "script", globals: { ...nodeGlobals } },
    rules: {
      // Top-level functions are what the tests call: only unused locals count.
      "no-unused-vars": ["error", { vars: "local", args: "after-used" }],
      eqeqeq: ["error", "smart"],
      "no-var": "error",
      "prefer-const": "error",
    },
  },
];

let eslint: Promise<{ linter: Linter; config: Linter.Config[] }> | undefined;

function eslintInstance() {
  eslint ??= Promise.all([import("eslint"), import("@eslint/js"), import("globals")]).then(([{ Linter }, js, globals]) => ({
    linter: new Linter({ configType: "flat" }),
    config: jsConfig(js.default.configs.recommended, globals.default.node),
  }));
  return eslint;
}

async function lintJavaScript(code: string): Promise<LintFinding[]> {
  const { linter, config } = await eslintInstance();
  return linter.verify(code, config).map((m) => ({
    rule: m.ruleId ?? (m.fatal ? "syntax-error" : "eslint"),
    message: m.message,
    ...(m.line ? { line: m.line } : {}),
  }));
}

// pycodestyle errors and warnings, pyflakes, naming, bugbear, simplifications and comprehensions.
const RUFF_SETTINGS = { "line-length": 100, lint: { select: ["E", "W", "F", "N", "B", "SIM", "C4"] } };

interface RuffDiagnostic {
  code: string | null;
  message: string;
  start_location: { row: number; column: number };
}
interface RuffWorkspace {
  check(contents: string): RuffDiagnostic[];
}
let ruff: Promise<RuffWorkspace> | undefined;

function ruffWorkspace(): Promise<RuffWorkspace> {
  ruff ??= import("@astral-sh/ruff-wasm-nodejs").then(({ Workspace, PositionEncoding }) => new Workspace(RUFF_SETTINGS, PositionEncoding.Utf16));
  return ruff;
}

async function lintPython(code: string): Promise<LintFinding[]> {
  const diagnostics = (await ruffWorkspace()).check(code);
  return diagnostics
    .map((d) => ({ rule: !d.code || d.code === "invalid-syntax" ? "syntax-error" : d.code, message: d.message, line: d.start_location.row }))
    .sort((a, b) => a.line - b.line);
}

/** Lint findings for the candidate's code, in line order. */
export async function lintCode(language: TaskLanguage, code: string): Promise<LintFinding[]> {
  const findings = language === "python" ? await lintPython(code) : await lintJavaScript(code);
  return findings.slice(0, MAX_FINDINGS);
}

/** Lines that count for the style score: not blank, not only a comment. */
export function linesOfCode(language: TaskLanguage, code: string): number {
  const comment = language === "python" ? /^\s*#/ : /^\s*(\/\/|\/\*|\*)/;
  return code.split(/\r?\n/).filter((l) => l.trim() && !comment.test(l)).length;
}
