import { lazily, randomString, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/**
 * The generated tests' expected values, keyed another way than the references (sorted letters),
 * so the two check each other: each letter with its count.
 */
function groupsOf(words: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const counts = new Map<string, number>();
    for (const ch of word) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const key = JSON.stringify([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}

/** `n` short words over a small alphabet, so many of them are anagrams of each other. */
function generated(seed: number, n: number, alphabet: string, name: string) {
  const random = seededRandom(seed);
  const words = Array.from({ length: n }, () => randomString(random, random.int(3, 8), alphabet));
  return { name, args: [words], expected: groupsOf(words) };
}

const performanceTests = lazily((): TaskTest[] => [
  generated(72, 25_000, "abcdefgh", "25 000 words"),
  generated(73, 10_000, "абвгдежзик", "10 000 Russian words"),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    {
      name: "three groups",
      args: [["eat", "tea", "tan", "ate", "nat", "bat"]],
      expected: [["bat"], ["nat", "tan"], ["ate", "eat", "tea"]],
    },
    { name: "empty string", args: [[""]], expected: [[""]] },
    { name: "one word", args: [["a"]], expected: [["a"]] },
    { name: "Russian words", args: [["кот", "ток", "кто", "код"]], expected: [["кот", "ток", "кто"], ["код"]] },
    { name: "no anagrams", args: [["abc", "abd", "abe"]], expected: [["abc"], ["abd"], ["abe"]] },
  ],
  hidden: [
    { name: "empty list", args: [[]], expected: [] },
    { name: "duplicates stay", args: [["ab", "ba", "ab"]], expected: [["ab", "ba", "ab"]] },
    { name: "two empty strings", args: [["", ""]], expected: [["", ""]] },
    { name: "case matters", args: [["Ab", "bA", "ab"]], expected: [["Ab", "bA"], ["ab"]] },
    { name: "same letters, different counts", args: [["aab", "abb", "bab", "aba"]], expected: [["aab", "aba"], ["abb", "bab"]] },
    { name: "different lengths", args: [["a", "aa", "aaa", "a"]], expected: [["a", "a"], ["aa"], ["aaa"]] },
    { name: "all one group", args: [["listen", "silent", "enlist", "tinsel", "inlets"]], expected: [["listen", "silent", "enlist", "tinsel", "inlets"]] },
    { name: "Russian anagrams", args: [["апельсин", "спаниель", "пила", "липа", "пали"]], expected: [["апельсин", "спаниель"], ["пила", "липа", "пали"]] },
    { name: "digits and symbols", args: [["12-3", "3-21", "123"]], expected: [["12-3", "3-21"], ["123"]] },
    { name: "single letters", args: [["x", "y", "x", "z"]], expected: [["x", "x"], ["y"], ["z"]] },
    { name: "ё and е are different letters", args: [["ёж", "жё", "еж"]], expected: [["ёж", "жё"], ["еж"]] },
    generated(71, 300, "abcd", "300 random words"),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const groupAnagrams: CodingTask = {
  id: "group-anagrams",
  level: "middle",
  title: { en: "Group Anagrams", ru: "Группировка анаграмм" },
  description: {
    en: `Given a list of strings \`strs\`, group the **anagrams** together.

Two words are anagrams when one is made of exactly the same letters as the other, each used the same number of times: \`"eat"\`, \`"tea"\` and \`"ate"\`. Comparison is case-sensitive, and every word, duplicates included, appears in exactly one group.

**Input:** \`strs\`: a list of strings (any alphabet).
**Output:** a list of groups, each a list of words. The groups may come in **any order**, and so may the words inside a group.

**Constraints:**
- \`0 <= len(strs) <= 30 000\`
- \`0 <= len(strs[i]) <= 100\``,
    ru: `Дан список строк \`strs\`. Сгруппируйте **анаграммы** вместе.

Два слова — анаграммы, если одно составлено из тех же букв, что и другое, и каждая буква встречается столько же раз: \`"eat"\`, \`"tea"\` и \`"ate"\`. Регистр учитывается; каждое слово, включая повторы, попадает ровно в одну группу.

**Вход:** \`strs\` — список строк (любой алфавит).
**Выход:** список групп, каждая — список слов. Группы могут идти в **любом порядке**, слова внутри группы — тоже.

**Ограничения:**
- \`0 <= len(strs) <= 30 000\`
- \`0 <= len(strs[i]) <= 100\``,
  },
  functionName: { python: "group_anagrams", javascript: "groupAnagrams" },
  initialCode: {
    python: `def group_anagrams(strs: list[str]) -> list[list[str]]:
    """Group the words of strs that are anagrams of each other."""
    pass
`,
    javascript: `/**
 * Group the words of strs that are anagrams of each other.
 * @param {string[]} strs
 * @returns {string[][]}
 */
function groupAnagrams(strs) {
  return null;
}
`,
  },
  examples: [
    {
      input: 'strs = ["eat", "tea", "tan", "ate", "nat", "bat"]',
      output: '[["bat"], ["nat", "tan"], ["ate", "eat", "tea"]]',
      explanation: {
        en: "Three groups; any order of groups and of words inside them is accepted.",
        ru: "Три группы; порядок групп и слов внутри них может быть любым.",
      },
    },
    {
      input: 'strs = [""]',
      output: '[[""]]',
      explanation: { en: "The empty string forms a group of its own.", ru: "Пустая строка образует отдельную группу." },
    },
    {
      input: 'strs = ["кот", "ток", "кто", "код"]',
      output: '[["кот", "ток", "кто"], ["код"]]',
      explanation: {
        en: "Letters of any alphabet work the same way.",
        ru: "Буквы любого алфавита работают так же.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  compare: "unordered-nested",
  reference: {
    python: `from collections import defaultdict


def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for word in strs:
        # Anagrams share their letters in sorted order.
        groups["".join(sorted(word))].append(word)
    return list(groups.values())
`,
    javascript: `function groupAnagrams(strs) {
  const groups = new Map();
  for (const word of strs) {
    // Anagrams share their letters in sorted order.
    const key = [...word].sort().join("");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
`,
  },
  hints: {
    en: [
      "What do all the words of one group have in common that other words do not?",
      "Give every word a key that is the same for all its anagrams, then collect words by key.",
      "Use the word's letters sorted (or a count of each letter) as the key of a hash map from key to list of words; the map's values are the groups.",
    ],
    ru: [
      "Что общего у всех слов одной группы и чего нет у других слов?",
      "Дайте каждому слову ключ, одинаковый для всех его анаграмм, и собирайте слова по ключу.",
      "Ключ — отсортированные буквы слова (или счётчик каждой буквы) в словаре «ключ → список слов»; значения словаря и есть группы.",
    ],
  },
  complexity: { time: "O(n · k log k), k the longest word", space: "O(n · k)" },
  tags: ["string", "hash-table", "sorting"],
};
