import type { Locale } from "../types";
import { stemEnglish } from "./stem-en";
import { stemRussian } from "./stem-ru";

const STOP_EN = new Set(
  "a an and are as at be but by for from has have how i if in into is it its me my of on or our so that the their them then there these they this to was we were what when where which who why will with you your".split(" "),
);
const STOP_RU = new Set(
  "а без бы был была были было в во вот вы да для до его ее её если есть же за и из или им их к как когда кто ли мне мы на над не нет но о об однако он она они оно от по под при с со так также то тоже только у уже чем что чтобы это эта этот я".split(" "),
);

const CYRILLIC = /[\u0400-\u04FF]/;
const WORD = /[\p{L}\p{N}]+(?:[+#]+|(?:[.'’-][\p{L}\p{N}]+)*)/gu;

/** Words of a text in lower case, "ё" read as "е"; keeps tech names like "c++", "c#", "node.js". */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/ё/g, "е").match(WORD) ?? []).map((w) => w.replace(/['’]$/, ""));
}

// Words repeat a lot (a lesson is indexed on every tutor turn), so stems are remembered.
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

export function stem(word: string): string {
  if (/\d/.test(word) || /[+#.]/.test(word)) return word;
  let out = stems.get(word);
  if (out === undefined) {
    out = CYRILLIC.test(word) ? stemRussian(word) : stemEnglish(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, out);
  }
  return out;
}

/** Index terms: words without stop words, stemmed by their own script (mixed en/ru text works). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP_EN.has(w) || STOP_RU.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** "ru" when most letters are Cyrillic, else "en". */
export function detectLocale(text: string): Locale {
  let cyr = 0;
  let lat = 0;
  for (const ch of text) {
    if (/[\u0400-\u04FF]/.test(ch)) cyr++;
    else if (/[A-Za-z]/.test(ch)) lat++;
  }
  return cyr > lat ? "ru" : "en";
}
