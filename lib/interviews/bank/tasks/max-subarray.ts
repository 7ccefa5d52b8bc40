import { lazily, randomInts, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/**
 * The generated tests' expected values, by another algorithm than the references' (Kadane's), so
 * the two check each other: the largest difference between a prefix sum and an earlier one.
 */
function maxSubarrayOf(nums: number[]): number {
  let prefix = 0;
  let lowestBefore = 0;
  let best = -Infinity;
  for (const x of nums) {
    prefix += x;
    best = Math.max(best, prefix - lowestBefore);
    lowestBefore = Math.min(lowestBefore, prefix);
  }
  return best;
}

function generated(seed: number, n: number, lo: number, hi: number, name: string) {
  const nums = randomInts(seededRandom(seed), n, lo, hi);
  return { name, args: [nums], expected: maxSubarrayOf(nums) };
}

const performanceTests = lazily((): TaskTest[] => [
  generated(52, 60_000, -10_000, 10_000, "60 000 random numbers"),
  generated(53, 25_000, -1_000_000_000, 999_999_000, "25 000 large numbers"),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "mixed signs", args: [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], expected: 6 },
    { name: "whole list", args: [[5, 4, -1, 7, 8]], expected: 23 },
    { name: "all negative", args: [[-3, -1, -2]], expected: -1 },
    { name: "one element", args: [[1]], expected: 1 },
    { name: "best at the end", args: [[-1, -2, 3, 4]], expected: 7 },
  ],
  hidden: [
    { name: "one negative element", args: [[-7]], expected: -7 },
    { name: "zeros", args: [[0, 0, 0]], expected: 0 },
    { name: "zero among negatives", args: [[-5, 0, -3]], expected: 0 },
    { name: "best at the start", args: [[6, -7, 1, 2]], expected: 6 },
    { name: "dip worth crossing", args: [[3, -2, 5]], expected: 6 },
    { name: "dip not worth crossing", args: [[3, -4, 2]], expected: 3 },
    { name: "all positive", args: [[1, 2, 3, 4, 5]], expected: 15 },
    { name: "large values", args: [[1_000_000_000, 1_000_000_000, -1, 1_000_000_000]], expected: 2_999_999_999 },
    { name: "large negative values", args: [[-1_000_000_000, -999_999_999, -1_000_000_000]], expected: -999_999_999 },
    { name: "duplicates", args: [[2, 2, -10, 2, 2]], expected: 4 },
    { name: "alternating", args: [[1, -1, 1, -1, 1, -1, 1]], expected: 1 },
    generated(51, 200, -100, 100, "200 random numbers"),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const maxSubarray: CodingTask = {
  id: "max-subarray",
  level: "middle",
  title: { en: "Maximum Subarray", ru: "Подмассив с максимальной суммой" },
  description: {
    en: `Given a non-empty list of integers \`nums\`, find the contiguous **non-empty** subarray with the largest sum and return that sum.

A subarray is a run of consecutive elements. When every number is negative, the answer is the largest single element.

**Input:** \`nums\`: a list of integers.
**Output:** an integer, the largest sum.

**Constraints:**
- \`1 <= len(nums) <= 100 000\`
- \`-10^9 <= nums[i] <= 10^9\`

Checking every subarray is O(n²); aim for one pass.`,
    ru: `Дан непустой список целых чисел \`nums\`. Найдите **непустой** подмассив из идущих подряд элементов с наибольшей суммой и верните эту сумму.

Подмассив — это отрезок подряд идущих элементов. Если все числа отрицательные, ответ — наибольший отдельный элемент.

**Вход:** \`nums\` — список целых чисел.
**Выход:** целое число — наибольшая сумма.

**Ограничения:**
- \`1 <= len(nums) <= 100 000\`
- \`-10^9 <= nums[i] <= 10^9\`

Перебор всех подмассивов — это O(n²); постарайтесь обойтись одним проходом.`,
  },
  functionName: { python: "max_subarray", javascript: "maxSubarray" },
  initialCode: {
    python: `def max_subarray(nums: list[int]) -> int:
    """Return the largest sum of a contiguous non-empty subarray of nums."""
    pass
`,
    javascript: `/**
 * Return the largest sum of a contiguous non-empty subarray of nums.
 * @param {number[]} nums
 * @returns {number}
 */
function maxSubarray(nums) {
  return null;
}
`,
  },
  examples: [
    {
      input: "nums = [-2, 1, -3, 4, -1, 2, 1, -5, 4]",
      output: "6",
      explanation: { en: "The subarray [4, -1, 2, 1] has the largest sum, 6.", ru: "Наибольшая сумма, 6, у подмассива [4, -1, 2, 1]." },
    },
    {
      input: "nums = [5, 4, -1, 7, 8]",
      output: "23",
      explanation: {
        en: "The whole list: the -1 is worth taking to join both sides.",
        ru: "Весь список: -1 выгодно взять, чтобы соединить обе части.",
      },
    },
    {
      input: "nums = [-3, -1, -2]",
      output: "-1",
      explanation: {
        en: "The subarray must not be empty, so the best is the single -1.",
        ru: "Подмассив не может быть пустым, поэтому лучший — одно число -1.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def max_subarray(nums: list[int]) -> int:
    best = nums[0]
    current = 0
    for x in nums:
        # Either extend the run that ends here or start a new one at x.
        current = max(x, current + x)
        best = max(best, current)
    return best
`,
    javascript: `function maxSubarray(nums) {
  let best = nums[0];
  let current = 0;
  for (const x of nums) {
    // Either extend the run that ends here or start a new one at x.
    current = Math.max(x, current + x);
    best = Math.max(best, current);
  }
  return best;
}
`,
  },
  hints: {
    en: [
      "Think about the best subarray that ends exactly at position i.",
      "The best sum ending at i either continues the best sum ending at i - 1 or starts afresh at nums[i]: a negative running sum is never worth keeping.",
      "One pass keeping two numbers: the best sum ending here (max of x and previous + x) and the best seen overall.",
    ],
    ru: [
      "Подумайте о лучшем подмассиве, который заканчивается ровно в позиции i.",
      "Лучшая сумма, заканчивающаяся в i, либо продолжает лучшую сумму, заканчивающуюся в i - 1, либо начинается заново с nums[i]: отрицательную накопленную сумму держать невыгодно.",
      "Один проход с двумя числами: лучшая сумма, заканчивающаяся здесь (максимум из x и предыдущей + x), и лучшая сумма за всё время.",
    ],
  },
  complexity: { time: "O(n)", space: "O(1)" },
  tags: ["array", "dynamic-programming", "divide-and-conquer"],
};
