import { lazily, randomString, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/**
 * The generated tests' expected values, by another window than the references' (which jump the
 * start past the last occurrence), so the two check each other: a set, shrunk one step at a time.
 */
function longestOf(s: string): number {
  const window = new Set<string>();
  let start = 0;
  let best = 0;
  for (const ch of s) {
    while (window.has(ch)) window.delete(s[start++]);
    window.add(ch);
    best = Math.max(best, window.size);
  }
  return best;
}

function test(name: string, s: string) {
  return { name, args: [s], expected: longestOf(s) };
}

/** `k` distinct CJK characters (one UTF-16 unit each) repeated: every window of k is distinct. */
function cycle(k: number, length: number): string {
  const block = Array.from({ length: k }, (_, i) => String.fromCharCode(0x4e00 + i)).join("");
  return block.repeat(Math.ceil(length / k)).slice(0, length);
}

const performanceTests = lazily((): TaskTest[] => {
  const cjk = cycle(3000, 3000);
  return [
    { name: "100 000 characters, every window of 3000 distinct", args: [cycle(3000, 100_000)], expected: 3000 },
    test("100 000 random characters", randomString(seededRandom(82), 100_000, cjk)),
  ];
});

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "abcabcbb", args: ["abcabcbb"], expected: 3 },
    { name: "one letter repeated", args: ["bbbbb"], expected: 1 },
    { name: "pwwkew", args: ["pwwkew"], expected: 3 },
    { name: "empty string", args: [""], expected: 0 },
    { name: "all distinct", args: ["abcdef"], expected: 6 },
  ],
  hidden: [
    { name: "one character", args: ["z"], expected: 1 },
    { name: "a space", args: [" "], expected: 1 },
    { name: "repeat far back", args: ["abba"], expected: 2 },
    { name: "window must not move back", args: ["tmmzuxt"], expected: 5 },
    { name: "dvdf", args: ["dvdf"], expected: 3 },
    { name: "case matters", args: ["aAbBaA"], expected: 4 },
    { name: "Russian letters", args: ["абвгаб"], expected: 4 },
    { name: "Latin and Cyrillic look-alikes", args: ["aаoо"], expected: 4 },
    { name: "digits and symbols", args: ["12 3!1 2"], expected: 5 },
    { name: "best at the end", args: ["aaaaabcdef"], expected: 6 },
    { name: "two letters alternating", args: ["abababab"], expected: 2 },
    test("200 random letters", randomString(seededRandom(81), 200, "abcdefghij")),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const longestSubstringWithoutRepeating: CodingTask = {
  id: "longest-substring-without-repeating",
  level: "middle",
  title: { en: "Longest Substring Without Repeating Characters", ru: "Самая длинная подстрока без повторов" },
  description: {
    en: `Given a string \`s\`, return the length of the longest **substring** in which no character occurs twice.

A substring is a run of consecutive characters (\`"wke"\` is a substring of \`"pwwkew"\`, \`"pwke"\` is not). Characters are compared exactly: \`"a"\` and \`"A"\` are different, and so are letters of different alphabets.

**Input:** \`s\`: a string (letters of any alphabet, digits, spaces, symbols; no emoji).
**Output:** an integer.

**Constraints:** \`0 <= len(s) <= 100 000\`.`,
    ru: `Дана строка \`s\`. Верните длину самой длинной **подстроки**, в которой ни один символ не встречается дважды.

Подстрока — это отрезок подряд идущих символов (\`"wke"\` — подстрока \`"pwwkew"\`, а \`"pwke"\` — нет). Символы сравниваются точно: \`"a"\` и \`"A"\` различны, как и буквы разных алфавитов.

**Вход:** \`s\` — строка (буквы любого алфавита, цифры, пробелы, символы; без эмодзи).
**Выход:** целое число.

**Ограничения:** \`0 <= len(s) <= 100 000\`.`,
  },
  functionName: { python: "length_of_longest_substring", javascript: "lengthOfLongestSubstring" },
  initialCode: {
    python: `def length_of_longest_substring(s: str) -> int:
    """Return the length of the longest substring of s with no repeated character."""
    pass
`,
    javascript: `/**
 * Return the length of the longest substring of s with no repeated character.
 * @param {string} s
 * @returns {number}
 */
function lengthOfLongestSubstring(s) {
  return null;
}
`,
  },
  examples: [
    {
      input: 's = "abcabcbb"',
      output: "3",
      explanation: { en: '"abc" is the longest; the next "a" repeats.', ru: 'Самая длинная — "abc"; следующая "a" уже повторяется.' },
    },
    {
      input: 's = "bbbbb"',
      output: "1",
      explanation: { en: 'Only "b" on its own.', ru: 'Только одна "b".' },
    },
    {
      input: 's = "pwwkew"',
      output: "3",
      explanation: {
        en: '"wke" has length 3; "pwke" is not a substring because its letters are not consecutive in s.',
        ru: '"wke" длины 3; "pwke" — не подстрока: её буквы идут в s не подряд.',
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def length_of_longest_substring(s: str) -> int:
    last_seen: dict[str, int] = {}
    start = 0
    best = 0
    for i, ch in enumerate(s):
        # A repeat inside the window moves its start just past the earlier occurrence.
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
`,
    javascript: `function lengthOfLongestSubstring(s) {
  const lastSeen = new Map();
  let start = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const seen = lastSeen.get(s[i]);
    // A repeat inside the window moves its start just past the earlier occurrence.
    if (seen !== undefined && seen >= start) start = seen + 1;
    lastSeen.set(s[i], i);
    best = Math.max(best, i - start + 1);
  }
  return best;
}
`,
  },
  hints: {
    en: [
      "Checking every substring is far too slow. What can you reuse when you move one character to the right?",
      "Keep a window of distinct characters; when the next character already occurs in the window, shrink the window from the left.",
      "Remember the last index of each character; on a repeat inside the window, jump the window's start just past that index; the answer is the widest window seen.",
    ],
    ru: [
      "Перебирать все подстроки слишком долго. Что можно переиспользовать, сдвигаясь на один символ вправо?",
      "Держите окно из различных символов; если очередной символ уже есть в окне, сужайте окно слева.",
      "Запоминайте последний индекс каждого символа; при повторе внутри окна переносите его начало сразу за этот индекс; ответ — самое широкое окно.",
    ],
  },
  complexity: { time: "O(n)", space: "O(min(n, alphabet))" },
  tags: ["string", "sliding-window", "hash-table"],
};
