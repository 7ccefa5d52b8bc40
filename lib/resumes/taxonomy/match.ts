// Compiles taxonomy synonyms (syntax in skills-data.ts) into regular expressions and finds them in text.

// Letters as explicit ranges (Latin with accents, Greek, Cyrillic) rather than \p{L}: V8 compiles a
// Unicode-property pattern in milliseconds, and the taxonomy has hundreds of them.
const LETTER = String.raw`a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF`;
const WORD = `${LETTER}0-9_`;
/** A letter, digit or underscore before a name means the name is part of a longer word. */
const BEFORE = `(?<![${WORD}]|[${WORD}][.])`;
/** After a name: no word character, no "+"/"#" (C vs C++), no ".js" (Node vs Node.js). */
const AFTER = `(?![${WORD}+#]|[.][${WORD}])`;
/** Start of a list item: line start, a separator, a bullet, or "and"/"и". */
const LIST_BEFORE = String.raw`(?:^|[,;:•*·|(/—–]|\band|\bи)[ \t]*`;
const LIST_AFTER = String.raw`(?=[ \t]*(?:[,;|)/]|\band\b|\bи\b|$))`;

/**
 * A name that only counts as a list item. The literal comes first and the context is checked
 * behind it: a pattern that starts with a lookbehind is tried at every position of the text.
 */
function listItem(synonym: string): string {
  const literal = body(synonym);
  return `${literal}(?<=${LIST_BEFORE}${literal})${LIST_AFTER}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The regex source of one plain synonym: spaces and hyphens interchangeable, `*` a short ending. */
function body(synonym: string): string {
  let out = "";
  for (const part of synonym.split(/([\s-]+|\*)/)) {
    if (part === "") continue;
    if (part === "*") out += `[${LETTER}]{0,4}`;
    else if (/^\s+$/.test(part)) out += String.raw`[\s\u00a0-]+`;
    else if (/^[\s-]+$/.test(part)) out += String.raw`[\s\u00a0-]*`;
    else out += escape(part.replace(/ё/g, "е").replace(/Ё/g, "Е"));
  }
  return out;
}

export interface CompiledTerm {
  name: string;
  /**
   * Lowercase literals one of which must occur for any synonym to match (the first word of each);
   * null when a raw pattern has none. Checking them first skips almost every regex on a resume.
   */
  literals: string[] | null;
  /** Case-insensitive alternatives, lower-cased: run on the lower-cased text. */
  loose: RegExp | null;
  /** Case-sensitive alternatives (short or common-word names). */
  strict: RegExp | null;
  /** Global copies of the two, made on first use, for listing every mention. */
  looseAll?: RegExp | null;
  strictAll?: RegExp | null;
}

export function compileTerm(name: string, synonyms: readonly string[]): CompiledTerm {
  const loose: string[] = [];
  const strict: string[] = [];
  let literals: string[] | null = [];
  const nameIsSpecial = synonyms.some((s) => s === `=${name}` || s === `~${name}` || s.startsWith("/"));
  const all = nameIsSpecial ? synonyms : [name, ...synonyms];
  for (const synonym of all) {
    if (synonym.startsWith("/")) literals = null;
    else literals?.push(firstWord(synonym.replace(/^[=~]/, "")));
    if (synonym.startsWith("/")) strict.push(synonym.slice(1));
    else if (synonym.startsWith("~")) strict.push(listItem(synonym.slice(1)));
    else if (synonym.startsWith("=")) strict.push(BEFORE + body(synonym.slice(1)) + AFTER);
    else loose.push(BEFORE + body(synonym.toLowerCase()) + AFTER);
  }
  return {
    name,
    literals: literals ? [...new Set(literals)] : null,
    // Matched against the lower-cased text: an `i` flag makes V8 compile each pattern for all case
    // variants.
    loose: loose.length > 0 ? new RegExp(loose.join("|"), "m") : null,
    // Raw patterns may use Unicode property classes; they are few.
    strict: strict.length > 0 ? new RegExp(strict.join("|"), literals === null ? "mu" : "m") : null,
  };
}

/** Text as the patterns expect it: ё folded to е (synonyms are folded the same way). */
export function normalizeForMatch(text: string): string {
  return text.replace(/ё/g, "е").replace(/Ё/g, "Е");
}

function firstWord(synonym: string): string {
  return normalizeForMatch(synonym.split(/[\s*-]+/)[0] ?? synonym).toLowerCase();
}

/** Whether a term can match the text at all, from the text in lower case. */
function mayMatch(term: CompiledTerm, lower: string): boolean {
  return term.literals === null || term.literals.some((literal) => lower.includes(literal));
}

/** Text prepared once for many terms. */
export interface MatchText {
  normalized: string;
  lower: string;
}

export function prepareText(text: string): MatchText {
  const normalized = normalizeForMatch(text);
  return { normalized, lower: normalized.toLowerCase() };
}

export function termMatches(term: CompiledTerm, text: MatchText): boolean {
  if (!mayMatch(term, text.lower)) return false;
  return (term.loose !== null && term.loose.test(text.lower)) || (term.strict !== null && term.strict.test(text.normalized));
}

/** Index of the first mention, or -1. */
export function termIndex(term: CompiledTerm, text: MatchText): number {
  if (!mayMatch(term, text.lower)) return -1;
  let best = -1;
  for (const [re, subject] of [
    [term.loose, text.lower],
    [term.strict, text.normalized],
  ] as const) {
    if (!re) continue;
    const m = re.exec(subject);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** Every mention of the term: [start, end) offsets into the text. */
export function termMentions(term: CompiledTerm, text: MatchText): [number, number][] {
  if (!mayMatch(term, text.lower)) return [];
  if (term.looseAll === undefined) term.looseAll = term.loose ? new RegExp(term.loose.source, `${term.loose.flags}g`) : null;
  if (term.strictAll === undefined) term.strictAll = term.strict ? new RegExp(term.strict.source, `${term.strict.flags}g`) : null;
  const out: [number, number][] = [];
  for (const [re, subject] of [
    [term.looseAll, text.lower],
    [term.strictAll, text.normalized],
  ] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      out.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
