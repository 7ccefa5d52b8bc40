import { lazily, randomString, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

// Computes the expected outputs of the generated performance inputs (the references below are
// checked against every test, these included, by tests/unit/task-bank-references.test.ts).
const countVowels = (s: string) => (s.match(/[aeiou]/gi) ?? []).length;

const performanceTests = lazily((): TaskTest[] =>
  [
    ["mixed letters", 7001, 300_000, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,!?"],
    ["vowels only", 7002, 200_000, "aeiouAEIOU"],
    ["no vowels", 7003, 150_000, "bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ 0123456789"],
  ].map(([name, seed, n, alphabet]) => {
    const s = randomString(seededRandom(seed as number), n as number, alphabet as string);
    return { name: name as string, args: [s], expected: countVowels(s) };
  }),
);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "two words", args: ["Hello World"], expected: 3 },
    { name: "both cases", args: ["AEIOU aeiou"], expected: 10 },
    { name: "no vowels", args: ["rhythm"], expected: 0 },
    { name: "empty string", args: [""], expected: 0 },
    { name: "a sentence", args: ["The quick brown fox jumps over the lazy dog"], expected: 11 },
  ],
  hidden: [
    { name: "one vowel", args: ["a"], expected: 1 },
    { name: "one uppercase vowel", args: ["U"], expected: 1 },
    { name: "one consonant", args: ["z"], expected: 0 },
    { name: "only spaces", args: ["     "], expected: 0 },
    { name: "digits and punctuation", args: ["1234567890!?.,;:-"], expected: 0 },
    { name: "repeated vowels", args: ["aaaaaaaaaa"], expected: 10 },
    { name: "y and Y are not vowels", args: ["Yy yY yellow"], expected: 2 },
    { name: "Cyrillic lookalikes", args: ["Привет, мир! аеоу АЕОУ"], expected: 0 },
    { name: "accented letters", args: ["café naïve ÉCOLE"], expected: 5 },
    { name: "mixed case word", args: ["ProGrAmMiNg"], expected: 3 },
    { name: "newlines and tabs", args: ["a\nE\ti\r\nO u"], expected: 5 },
    { name: "emoji", args: ["I 💙 Unicode 🎉 emoji"], expected: 8 },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const countVowelsTask: CodingTask = {
  id: "count-vowels",
  level: "junior",
  title: { en: "Count the vowels", ru: "Подсчёт гласных" },
  description: {
    en: `Given a string \`s\`, return how many **English vowels** it contains.

The vowels are the five Latin letters \`a\`, \`e\`, \`i\`, \`o\`, \`u\` in either case (\`A\`, \`E\`, \`I\`, \`O\`, \`U\` count too).
Nothing else is a vowel here: not \`y\`, not accented letters such as \`é\`, not Cyrillic letters such as \`а\` or \`о\`.

**Input:** a string \`s\` (it may be empty; it may contain spaces, digits, punctuation and any Unicode characters).

**Output:** an integer, the number of vowels in \`s\`.

**Constraints:** \`0 <= len(s) <= 300 000\`.`,
    ru: `Дана строка \`s\`. Верните, сколько в ней **английских гласных**.

Гласные — пять латинских букв \`a\`, \`e\`, \`i\`, \`o\`, \`u\` в любом регистре (\`A\`, \`E\`, \`I\`, \`O\`, \`U\` тоже считаются).
Больше ничего гласной здесь не считается: ни \`y\`, ни буквы с диакритикой вроде \`é\`, ни кириллические буквы вроде \`а\` или \`о\`.

**Вход:** строка \`s\` (может быть пустой; может содержать пробелы, цифры, знаки препинания и любые символы Unicode).

**Выход:** целое число — количество гласных в \`s\`.

**Ограничения:** \`0 <= len(s) <= 300 000\`.`,
  },
  functionName: { python: "count_vowels", javascript: "countVowels" },
  initialCode: {
    python: `def count_vowels(s: str) -> int:
    """Return how many of the letters a, e, i, o, u (any case) the string s contains."""
    pass
`,
    javascript: `/**
 * Return how many of the letters a, e, i, o, u (any case) the string s contains.
 * @param {string} s
 * @return {number}
 */
function countVowels(s) {
  return null;
}
`,
  },
  examples: [
    {
      input: 's = "Hello World"',
      output: "3",
      explanation: { en: "e, o and o are vowels.", ru: "Гласные: e, o и o." },
    },
    {
      input: 's = "AEIOU aeiou"',
      output: "10",
      explanation: {
        en: "Upper- and lowercase vowels both count; the space does not.",
        ru: "Считаются гласные в обоих регистрах; пробел не считается.",
      },
    },
    {
      input: 's = "rhythm"',
      output: "0",
      explanation: { en: "y is not a vowel in this task.", ru: "В этой задаче y не гласная." },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def count_vowels(s: str) -> int:
    """Return how many of the letters a, e, i, o, u (any case) the string s contains.

    One pass over the string: O(n) time, O(1) extra space.
    """
    vowels = set("aeiouAEIOU")
    return sum(1 for ch in s if ch in vowels)
`,
    javascript: `/**
 * Return how many of the letters a, e, i, o, u (any case) the string s contains.
 * One pass over the string: O(n) time, O(1) extra space.
 * @param {string} s
 * @return {number}
 */
function countVowels(s) {
  const vowels = new Set("aeiouAEIOU");
  let count = 0;
  for (const ch of s) {
    if (vowels.has(ch)) count++;
  }
  return count;
}
`,
  },
  hints: {
    en: [
      "You only need to look at each character once. What do you do with each one?",
      "Walk through the string and keep a counter; increase it when the character is one of a, e, i, o, u in either case.",
      "Put the ten characters \"aeiouAEIOU\" into a set (or lowercase each character and check against five), test every character for membership and add one per hit; nothing else, including y and non-Latin letters, counts.",
    ],
    ru: [
      "Каждый символ достаточно посмотреть один раз. Что с ним делать?",
      "Пройдите по строке со счётчиком и увеличивайте его, когда символ — одна из букв a, e, i, o, u в любом регистре.",
      "Положите десять символов \"aeiouAEIOU\" в множество (или приводите символ к нижнему регистру и сравнивайте с пятью), проверяйте каждый символ на принадлежность и прибавляйте единицу при совпадении; y и нелатинские буквы не считаются.",
    ],
  },
  complexity: { time: "O(n)", space: "O(1)" },
  tags: ["strings", "counting"],
};
