import { lazily, randomString, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** canEnd[i]: the first i letters split into dictionary words. */
function wordBreak(s: string, wordDict: string[]): boolean {
  const words = new Set(wordDict);
  const lengths = [...new Set(wordDict.map((w) => w.length))];
  const canEnd = [true];
  for (let end = 1; end <= s.length; end++) {
    canEnd[end] = lengths.some((n) => n <= end && canEnd[end - n] && words.has(s.slice(end - n, end)));
  }
  return canEnd[s.length];
}
const split = (name: string, s: string, wordDict: string[]): TaskTest => ({
  name,
  args: [s, wordDict],
  expected: wordBreak(s, wordDict),
});

/** `count` random words of 3 to 8 letters from a small alphabet, and a text of about `length` letters made of them. */
function wordsAndText(seed: number, count: number, length: number): { words: string[]; s: string } {
  const r = seededRandom(seed);
  const words = [...new Set(Array.from({ length: count }, () => randomString(r, r.int(3, 8), "abcde")))];
  let s = "";
  while (s.length < length) s += r.pick(words);
  return { words, s };
}
const aRuns = (longest: number) => Array.from({ length: longest }, (_, i) => "a".repeat(i + 1));

const performanceTests = lazily((): TaskTest[] => {
  const big = wordsAndText(8011, 300, 6000);
  return [
    split("2 000 a's and a b, words of a's", "a".repeat(2000) + "b", aRuns(10)),
    split("6 000 letters of random words", big.s, big.words),
    split("6 000 letters of random words, the last one changed", big.s.slice(0, -1) + "z", big.words),
    split("3 000 letters of ab and a c", "ab".repeat(1500) + "c", ["a", "b", "ab", "ba", "aba", "bab"]),
  ];
});

const tests = lazily((): CodingTask["tests"] => {
  const small = wordsAndText(8001, 30, 300);
  return {
    visible: [
      { name: "two words", args: ["leetcode", ["leet", "code"]], expected: true },
      { name: "a word used twice", args: ["applepenapple", ["apple", "pen"]], expected: true },
      { name: "no split", args: ["catsandog", ["cats", "dog", "sand", "and", "cat"]], expected: false },
      { name: "the first choice is wrong", args: ["catsanddog", ["cats", "dog", "sand", "and", "cat"]], expected: true },
      { name: "a letter is missing", args: ["abcd", ["a", "bc"]], expected: false },
    ],
    hidden: [
      { name: "empty string", args: ["", ["a"]], expected: true },
      { name: "empty string, empty dictionary", args: ["", []], expected: true },
      { name: "empty dictionary", args: ["a", []], expected: false },
      { name: "one letter word", args: ["a", ["a"]], expected: true },
      { name: "string is one word", args: ["interview", ["inter", "view", "interview"]], expected: true },
      { name: "words longer than the string", args: ["ab", ["abc", "abcd"]], expected: false },
      { name: "duplicates in the dictionary", args: ["aaaa", ["aa", "aa"]], expected: true },
      { name: "odd length, even words", args: ["aaaaa", ["aa", "aaaa"]], expected: false },
      { name: "greedy longest word fails", args: ["aaab", ["aa", "aaa", "ab"]], expected: true },
      { name: "overlapping words", args: ["pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"]], expected: true },
      { name: "unused words", args: ["cars", ["car", "ca", "rs"]], expected: true },
      split("300 letters of random words", small.s, small.words),
      split("fifteen a's and a b", "a".repeat(15) + "b", aRuns(5)),
    ],
    get performance() {
      return performanceTests();
    },
  };
});

export const wordBreakTask: CodingTask = {
  id: "word-break",
  level: "middle",
  title: { en: "Word break", ru: "Разбиение на слова" },
  description: {
    en: `Given a string \`s\` and a dictionary \`word_dict\` (\`wordDict\` in JavaScript), return \`true\` (\`True\` in Python) if \`s\` can be split into a sequence of one or more dictionary words written one after another with no gaps, and \`false\` (\`False\`) otherwise.

A dictionary word may be used any number of times, and not every word has to be used. The empty string needs no words, so for \`s = ""\` the answer is \`true\`.

**Input:** a string \`s\` of lowercase English letters and a list \`word_dict\` of non-empty lowercase words (it may be empty and may contain duplicates).

**Output:** a boolean.

**Constraints:** \`0 <= len(s) <= 10 000\`, \`0 <= len(word_dict) <= 1 000\`, \`1 <= len(word) <= 20\`.`,
    ru: `Даны строка \`s\` и словарь \`word_dict\` (\`wordDict\` в JavaScript). Верните \`true\` (\`True\` в Python), если \`s\` можно разбить на последовательность из одного или нескольких слов словаря, записанных подряд без промежутков, и \`false\` (\`False\`) иначе.

Слово словаря можно использовать сколько угодно раз, и использовать все слова не обязательно. Пустой строке слова не нужны, поэтому при \`s = ""\` ответ — \`true\`.

**Вход:** строка \`s\` из строчных английских букв и список \`word_dict\` непустых слов из строчных букв (может быть пустым и содержать повторы).

**Выход:** логическое значение.

**Ограничения:** \`0 <= len(s) <= 10 000\`, \`0 <= len(word_dict) <= 1 000\`, \`1 <= len(word) <= 20\`.`,
  },
  functionName: { python: "word_break", javascript: "wordBreak" },
  initialCode: {
    python: `def word_break(s: str, word_dict: list[str]) -> bool:
    """Return True if s can be split into a sequence of words from word_dict."""
    pass
`,
    javascript: `/**
 * Return true if s can be split into a sequence of words from wordDict.
 * @param {string} s
 * @param {string[]} wordDict
 * @return {boolean}
 */
function wordBreak(s, wordDict) {
  return null;
}
`,
  },
  examples: [
    {
      input: 's = "leetcode", word_dict = ["leet", "code"]',
      output: "true",
      explanation: { en: '"leetcode" splits into "leet" + "code".', ru: '"leetcode" разбивается на "leet" + "code".' },
    },
    {
      input: 's = "applepenapple", word_dict = ["apple", "pen"]',
      output: "true",
      explanation: {
        en: '"apple" + "pen" + "apple": a word may be used more than once.',
        ru: '"apple" + "pen" + "apple": слово можно использовать несколько раз.',
      },
    },
    {
      input: 's = "catsandog", word_dict = ["cats", "dog", "sand", "and", "cat"]',
      output: "false",
      explanation: {
        en: 'Both "cats" + "and" and "cat" + "sand" leave "og", which is not a word.',
        ru: 'И "cats" + "and", и "cat" + "sand" оставляют "og", а такого слова нет.',
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def word_break(s: str, word_dict: list[str]) -> bool:
    """Return True if s can be split into a sequence of words from word_dict.

    can_end[i] says whether the first i letters split into words; it is true when some word
    ends at i and can_end is true where that word starts. O(n * m^2) time for the n letters
    and words of at most m letters (m slices of length up to m per position), O(n) space
    besides the word set.
    """
    words = set(word_dict)
    lengths = sorted({len(w) for w in words})
    can_end = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        for length in lengths:
            if length > end:
                break
            if can_end[end - length] and s[end - length:end] in words:
                can_end[end] = True
                break
    return can_end[len(s)]
`,
    javascript: `/**
 * Return true if s can be split into a sequence of words from wordDict.
 * canEnd[i] says whether the first i letters split into words; it is true when some word
 * ends at i and canEnd is true where that word starts. O(n * m^2) time for the n letters
 * and words of at most m letters (m slices of length up to m per position), O(n) space
 * besides the word set.
 * @param {string} s
 * @param {string[]} wordDict
 * @return {boolean}
 */
function wordBreak(s, wordDict) {
  const words = new Set(wordDict);
  const lengths = [...new Set(wordDict.map((w) => w.length))].sort((a, b) => a - b);
  const canEnd = new Array(s.length + 1).fill(false);
  canEnd[0] = true;
  for (let end = 1; end <= s.length; end++) {
    for (const length of lengths) {
      if (length > end) break;
      if (canEnd[end - length] && words.has(s.slice(end - length, end))) {
        canEnd[end] = true;
        break;
      }
    }
  }
  return canEnd[s.length];
}
`,
  },
  hints: {
    en: [
      "Trying every way to cut the string recursively is correct but exponential (think of \"aaaa…ab\" with words \"a\", \"aa\", \"aaa\"). Which question does the recursion keep asking again?",
      "Whether the rest of the string from position i can be split does not depend on how you reached i. Remember the answer per position, from the start or from the end.",
      "Let can_end[i] mean \"the first i letters can be split\"; can_end[0] is true. For each end position, look at the dictionary words (or word lengths) that could end there: can_end[end] is true if for one of them can_end[end − length] is true and the slice is a word. Put the words in a set for O(1) lookups; the answer is can_end[len(s)].",
    ],
    ru: [
      "Рекурсивно перебирать все способы разрезать строку верно, но экспоненциально долго (представьте \"aaaa…ab\" со словами \"a\", \"aa\", \"aaa\"). Какой вопрос рекурсия задаёт снова и снова?",
      "Можно ли разбить остаток строки с позиции i, не зависит от того, как вы пришли в i. Запоминайте ответ для каждой позиции — с начала или с конца.",
      "Пусть can_end[i] означает «первые i букв можно разбить»; can_end[0] истинно. Для каждой конечной позиции рассмотрите слова словаря (или длины слов), которые могут в ней заканчиваться: can_end[end] истинно, если для одного из них истинно can_end[end − длина] и срез — слово. Положите слова в множество для проверки за O(1); ответ — can_end[len(s)].",
    ],
  },
  complexity: { time: "O(n · m^2), m = longest word length", space: "O(n + total length of the words)" },
  tags: ["dynamic programming", "strings", "hash set"],
};
