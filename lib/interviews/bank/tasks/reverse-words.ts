import { lazily, randomString, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** `n` words of 1-8 letters, separated by one to three spaces, with spaces around the ends. */
function words(seed: number, n: number, alphabet: string): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => randomString(random, random.int(1, 8), alphabet));
}

function spaced(seed: number, list: string[]): string {
  const random = seededRandom(seed);
  return `  ${list.map((w) => w + " ".repeat(random.int(0, 2))).join(" ")} `;
}


const performanceTests = lazily((): TaskTest[] => {
  const latin = words(11, 30_000, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
  const cyrillic = words(12, 20_000, "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ");
  return [
    { name: "30 000 words", args: [spaced(13, latin)], expected: [...latin].reverse().join(" ") },
    { name: "20 000 Russian words", args: [spaced(14, cyrillic)], expected: [...cyrillic].reverse().join(" ") },
  ];
});

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "simple sentence", args: ["the sky is blue"], expected: "blue is sky the" },
    { name: "spaces at the ends", args: ["  hello world  "], expected: "world hello" },
    { name: "several spaces between words", args: ["a good   example"], expected: "example good a" },
    { name: "one word", args: ["word"], expected: "word" },
    { name: "punctuation stays with its word", args: ["Hello, world!"], expected: "world! Hello," },
  ],
  hidden: [
    { name: "empty string", args: [""], expected: "" },
    { name: "only spaces", args: ["     "], expected: "" },
    { name: "one word with spaces around", args: ["   solo   "], expected: "solo" },
    { name: "one character", args: ["x"], expected: "x" },
    { name: "Russian words", args: ["мама мыла раму"], expected: "раму мыла мама" },
    { name: "mixed scripts and digits", args: ["  42 ответ  is the"], expected: "the is ответ 42" },
    { name: "same word repeated", args: ["go go  go"], expected: "go go go" },
    { name: "words keep their case", args: ["Alice LOVES bob"], expected: "bob LOVES Alice" },
    { name: "single-letter words", args: ["a b c d e"], expected: "e d c b a" },
    { name: "palindromic sentence", args: ["one two one"], expected: "one two one" },
    { name: "accents and hyphens", args: ["café  crème-brûlée déjà"], expected: "déjà crème-brûlée café" },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const reverseWords: CodingTask = {
  id: "reverse-words",
  level: "junior",
  title: { en: "Reverse Words in a String", ru: "Слова в обратном порядке" },
  description: {
    en: `Given a string \`s\`, return its **words in reverse order**, joined by single spaces.

A word is a maximal run of characters other than the space \`" "\`. The string may have spaces before the first word, after the last one, and several spaces between words: the result has none of them, only one space between neighbouring words. The words themselves are not changed.

**Input:** \`s\`: a string (any letters, digits and punctuation; the only separator is the space).
**Output:** a string.

**Constraints:** \`0 <= len(s) <= 500 000\`.`,
    ru: `Дана строка \`s\`. Верните её **слова в обратном порядке**, разделённые одним пробелом.

Слово — это максимальная последовательность символов, отличных от пробела \`" "\`. Перед первым словом, после последнего и между словами может быть несколько пробелов: в ответе их нет, между соседними словами ровно один пробел. Сами слова не меняются.

**Вход:** \`s\` — строка (любые буквы, цифры и знаки препинания; разделитель — только пробел).
**Выход:** строка.

**Ограничения:** \`0 <= len(s) <= 500 000\`.`,
  },
  functionName: { python: "reverse_words", javascript: "reverseWords" },
  initialCode: {
    python: `def reverse_words(s: str) -> str:
    """Return the words of s in reverse order, separated by single spaces."""
    pass
`,
    javascript: `/**
 * Return the words of s in reverse order, separated by single spaces.
 * @param {string} s
 * @returns {string}
 */
function reverseWords(s) {
  return null;
}
`,
  },
  examples: [
    {
      input: 's = "the sky is blue"',
      output: '"blue is sky the"',
      explanation: { en: "Four words, last to first.", ru: "Четыре слова, от последнего к первому." },
    },
    {
      input: 's = "  hello world  "',
      output: '"world hello"',
      explanation: {
        en: "Spaces at the ends are dropped.",
        ru: "Пробелы по краям отбрасываются.",
      },
    },
    {
      input: 's = "a good   example"',
      output: '"example good a"',
      explanation: {
        en: "Several spaces between words become one.",
        ru: "Несколько пробелов между словами превращаются в один.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def reverse_words(s: str) -> str:
    words = [word for word in s.split(" ") if word]
    return " ".join(reversed(words))
`,
    javascript: `function reverseWords(s) {
  return s
    .split(" ")
    .filter((word) => word.length > 0)
    .reverse()
    .join(" ");
}
`,
  },
  hints: {
    en: [
      "First find the words, then think about their order.",
      "Splitting on spaces gives you the words, plus empty pieces where spaces repeat.",
      "Split on the space, drop the empty pieces, reverse the list and join it with single spaces.",
    ],
    ru: [
      "Сначала найдите слова, потом подумайте об их порядке.",
      "Разбиение по пробелу даёт слова и пустые куски там, где пробелы идут подряд.",
      "Разбейте строку по пробелу, выбросьте пустые куски, разверните список и склейте через один пробел.",
    ],
  },
  complexity: { time: "O(n)", space: "O(n)" },
  tags: ["string"],
};
