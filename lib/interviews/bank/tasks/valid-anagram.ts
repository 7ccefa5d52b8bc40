import { lazily, randomString, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** A random word and a shuffled copy, optionally with one letter changed (then not an anagram). */
function pair(name: string, seed: number, n: number, changeOne: boolean): TaskTest {
  const r = seededRandom(seed);
  const s = randomString(r, n, LETTERS);
  const t = r.shuffle([...s]);
  if (changeOne) {
    const i = r.int(0, n - 1);
    t[i] = t[i] === "z" ? "a" : String.fromCharCode(t[i].charCodeAt(0) + 1);
  }
  return { name, args: [s, t.join("")], expected: !changeOne };
}

const performanceTests = lazily((): TaskTest[] => [
  pair("150 000 letters, anagram", 7311, 150_000, false),
  pair("150 000 letters, one letter changed", 7312, 150_000, true),
  pair("100 000 letters, anagram", 7313, 100_000, false),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "anagram", args: ["anagram", "nagaram"], expected: true },
    { name: "different letters", args: ["rat", "car"], expected: false },
    { name: "different counts", args: ["aab", "abb"], expected: false },
    { name: "listen and silent", args: ["listen", "silent"], expected: true },
    { name: "different lengths", args: ["abc", "abcd"], expected: false },
  ],
  hidden: [
    { name: "both empty", args: ["", ""], expected: true },
    { name: "one empty", args: ["", "a"], expected: false },
    { name: "other empty", args: ["a", ""], expected: false },
    { name: "one equal letter", args: ["z", "z"], expected: true },
    { name: "one different letter", args: ["a", "b"], expected: false },
    { name: "the same string", args: ["interview", "interview"], expected: true },
    { name: "prefix of the other", args: ["ab", "aba"], expected: false },
    { name: "repeated letter", args: ["aaaaaaaaaa", "aaaaaaaaaa"], expected: true },
    { name: "repeated letter, one short", args: ["aaaaaaaaaa", "aaaaaaaaa"], expected: false },
    { name: "same length, counts swapped", args: ["aabbb", "aaabb"], expected: false },
    { name: "whole alphabet reversed", args: [LETTERS, [...LETTERS].reverse().join("")], expected: true },
    pair("2 000 letters, anagram", 7301, 2000, false),
    pair("2 000 letters, one letter changed", 7302, 2000, true),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const validAnagramTask: CodingTask = {
  id: "valid-anagram",
  level: "junior",
  title: { en: "Valid anagram", ru: "Проверка анаграммы" },
  description: {
    en: `Given two strings \`s\` and \`t\`, return \`true\` (\`True\` in Python) if \`t\` is an **anagram** of \`s\`, and \`false\` (\`False\`) otherwise.

\`t\` is an anagram of \`s\` when it uses exactly the same letters the same number of times, possibly in another order. Every string is an anagram of itself; two empty strings are anagrams.

**Input:** two strings \`s\` and \`t\` of lowercase English letters \`a\`–\`z\` (either may be empty).

**Output:** a boolean.

**Constraints:** \`0 <= len(s), len(t) <= 150 000\`.`,
    ru: `Даны две строки \`s\` и \`t\`. Верните \`true\` (\`True\` в Python), если \`t\` — **анаграмма** \`s\`, и \`false\` (\`False\`) иначе.

\`t\` — анаграмма \`s\`, если в ней ровно те же буквы столько же раз, возможно, в другом порядке. Любая строка — анаграмма самой себя; две пустые строки — анаграммы.

**Вход:** две строки \`s\` и \`t\` из строчных английских букв \`a\`–\`z\` (любая может быть пустой).

**Выход:** логическое значение.

**Ограничения:** \`0 <= len(s), len(t) <= 150 000\`.`,
  },
  functionName: { python: "is_anagram", javascript: "isAnagram" },
  initialCode: {
    python: `def is_anagram(s: str, t: str) -> bool:
    """Return True if t uses exactly the same letters as s, the same number of times."""
    pass
`,
    javascript: `/**
 * Return true if t uses exactly the same letters as s, the same number of times.
 * @param {string} s
 * @param {string} t
 * @return {boolean}
 */
function isAnagram(s, t) {
  return null;
}
`,
  },
  examples: [
    {
      input: 's = "anagram", t = "nagaram"',
      output: "true",
      explanation: {
        en: "Both have three a, one n, one g, one r and one m.",
        ru: "В обеих строках три a и по одной n, g, r и m.",
      },
    },
    {
      input: 's = "rat", t = "car"',
      output: "false",
      explanation: { en: "t has a c where s has a t.", ru: "В t есть c, а в s вместо неё t." },
    },
    {
      input: 's = "aab", t = "abb"',
      output: "false",
      explanation: {
        en: "The same set of letters is not enough: the counts differ.",
        ru: "Одинакового набора букв мало: их количество различается.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `from collections import Counter


def is_anagram(s: str, t: str) -> bool:
    """Return True if t uses exactly the same letters as s, the same number of times.

    Count the letters of both strings: O(n) time, O(1) space (at most 26 distinct letters).
    """
    return len(s) == len(t) and Counter(s) == Counter(t)
`,
    javascript: `/**
 * Return true if t uses exactly the same letters as s, the same number of times.
 * Count the letters of both strings: O(n) time, O(1) space (26 counters).
 * @param {string} s
 * @param {string} t
 * @return {boolean}
 */
function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const counts = new Array(26).fill(0);
  for (let i = 0; i < s.length; i++) {
    counts[s.charCodeAt(i) - 97]++;
    counts[t.charCodeAt(i) - 97]--;
  }
  return counts.every((c) => c === 0);
}
`,
  },
  hints: {
    en: [
      "Two strings of different lengths can never be anagrams. What else must be equal?",
      "Count how many times each letter occurs in each string and compare the counts (sorting both strings also works, but costs O(n log n)).",
      "Keep 26 counters (or a dictionary): add one for each letter of s and subtract one for each letter of t; the strings are anagrams exactly when the lengths match and every counter ends at zero.",
    ],
    ru: [
      "Строки разной длины не могут быть анаграммами. Что ещё должно совпадать?",
      "Посчитайте, сколько раз каждая буква встречается в каждой строке, и сравните счётчики (сортировка обеих строк тоже работает, но стоит O(n log n)).",
      "Заведите 26 счётчиков (или словарь): прибавляйте единицу за каждую букву s и вычитайте за каждую букву t; строки — анаграммы ровно тогда, когда длины равны и все счётчики в конце нулевые.",
    ],
  },
  complexity: { time: "O(n)", space: "O(1)" },
  tags: ["strings", "hash map", "counting"],
};
