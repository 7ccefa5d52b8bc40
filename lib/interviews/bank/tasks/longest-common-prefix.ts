import { lazily, randomString, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** `count` strings that share a `prefixLength`-letter prefix and then differ, and that prefix. */
function sharedPrefix(name: string, seed: number, count: number, prefixLength: number, tailLength: number): TaskTest {
  const r = seededRandom(seed);
  const prefix = randomString(r, prefixLength, LETTERS);
  // The first two tails start with different letters, so the common prefix is exactly `prefix`.
  const strs = Array.from({ length: count }, (_, i) => prefix + (i < 2 ? "xy"[i] : "") + randomString(r, tailLength, LETTERS));
  return { name, args: [r.shuffle(strs)], expected: prefix };
}

const performanceTests = lazily((): TaskTest[] => [
  sharedPrefix("2 000 strings with a 150-letter prefix", 7411, 2000, 150, 29),
  sharedPrefix("4 000 strings with a 40-letter prefix", 7412, 4000, 40, 14),
  {
    name: "two 80 000-letter strings",
    args: [["a".repeat(79_999) + "b", "a".repeat(79_999) + "c"]],
    expected: "a".repeat(79_999),
  },
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "three words", args: [["flower", "flow", "flight"]], expected: "fl" },
    { name: "no common prefix", args: [["dog", "racecar", "car"]], expected: "" },
    { name: "longer prefix", args: [["interview", "internet", "interval"]], expected: "inter" },
    { name: "one string", args: [["alone"]], expected: "alone" },
    { name: "a whole string is the prefix", args: [["flowing", "flow", "flower"]], expected: "flow" },
  ],
  hidden: [
    { name: "empty list", args: [[]], expected: "" },
    { name: "one empty string", args: [[""]], expected: "" },
    { name: "an empty string among others", args: [["abc", "", "abd"]], expected: "" },
    { name: "all identical", args: [["same", "same", "same"]], expected: "same" },
    { name: "case-sensitive", args: [["Apple", "apple"]], expected: "" },
    { name: "single characters", args: [["a", "a", "b"]], expected: "" },
    { name: "shortest string last", args: [["abcdef", "abcde", "abc"]], expected: "abc" },
    { name: "Cyrillic", args: [["привет", "прием", "приз"]], expected: "при" },
    { name: "spaces count", args: [["a b c", "a b d", "a bc"]], expected: "a b" },
    { name: "difference only at the end", args: [["aaaaaaaaab", "aaaaaaaaac"]], expected: "aaaaaaaaa" },
    { name: "two strings", args: [["ab", "a"]], expected: "a" },
    sharedPrefix("500 strings", 7401, 500, 30, 10),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const longestCommonPrefixTask: CodingTask = {
  id: "longest-common-prefix",
  level: "junior",
  title: { en: "Longest common prefix", ru: "Наибольший общий префикс" },
  description: {
    en: `Given a list of strings \`strs\`, return the **longest common prefix**: the longest string that every string of the list starts with.

If the strings share no prefix, or the list is empty, return the empty string \`""\`. Characters are compared exactly, so the comparison is case-sensitive (\`"A"\` and \`"a"\` differ).

**Input:** a list \`strs\` of strings (the list and any string in it may be empty).

**Output:** a string.

**Constraints:** \`0 <= len(strs) <= 5 000\`, \`0 <= len(strs[i]) <= 100 000\`, at most 500 000 characters in total.`,
    ru: `Дан список строк \`strs\`. Верните **наибольший общий префикс** — самую длинную строку, с которой начинается каждая строка списка.

Если общего префикса нет или список пуст, верните пустую строку \`""\`. Символы сравниваются точно, с учётом регистра (\`"A"\` и \`"a"\` различаются).

**Вход:** список строк \`strs\` (сам список и любая строка в нём могут быть пустыми).

**Выход:** строка.

**Ограничения:** \`0 <= len(strs) <= 5 000\`, \`0 <= len(strs[i]) <= 100 000\`, всего не более 500 000 символов.`,
  },
  functionName: { python: "longest_common_prefix", javascript: "longestCommonPrefix" },
  initialCode: {
    python: `def longest_common_prefix(strs: list[str]) -> str:
    """Return the longest string that every string of strs starts with ("" if none)."""
    pass
`,
    javascript: `/**
 * Return the longest string that every string of strs starts with ("" if none).
 * @param {string[]} strs
 * @return {string}
 */
function longestCommonPrefix(strs) {
  return null;
}
`,
  },
  examples: [
    {
      input: 'strs = ["flower", "flow", "flight"]',
      output: '"fl"',
      explanation: {
        en: 'All three start with "fl"; the third letter already differs (o, o, i).',
        ru: 'Все три начинаются с "fl"; третья буква уже различается (o, o, i).',
      },
    },
    {
      input: 'strs = ["dog", "racecar", "car"]',
      output: '""',
      explanation: { en: "The first letters differ, so there is no common prefix.", ru: "Первые буквы различаются, общего префикса нет." },
    },
    {
      input: 'strs = ["interview", "internet", "interval"]',
      output: '"inter"',
      explanation: {
        en: 'The prefix can be longer than one letter and end anywhere: here after "inter".',
        ru: 'Префикс может быть длиннее одной буквы и закончиться где угодно: здесь после "inter".',
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def longest_common_prefix(strs: list[str]) -> str:
    """Return the longest string that every string of strs starts with ("" if none).

    Compare column by column up to the shortest string's length and stop at the first
    mismatch: O(S) time for S characters in total, O(1) extra space.
    """
    if not strs:
        return ""
    shortest = min(strs, key=len)
    for i, ch in enumerate(shortest):
        for other in strs:
            if other[i] != ch:
                return shortest[:i]
    return shortest
`,
    javascript: `/**
 * Return the longest string that every string of strs starts with ("" if none).
 * Compare column by column up to the shortest string's length and stop at the first
 * mismatch: O(S) time for S characters in total, O(1) extra space.
 * @param {string[]} strs
 * @return {string}
 */
function longestCommonPrefix(strs) {
  if (strs.length === 0) return "";
  let shortest = strs[0];
  for (const s of strs) if (s.length < shortest.length) shortest = s;
  for (let i = 0; i < shortest.length; i++) {
    for (const other of strs) {
      if (other[i] !== shortest[i]) return shortest.slice(0, i);
    }
  }
  return shortest;
}
`,
  },
  hints: {
    en: [
      "The answer can never be longer than the shortest string. Where does the common prefix end?",
      "Compare the strings position by position: the first position where some string differs (or ends) is where the prefix stops.",
      "Take the shortest string; for each index i check that every other string has the same character at i; at the first mismatch return the shortest string cut before i; if there is none, the whole shortest string is the answer. Handle the empty list first.",
    ],
    ru: [
      "Ответ не может быть длиннее самой короткой строки. Где заканчивается общий префикс?",
      "Сравнивайте строки позиция за позицией: первая позиция, где какая-то строка отличается (или кончается), и есть конец префикса.",
      "Возьмите самую короткую строку; для каждого индекса i проверьте, что у всех остальных строк тот же символ на позиции i; при первом несовпадении верните короткую строку, обрезанную до i; если несовпадений нет, ответ — вся короткая строка. Пустой список обработайте в самом начале.",
    ],
  },
  complexity: { time: "O(S), S = total number of characters", space: "O(1)" },
  tags: ["strings"],
};
