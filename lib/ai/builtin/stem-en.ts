// A light English stemmer in the spirit of Porter's step 1 plus the common derivational
// suffixes: enough for "developers"/"developing"/"developed" to meet, predictable enough to test.
const VOWEL = /[aeiouy]/;

function hasVowel(s: string) {
  return VOWEL.test(s);
}

const SUFFIXES: Array<[string, string]> = [
  ["ational", "ate"],
  ["ization", "ize"],
  ["fulness", "ful"],
  ["iveness", "ive"],
  ["ousness", "ous"],
  ["ation", "ate"],
  ["ments", ""],
  ["ment", ""],
  ["ness", ""],
  ["ably", "able"],
  ["ibly", "ible"],
  ["ally", "al"],
  ["fully", "ful"],
  ["ously", "ous"],
  ["ly", ""],
];

export function stemEnglish(input: string): string {
  let w = input.toLowerCase().replace(/['’]s?$/, "");
  if (w.length < 4) return w;

  // plurals
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -1);
  }

  // -ed / -ing, restoring what the suffix took (hoped -> hope, running -> run)
  const verbal = /(?:eed|ed|ing)$/.exec(w);
  if (verbal && !w.endsWith("eed")) {
    const stem = w.slice(0, verbal.index);
    if (stem.length >= 3 && hasVowel(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += "e";
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (/^[^aeiouy]*[aeiouy][^aeiouywx]$/.test(w)) w += "e";
    }
  }

  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  // -er / -or agent nouns (developer -> develop), only on longer words
  if (/(er|or)$/.test(w) && w.length >= 7) w = w.slice(0, -2);
  // final y -> i after a consonant (happy/happiness)
  if (/[^aeiou]y$/.test(w) && w.length > 3) w = w.slice(0, -1) + "i";
  // final e is dropped so "hope"/"hoped"/"hoping" agree
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}
