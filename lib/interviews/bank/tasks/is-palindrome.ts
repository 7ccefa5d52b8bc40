import { lazily, randomString, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** A long phrase that is a palindrome once punctuation, spaces and case are ignored. */
function palindromePhrase(seed: number, half: number): string {
  const random = seededRandom(seed);
  const letters = randomString(random, half, "abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщэюя0123456789");
  const mirrored = letters + [...letters].reverse().join("");
  let out = "";
  for (const ch of mirrored) {
    out += random.next() < 0.5 ? ch.toUpperCase() : ch;
    if (random.next() < 0.3) out += random.pick([" ", ", ", ". ", "!", "-", "'", " — "]);
  }
  return out;
}


const performanceTests = lazily((): TaskTest[] => {
  const longPalindrome = palindromePhrase(21, 60_000);
  // The same phrase with one letter changed near the middle, where a two-pointer check ends.
  const middle = Math.floor(longPalindrome.length / 2);
  const letterAt = [...longPalindrome.slice(middle)].findIndex((ch) => /[a-z]/.test(ch)) + middle;
  const almostPalindrome = `${longPalindrome.slice(0, letterAt)}${longPalindrome[letterAt] === "q" ? "z" : "q"}${longPalindrome.slice(letterAt + 1)}`;
  return [
    { name: "long palindrome phrase", args: [longPalindrome], expected: true },
    { name: "long phrase, one letter off near the middle", args: [almostPalindrome], expected: false },
  ];
});

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "classic phrase", args: ["A man, a plan, a canal: Panama"], expected: true },
    { name: "not a palindrome", args: ["race a car"], expected: false },
    { name: "Russian phrase", args: ["А роза упала на лапу Азора"], expected: true },
    { name: "only punctuation", args: [" .,!"], expected: true },
    { name: "digits count", args: ["12321"], expected: true },
  ],
  hidden: [
    { name: "empty string", args: [""], expected: true },
    { name: "one letter", args: ["x"], expected: true },
    { name: "two different letters", args: ["ab"], expected: false },
    { name: "digit and letter differ", args: ["0P"], expected: false },
    { name: "case only differs", args: ["AbBa"], expected: true },
    { name: "Russian, not a palindrome", args: ["Привет, мир"], expected: false },
    { name: "Russian with ё and case", args: ["Ёжик, кижЁ"], expected: true },
    { name: "mixed digits and letters", args: ["1 No 'x' in Nixon 1"], expected: true },
    { name: "emoji and symbols are skipped", args: ["a😀b😀a"], expected: true },
    { name: "punctuation between halves", args: ["ab@#$%^&*()ba"], expected: true },
    { name: "almost a palindrome", args: ["abcdefgfedcbaX"], expected: false },
    { name: "Russian phrase with punctuation", args: ["Я иду с мечем, судия!"], expected: true },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const isPalindrome: CodingTask = {
  id: "is-palindrome",
  level: "junior",
  title: { en: "Valid Palindrome", ru: "Палиндром" },
  description: {
    en: `Given a string \`s\`, decide whether it is a **palindrome** when you keep only its letters and digits and ignore case.

Letters of any alphabet count (Latin, Cyrillic, ...); spaces, punctuation and other symbols are skipped. A string with no letters or digits is a palindrome.

**Input:** \`s\`: a string.
**Output:** \`true\` / \`True\` or \`false\` / \`False\`.

**Constraints:** \`0 <= len(s) <= 300 000\`.`,
    ru: `Дана строка \`s\`. Определите, является ли она **палиндромом**, если оставить в ней только буквы и цифры и не различать регистр.

Учитываются буквы любого алфавита (латиница, кириллица и т. д.); пробелы, знаки препинания и прочие символы пропускаются. Строка без букв и цифр — палиндром.

**Вход:** \`s\` — строка.
**Выход:** \`true\` / \`True\` или \`false\` / \`False\`.

**Ограничения:** \`0 <= len(s) <= 300 000\`.`,
  },
  functionName: { python: "is_palindrome", javascript: "isPalindrome" },
  initialCode: {
    python: `def is_palindrome(s: str) -> bool:
    """Return True if s reads the same both ways, counting only letters and digits, ignoring case."""
    pass
`,
    javascript: `/**
 * Return true if s reads the same both ways, counting only letters and digits, ignoring case.
 * @param {string} s
 * @returns {boolean}
 */
function isPalindrome(s) {
  return null;
}
`,
  },
  examples: [
    {
      input: 's = "A man, a plan, a canal: Panama"',
      output: "true",
      explanation: {
        en: 'Letters only, lower case: "amanaplanacanalpanama" reads the same both ways.',
        ru: 'Только буквы в нижнем регистре: "amanaplanacanalpanama" одинаково читается в обе стороны.',
      },
    },
    {
      input: 's = "race a car"',
      output: "false",
      explanation: { en: '"raceacar" reversed is "racaecar".', ru: '"raceacar" наоборот — "racaecar".' },
    },
    {
      input: 's = "А роза упала на лапу Азора"',
      output: "true",
      explanation: {
        en: "Cyrillic letters count too; case and spaces are ignored.",
        ru: "Кириллица тоже учитывается; регистр и пробелы игнорируются.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def is_palindrome(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j:
        if not s[i].isalnum():
            i += 1
        elif not s[j].isalnum():
            j -= 1
        elif s[i].lower() != s[j].lower():
            return False
        else:
            i += 1
            j -= 1
    return True
`,
    javascript: `function isPalindrome(s) {
  const isLetterOrDigit = (ch) => /[\\p{L}\\p{N}]/u.test(ch);
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (!isLetterOrDigit(s[i])) i++;
    else if (!isLetterOrDigit(s[j])) j--;
    else if (s[i].toLowerCase() !== s[j].toLowerCase()) return false;
    else {
      i++;
      j--;
    }
  }
  return true;
}
`,
  },
  hints: {
    en: [
      "Which characters take part in the comparison, and which are just noise?",
      "You can compare from both ends at once instead of building a cleaned copy and reversing it.",
      "Two pointers, one at each end: skip characters that are not letters or digits, compare the rest case-insensitively, move inwards until they meet.",
    ],
    ru: [
      "Какие символы участвуют в сравнении, а какие — просто шум?",
      "Сравнивать можно сразу с двух концов, не строя очищенную копию и не разворачивая её.",
      "Два указателя с концов строки: пропускайте всё, что не буква и не цифра, остальное сравнивайте без учёта регистра и сдвигайтесь к середине, пока указатели не встретятся.",
    ],
  },
  complexity: { time: "O(n)", space: "O(1)" },
  tags: ["string", "two-pointers"],
};
