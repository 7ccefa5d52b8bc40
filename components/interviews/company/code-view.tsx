import { cn } from "@/components/ui/cn";
import type { InterviewLanguage } from "./api";

const KEYWORDS: Record<InterviewLanguage, Set<string>> = {
  python: new Set(
    "and as assert async await break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield".split(" "),
  ),
  javascript: new Set(
    "async await break case catch class const continue default delete do else export extends false finally for function if import in instanceof let new null of return static super switch this throw true try typeof undefined var void while yield".split(" "),
  ),
};

type Token = { kind: "keyword" | "string" | "comment" | "number" | "plain"; text: string };

// One pass over a line: comments, strings, numbers and keywords. Enough to read code at a
// glance; a string spanning lines (docstrings, template literals) is shown plain after its first line.
function tokenize(line: string, language: InterviewLanguage): Token[] {
  const comment = language === "python" ? "#" : "//";
  const out: Token[] = [];
  let i = 0;
  let plain = "";
  const flush = () => {
    if (plain) out.push({ kind: "plain", text: plain });
    plain = "";
  };
  while (i < line.length) {
    const ch = line[i];
    if (line.startsWith(comment, i)) {
      flush();
      out.push({ kind: "comment", text: line.slice(i) });
      return out;
    }
    if (ch === '"' || ch === "'" || ch === "`") {
      let j = i + 1;
      while (j < line.length && line[j] !== ch) j += line[j] === "\\" ? 2 : 1;
      flush();
      out.push({ kind: "string", text: line.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(line.slice(i));
    if (word) {
      if (KEYWORDS[language].has(word[0])) {
        flush();
        out.push({ kind: "keyword", text: word[0] });
      } else plain += word[0];
      i += word[0].length;
      continue;
    }
    const number = /^\d[\d_.]*/.exec(line.slice(i));
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
  return out;
}

const TONES: Record<Token["kind"], string> = {
  keyword: "font-semibold text-primary",
  string: "text-success",
  comment: "italic text-muted",
  number: "text-accent",
  plain: "",
};

/**
 * The candidate's code, read-only, with line numbers and light highlighting. Plain React (no
 * editor): the company only reads it, and it prints.
 */
export function CodeView({
  code,
  language,
  label,
  className,
  testId,
}: {
  code: string;
  language: InterviewLanguage;
  label: string;
  className?: string;
  testId?: string;
}) {
  const lines = code.split("\n");
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      className={cn(
        "max-h-[32rem] overflow-auto rounded-xl border border-border bg-subtle py-3 font-mono text-[0.8rem] leading-6 text-fg print:max-h-none print:overflow-visible",
        className,
      )}
    >
      <code className="block min-w-max">
        {lines.map((line, n) => (
          <span key={n} className="flex min-h-6">
            <span aria-hidden className="w-10 shrink-0 pr-3 text-right text-muted/70 select-none">
              {n + 1}
            </span>
            <span className="pr-4 whitespace-pre">
              {tokenize(line, language).map((tok, k) => (
                <span key={k} className={TONES[tok.kind] || undefined}>
                  {tok.text}
                </span>
              ))}
            </span>
          </span>
        ))}
      </code>
    </pre>
  );
}
