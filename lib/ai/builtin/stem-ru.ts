// The Snowball Russian stemmer (snowballstem.org/algorithms/russian), small enough to own:
// it lets "программисты", "программиста" and "программист" meet in one index term. One change
// from the original: an ending is not removed when less than three letters would remain, so
// short words keep their root ("опыт" stays "опыт", as "опытом" becomes; Snowball gives "оп").
const MIN_STEM = 3;
const VOWELS = "аеиоуыэюя";

const PERFECTIVE_GERUND_1 = ["вшись", "вши", "в"]; // after а or я
const PERFECTIVE_GERUND_2 = ["ившись", "ывшись", "ивши", "ывши", "ив", "ыв"];
const ADJECTIVE = [
  "ими", "ыми", "его", "ого", "ему", "ому", "ее", "ие", "ые", "ое", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
  "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
];
const PARTICIPLE_1 = ["ем", "нн", "вш", "ющ", "щ"]; // after а or я
const PARTICIPLE_2 = ["ивш", "ывш", "ующ"];
const REFLEXIVE = ["ся", "сь"];
const VERB_1 = ["ете", "йте", "ешь", "нно", "ла", "на", "ли", "ем", "ло", "но", "ет", "ют", "ны", "ть", "й", "л", "н"]; // after а or я
const VERB_2 = [
  "ейте", "уйте", "ила", "ыла", "ена", "ите", "или", "ыли", "ило", "ыло", "ено", "ует", "уют", "ены", "ить", "ыть", "ишь",
  "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ят", "ит", "ыт", "ую", "ю",
];
const NOUN = [
  "иями", "ями", "ами", "ией", "иям", "ием", "иях", "ев", "ов", "ие", "ье", "еи", "ии", "ей", "ой", "ий", "ям", "ем", "ам", "ом",
  "ах", "ях", "ию", "ью", "ия", "ья", "а", "е", "и", "й", "о", "у", "ы", "ь", "ю", "я",
];
const SUPERLATIVE = ["ейше", "ейш"];
const DERIVATIONAL = ["ость", "ост"];

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const [PG1, PG2, ADJ, PART1, PART2, REFL, V1, V2, N, SUP, DER] = [
  PERFECTIVE_GERUND_1, PERFECTIVE_GERUND_2, ADJECTIVE, PARTICIPLE_1, PARTICIPLE_2, REFLEXIVE, VERB_1, VERB_2, NOUN,
  SUPERLATIVE, DERIVATIONAL,
].map(byLength);

const isVowel = (c: string) => VOWELS.includes(c);

function regions(word: string): { rv: number; r2: number } {
  let rv = word.length;
  for (let i = 0; i < word.length; i++) {
    if (isVowel(word[i])) {
      rv = i + 1;
      break;
    }
  }
  const after = (start: number) => {
    for (let i = start + 1; i < word.length; i++) if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
    return word.length;
  };
  const r1 = after(0);
  return { rv, r2: after(r1) };
}

/** Removes the longest ending from `list` inside the region starting at `from`; group 1 needs а/я before it. */
function strip(word: string, from: number, list: string[], afterAYa = false): string | null {
  for (const ending of list) {
    if (!word.endsWith(ending) || word.length - ending.length < Math.max(from, MIN_STEM)) continue;
    const stem = word.slice(0, -ending.length);
    if (afterAYa) {
      const prev = stem[stem.length - 1];
      if ((prev !== "а" && prev !== "я") || stem.length - 1 < from) continue;
    }
    return stem;
  }
  return null;
}

export function stemRussian(input: string): string {
  let word = input.toLowerCase().replace(/ё/g, "е");
  if (word.length < 3) return word;
  const { rv, r2 } = regions(word);

  // Step 1
  const gerund = strip(word, rv, PG1, true) ?? strip(word, rv, PG2);
  if (gerund !== null) {
    word = gerund;
  } else {
    word = strip(word, rv, REFL) ?? word;
    const adjective = strip(word, rv, ADJ);
    if (adjective !== null) {
      word = strip(adjective, rv, PART1, true) ?? strip(adjective, rv, PART2) ?? adjective;
    } else {
      word = strip(word, rv, V1, true) ?? strip(word, rv, V2) ?? strip(word, rv, N) ?? word;
    }
  }
  // Step 2
  if (word.endsWith("и") && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3
  word = strip(word, r2, DER) ?? word;
  // Step 4
  if (word.endsWith("нн") && word.length - 2 >= rv) return word.slice(0, -1);
  const superlative = strip(word, rv, SUP);
  if (superlative !== null) {
    word = superlative;
    if (word.endsWith("нн")) word = word.slice(0, -1);
    return word;
  }
  if (word.endsWith("ь") && word.length - 1 >= rv) word = word.slice(0, -1);
  return word;
}
