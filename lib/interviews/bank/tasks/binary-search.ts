import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** `n` distinct sorted integers: random gaps of 1-3 from a negative start. */
function sortedDistinct(seed: number, n: number): number[] {
  const random = seededRandom(seed);
  const out: number[] = [];
  let v = -2 * n;
  for (let i = 0; i < n; i++) {
    v += random.int(1, 3);
    out.push(v);
  }
  return out;
}


const performanceTests = lazily((): TaskTest[] => {
  const big = sortedDistinct(31, 50_000);
  const other = sortedDistinct(32, 30_000);
  // Between two neighbours near the end, so a scan from the left goes almost all the way.
  const gapAt = other.findLastIndex((v, i) => i > 0 && v - other[i - 1] > 1);
  const missing = other[gapAt] - 1;
  return [
    { name: "50 000 numbers, the last one", args: [big, big[big.length - 1]], expected: big.length - 1 },
    { name: "30 000 numbers, absent", args: [other, missing], expected: -1 },
  ];
});

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "found in the middle", args: [[-1, 0, 3, 5, 9, 12], 9], expected: 4 },
    { name: "absent", args: [[-1, 0, 3, 5, 9, 12], 2], expected: -1 },
    { name: "first element", args: [[1, 3, 5, 7], 1], expected: 0 },
    { name: "last element", args: [[1, 3, 5, 7], 7], expected: 3 },
    { name: "one element, found", args: [[5], 5], expected: 0 },
  ],
  hidden: [
    { name: "empty list", args: [[], 3], expected: -1 },
    { name: "one element, absent", args: [[5], -5], expected: -1 },
    { name: "smaller than all", args: [[2, 4, 6, 8], 1], expected: -1 },
    { name: "larger than all", args: [[2, 4, 6, 8], 9], expected: -1 },
    { name: "two elements, second", args: [[-3, 10], 10], expected: 1 },
    { name: "negative numbers", args: [[-50, -40, -30, -20, -10], -40], expected: 1 },
    { name: "between neighbours", args: [[10, 20, 30, 40, 50], 35], expected: -1 },
    { name: "large values", args: [[-1_000_000_000, 0, 999_999_999, 1_000_000_000], 1_000_000_000], expected: 3 },
    { name: "zero", args: [[-2, -1, 0, 1, 2], 0], expected: 2 },
    { name: "odd length, left half", args: [[1, 2, 3, 4, 5, 6, 7, 8, 9], 3], expected: 2 },
    { name: "even length, right half", args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 8], expected: 7 },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const binarySearch: CodingTask = {
  id: "binary-search",
  level: "junior",
  title: { en: "Binary Search", ru: "Бинарный поиск" },
  description: {
    en: `Given a list of **distinct** integers \`nums\` sorted in ascending order and an integer \`target\`, return the index of \`target\` in \`nums\`, or \`-1\` if it is not there.

Your solution must run in **O(log n)** time.

**Input:** \`nums\`: a sorted list of distinct integers, \`target\`: an integer.
**Output:** an index, or \`-1\`.

**Constraints:**
- \`0 <= len(nums) <= 100 000\`
- \`-10^9 <= nums[i], target <= 10^9\``,
    ru: `Дан список **различных** целых чисел \`nums\`, отсортированный по возрастанию, и целое число \`target\`. Верните индекс \`target\` в \`nums\` или \`-1\`, если такого числа нет.

Решение должно работать за **O(log n)**.

**Вход:** \`nums\` — отсортированный список различных целых чисел, \`target\` — целое число.
**Выход:** индекс или \`-1\`.

**Ограничения:**
- \`0 <= len(nums) <= 100 000\`
- \`-10^9 <= nums[i], target <= 10^9\``,
  },
  functionName: { python: "search", javascript: "search" },
  initialCode: {
    python: `def search(nums: list[int], target: int) -> int:
    """Return the index of target in the sorted list nums, or -1 if it is absent."""
    pass
`,
    javascript: `/**
 * Return the index of target in the sorted array nums, or -1 if it is absent.
 * @param {number[]} nums
 * @param {number} target
 * @returns {number}
 */
function search(nums, target) {
  return null;
}
`,
  },
  examples: [
    {
      input: "nums = [-1, 0, 3, 5, 9, 12], target = 9",
      output: "4",
      explanation: { en: "9 is at index 4.", ru: "9 стоит на позиции с индексом 4." },
    },
    {
      input: "nums = [-1, 0, 3, 5, 9, 12], target = 2",
      output: "-1",
      explanation: { en: "2 is not in the list.", ru: "Числа 2 в списке нет." },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def search(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
`,
    javascript: `function search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
`,
  },
  hints: {
    en: [
      "The list is sorted: what does comparing target with one element tell you about the others?",
      "Compare with the middle element and throw away the half where target cannot be.",
      "Keep a range [lo, hi]; while it is not empty, look at mid: return it on a match, otherwise move lo past mid or hi before mid.",
    ],
    ru: [
      "Список отсортирован: что сравнение target с одним элементом говорит об остальных?",
      "Сравните с серединой и отбросьте ту половину, где target быть не может.",
      "Храните границы [lo, hi]; пока диапазон не пуст, смотрите на mid: при совпадении верните его, иначе сдвиньте lo за mid или hi перед mid.",
    ],
  },
  complexity: { time: "O(log n)", space: "O(1)" },
  tags: ["array", "binary-search"],
};
