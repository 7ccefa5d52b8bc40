import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/**
 * The generated tests' expected values, by another method than the references' (sort or heap),
 * so the two check each other: sort a copy, read runs of equal values, bucket them by length.
 */
function topKOf(nums: number[], k: number): number[] {
  const sorted = [...nums].sort((a, b) => a - b);
  const buckets: number[][] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    (buckets[j - i] ??= []).push(sorted[i]); // in ascending order, as the runs come
    i = j;
  }
  return buckets.reverse().flatMap((values) => values ?? []).slice(0, k);
}

/** `n` numbers with a skewed distribution (a few frequent values, a long tail) and many ties. */
function generated(seed: number, n: number, distinct: number, k: number, name: string) {
  const random = seededRandom(seed);
  const nums = Array.from({ length: n }, () => Math.floor(random.next() ** 3 * distinct) - Math.floor(distinct / 2));
  return { name, args: [nums, k], expected: topKOf(nums, k) };
}

const performanceTests = lazily((): TaskTest[] => [
  generated(92, 60_000, 20_000, 100, "60 000 numbers, 20 000 distinct"),
  generated(93, 40_000, 40_000, 1_000, "40 000 numbers, a long tail of ties"),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "distinct counts", args: [[1, 1, 1, 2, 2, 3], 2], expected: [1, 2] },
    { name: "ties by value", args: [[4, 4, 6, 6, 5, 5, 7], 2], expected: [4, 5] },
    { name: "one element", args: [[1], 1], expected: [1] },
    { name: "k is every value", args: [[3, 1, 2, 2, 3, 3], 3], expected: [3, 2, 1] },
    { name: "negative numbers", args: [[-1, -1, 2, 2, 2, -3], 2], expected: [2, -1] },
  ],
  hidden: [
    { name: "all equal", args: [[7, 7, 7, 7], 1], expected: [7] },
    { name: "all distinct", args: [[5, 3, 9, 1], 2], expected: [1, 3] },
    { name: "all distinct, every value", args: [[5, 3, 9, 1], 4], expected: [1, 3, 5, 9] },
    { name: "negative ties", args: [[-5, -5, -2, -2, 0, 0, 0], 3], expected: [0, -5, -2] },
    { name: "zero", args: [[0, 1, 0], 1], expected: [0] },
    { name: "large values", args: [[1_000_000_000, -1_000_000_000, 1_000_000_000, 5], 2], expected: [1_000_000_000, -1_000_000_000] },
    { name: "frequent value last", args: [[1, 2, 3, 4, 4, 4, 4], 1], expected: [4] },
    { name: "tie at the cut", args: [[9, 9, 9, 8, 8, 2, 2, 1], 2], expected: [9, 2] },
    { name: "ordered by count, not by value", args: [[1, 2, 2, 3, 3, 3, 4, 4, 4, 4], 4], expected: [4, 3, 2, 1] },
    { name: "unsorted input", args: [[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], 3], expected: [5, 1, 3] },
    generated(91, 500, 60, 5, "500 random numbers"),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const topKFrequent: CodingTask = {
  id: "top-k-frequent",
  level: "middle",
  title: { en: "Top K Frequent Elements", ru: "K самых частых элементов" },
  description: {
    en: `Given a list of integers \`nums\` and an integer \`k\`, return the \`k\` values that occur **most often**.

Order the result by the number of occurrences, most frequent first. Values that occur equally often are ordered by value, **smallest first** (this also decides which of them make it into the top \`k\`).

**Input:** \`nums\`: a list of integers, \`k\`: an integer.
**Output:** a list of \`k\` distinct values.

**Constraints:**
- \`1 <= len(nums) <= 100 000\`
- \`-10^9 <= nums[i] <= 10^9\`
- \`k\` is between 1 and the number of distinct values in \`nums\`

Sorting every element is not needed: can you count first?`,
    ru: `Дан список целых чисел \`nums\` и целое число \`k\`. Верните \`k\` значений, которые встречаются **чаще всего**.

Упорядочьте результат по числу вхождений, от самого частого. Значения с одинаковой частотой упорядочиваются по величине, **от меньшего к большему** (это же решает, какие из них попадут в первые \`k\`).

**Вход:** \`nums\` — список целых чисел, \`k\` — целое число.
**Выход:** список из \`k\` различных значений.

**Ограничения:**
- \`1 <= len(nums) <= 100 000\`
- \`-10^9 <= nums[i] <= 10^9\`
- \`k\` — от 1 до количества различных значений в \`nums\`

Сортировать все элементы не нужно: может, сначала посчитать?`,
  },
  functionName: { python: "top_k_frequent", javascript: "topKFrequent" },
  initialCode: {
    python: `def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """Return the k most frequent values: by count descending, ties by smaller value first."""
    pass
`,
    javascript: `/**
 * Return the k most frequent values: by count descending, ties by smaller value first.
 * @param {number[]} nums
 * @param {number} k
 * @returns {number[]}
 */
function topKFrequent(nums, k) {
  return null;
}
`,
  },
  examples: [
    {
      input: "nums = [1, 1, 1, 2, 2, 3], k = 2",
      output: "[1, 2]",
      explanation: { en: "1 occurs three times, 2 twice, 3 once.", ru: "1 встречается три раза, 2 — дважды, 3 — один раз." },
    },
    {
      input: "nums = [4, 4, 6, 6, 5, 5, 7], k = 2",
      output: "[4, 5]",
      explanation: {
        en: "4, 5 and 6 each occur twice; the smaller values come first.",
        ru: "4, 5 и 6 встречаются по два раза; сначала идут меньшие значения.",
      },
    },
    {
      input: "nums = [1], k = 1",
      output: "[1]",
      explanation: { en: "A single value.", ru: "Единственное значение." },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `from collections import Counter
import heapq


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = Counter(nums)
    # The k smallest by (minus count, value): most frequent first, smaller value on ties.
    return heapq.nsmallest(k, counts, key=lambda value: (-counts[value], value))
`,
    javascript: `function topKFrequent(nums, k) {
  const counts = new Map();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  // Most frequent first, smaller value on ties.
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || a - b)
    .slice(0, k);
}
`,
  },
  hints: {
    en: [
      "Before choosing the top values, what do you need to know about each value?",
      "Count every value once with a hash map; then you only have to order the distinct values, not all n numbers.",
      "Count with a hash map, then take the k best distinct values by (count descending, value ascending): sort them, or keep a heap of size k.",
    ],
    ru: [
      "Что нужно знать о каждом значении, прежде чем выбирать самые частые?",
      "Посчитайте каждое значение один раз словарём; тогда упорядочивать нужно только различные значения, а не все n чисел.",
      "Посчитайте словарём, затем возьмите k лучших различных значений по ключу (частота по убыванию, значение по возрастанию): сортировкой или кучей размера k.",
    ],
  },
  complexity: { time: "O(n + m log m), m distinct values", space: "O(m)" },
  tags: ["array", "hash-table", "sorting", "heap"],
};
