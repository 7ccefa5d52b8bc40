import { compileTerm, prepareText, termIndex, type CompiledTerm } from "./match";
import { LANGUAGE_ROWS } from "./languages-data";

const TERMS: CompiledTerm[] = LANGUAGE_ROWS.map(([name, synonyms]) => compileTerm(name, synonyms));

/** Every spoken language of the taxonomy (canonical English names), for pickers. */
export const LANGUAGES: readonly string[] = LANGUAGE_ROWS.map(([name]) => name);

/** Canonical English names of the spoken languages mentioned in the text, in order of mention. */
export function findLanguages(text: string): string[] {
  const prepared = prepareText(text);
  const found: { name: string; at: number }[] = [];
  for (const term of TERMS) {
    const at = termIndex(term, prepared);
    if (at >= 0) found.push({ name: term.name, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}
