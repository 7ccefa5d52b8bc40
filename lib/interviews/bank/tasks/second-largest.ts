import { lazily, randomInts, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

// Computes the expected outputs of the generated performance inputs.
function secondLargest(nums: number[]): number | null {
  const distinct = [...new Set(nums)].sort((a, b) => b - a);
  return distinct.length < 2 ? null : distinct[1];
}

const perf = (name: string, nums: number[]): TaskTest => ({ name, args: [nums], expected: secondLargest(nums) });
const performanceTests = lazily((): TaskTest[] => [
  perf("60 000 random values", randomInts(seededRandom(7101), 60_000, -99_999, 99_999)),
  perf("40 000 values, the maximum repeated", randomInts(seededRandom(7102), 40_000, 0, 9)),
  perf("30 000 equal values", new Array<number>(30_000).fill(42)),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "several values", args: [[3, 1, 4, 1, 5]], expected: 4 },
    { name: "duplicate maximum", args: [[7, 7, 2]], expected: 2 },
    { name: "all equal", args: [[4, 4]], expected: null },
    { name: "two values", args: [[10, 20]], expected: 10 },
    { name: "negative numbers", args: [[-3, -1, -2]], expected: -2 },
  ],
  hidden: [
    { name: "empty list", args: [[]], expected: null },
    { name: "one element", args: [[5]], expected: null },
    { name: "one negative element", args: [[-8]], expected: null },
    { name: "many equal values", args: [[9, 9, 9, 9, 9, 9]], expected: null },
    { name: "maximum first", args: [[100, 1, 2, 3]], expected: 3 },
    { name: "sorted ascending", args: [[1, 2, 3, 4, 5, 6]], expected: 5 },
    { name: "second largest before the largest", args: [[8, 1, 9, 0]], expected: 8 },
    { name: "duplicates of both", args: [[2, 3, 3, 2, 3, 2]], expected: 2 },
    { name: "zero and negatives", args: [[0, -1, -5, 0]], expected: -1 },
    { name: "large values", args: [[1_000_000_000_000, -1_000_000_000_000, 999_999_999_999]], expected: 999_999_999_999 },
    { name: "large negatives", args: [[-1_000_000_000_000, -999_999_999_999, -1_000_000_000_000]], expected: -1_000_000_000_000 },
    { name: "maximum repeated after", args: [[1, 5, 3, 5, 5, 4]], expected: 4 },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const secondLargestTask: CodingTask = {
  id: "second-largest",
  level: "junior",
  title: { en: "Second largest number", ru: "Второе по величине число" },
  description: {
    en: `Given a list of integers \`nums\`, return the **second largest distinct** value: the largest value that is strictly smaller than the maximum.

Repeated values count once: in \`[5, 5, 3]\` the second largest is \`3\`, not \`5\`.
If the list has fewer than two distinct values (it is empty, has one element, or all elements are equal), return \`None\` in Python or \`null\` in JavaScript.

**Input:** a list \`nums\` of integers, in any order, possibly with duplicates and negative numbers.

**Output:** an integer, or \`None\` / \`null\`.

**Constraints:** \`0 <= len(nums) <= 100 000\`, \`-10^12 <= nums[i] <= 10^12\`.`,
    ru: `Дан список целых чисел \`nums\`. Верните **второе по величине различное** значение — наибольшее из значений, строго меньших максимума.

Повторы считаются один раз: в \`[5, 5, 3]\` второе по величине — \`3\`, а не \`5\`.
Если различных значений меньше двух (список пуст, в нём один элемент или все элементы равны), верните \`None\` в Python или \`null\` в JavaScript.

**Вход:** список целых чисел \`nums\` в любом порядке, возможны повторы и отрицательные числа.

**Выход:** целое число либо \`None\` / \`null\`.

**Ограничения:** \`0 <= len(nums) <= 100 000\`, \`-10^12 <= nums[i] <= 10^12\`.`,
  },
  functionName: { python: "second_largest", javascript: "secondLargest" },
  initialCode: {
    python: `def second_largest(nums: list[int]) -> int | None:
    """Return the second largest distinct value of nums, or None if there is none."""
    pass
`,
    javascript: `/**
 * Return the second largest distinct value of nums, or null if there is none.
 * @param {number[]} nums
 * @return {number|null}
 */
function secondLargest(nums) {
  return null;
}
`,
  },
  examples: [
    {
      input: "nums = [3, 1, 4, 1, 5]",
      output: "4",
      explanation: { en: "The largest value is 5; the largest value below it is 4.", ru: "Максимум — 5; наибольшее значение меньше него — 4." },
    },
    {
      input: "nums = [7, 7, 2]",
      output: "2",
      explanation: {
        en: "7 appears twice but counts once, so the second largest distinct value is 2.",
        ru: "7 встречается дважды, но считается один раз, поэтому второе по величине различное значение — 2.",
      },
    },
    {
      input: "nums = [4, 4]",
      output: "null (None in Python)",
      explanation: { en: "There is only one distinct value.", ru: "Различное значение только одно." },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def second_largest(nums: list[int]) -> int | None:
    """Return the second largest distinct value of nums, or None if there is none.

    One pass keeping the two largest distinct values seen so far: O(n) time, O(1) space.
    """
    first = second = None
    for x in nums:
        if first is None or x > first:
            first, second = x, first
        elif x != first and (second is None or x > second):
            second = x
    return second
`,
    javascript: `/**
 * Return the second largest distinct value of nums, or null if there is none.
 * One pass keeping the two largest distinct values seen so far: O(n) time, O(1) space.
 * @param {number[]} nums
 * @return {number|null}
 */
function secondLargest(nums) {
  let first = null;
  let second = null;
  for (const x of nums) {
    if (first === null || x > first) {
      second = first;
      first = x;
    } else if (x !== first && (second === null || x > second)) {
      second = x;
    }
  }
  return second;
}
`,
  },
  hints: {
    en: [
      "Sorting works but does more than needed. How many values do you really have to remember while reading the list once?",
      "Keep two variables, the largest and the second largest distinct values seen so far, and update them as you go.",
      "For each value: if it is greater than the largest, the old largest becomes the second and the value becomes the largest; else if it differs from the largest and beats the second (or there is no second yet), it becomes the second. Start both as empty (None/null), so negative lists work.",
    ],
    ru: [
      "Сортировка сработает, но делает больше, чем нужно. Сколько значений действительно нужно помнить, читая список один раз?",
      "Храните две переменные — наибольшее и второе по величине различные значения, встреченные до сих пор, — и обновляйте их по ходу.",
      "Для каждого значения: если оно больше наибольшего, прежнее наибольшее становится вторым, а значение — наибольшим; иначе если оно отличается от наибольшего и больше второго (или второго ещё нет), оно становится вторым. Начните с пустых значений (None/null), чтобы работали списки из отрицательных чисел.",
    ],
  },
  complexity: { time: "O(n)", space: "O(1)" },
  tags: ["arrays", "single pass"],
};
