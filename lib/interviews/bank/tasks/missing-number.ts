import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** The numbers 0..n in a seeded shuffled order with `missing` left out, and the answer. */
function withoutOne(name: string, seed: number, n: number, missing: number): TaskTest {
  const nums = Array.from({ length: n + 1 }, (_, i) => i).filter((x) => x !== missing);
  return { name, args: [seededRandom(seed).shuffle(nums)], expected: missing };
}

const performanceTests = lazily((): TaskTest[] => [
  withoutOne("80 000 shuffled numbers", 7211, 80_000, 41_234),
  withoutOne("30 000 shuffled numbers, n missing", 7212, 30_000, 30_000),
  withoutOne("30 000 shuffled numbers, zero missing", 7213, 30_000, 0),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "small list", args: [[3, 0, 1]], expected: 2 },
    { name: "n is missing", args: [[0, 1]], expected: 2 },
    { name: "nine numbers", args: [[9, 6, 4, 2, 3, 5, 7, 0, 1]], expected: 8 },
    { name: "zero is missing", args: [[1, 2, 3]], expected: 0 },
    { name: "one element", args: [[0]], expected: 1 },
  ],
  hidden: [
    { name: "empty list", args: [[]], expected: 0 },
    { name: "only 1", args: [[1]], expected: 0 },
    { name: "two elements, middle missing", args: [[2, 0]], expected: 1 },
    { name: "sorted, last missing", args: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]], expected: 10 },
    { name: "sorted descending", args: [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]], expected: 0 },
    { name: "middle missing", args: [[0, 1, 2, 4, 5, 6]], expected: 3 },
    { name: "two elements, zero missing", args: [[2, 1]], expected: 0 },
    withoutOne("1 000 shuffled numbers", 7201, 1000, 517),
    withoutOne("5 000 shuffled numbers, zero missing", 7202, 5000, 0),
    withoutOne("5 000 shuffled numbers, n missing", 7203, 5000, 5000),
    { name: "odd order", args: [[5, 3, 1, 0, 2]], expected: 4 },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const missingNumberTask: CodingTask = {
  id: "missing-number",
  level: "junior",
  title: { en: "Missing number", ru: "Пропущенное число" },
  description: {
    en: `A list \`nums\` holds \`n\` **distinct** integers taken from the range \`0..n\` (both ends included), in any order. That range has \`n + 1\` numbers, so exactly one of them is missing. Return it.

**Input:** a list \`nums\` of \`n\` distinct integers, each between \`0\` and \`n\`.

**Output:** the one integer of \`0..n\` that is not in \`nums\`.

**Constraints:** \`0 <= n <= 100 000\`. For \`n = 0\` the list is empty and the answer is \`0\`.

Can you do it in one pass with constant extra memory?`,
    ru: `Список \`nums\` содержит \`n\` **различных** целых чисел из диапазона \`0..n\` (оба конца включены) в любом порядке. В диапазоне \`n + 1\` число, значит, ровно одного не хватает. Верните его.

**Вход:** список \`nums\` из \`n\` различных целых чисел, каждое от \`0\` до \`n\`.

**Выход:** единственное число из \`0..n\`, которого нет в \`nums\`.

**Ограничения:** \`0 <= n <= 100 000\`. При \`n = 0\` список пуст, а ответ — \`0\`.

Получится ли за один проход с постоянной дополнительной памятью?`,
  },
  functionName: { python: "missing_number", javascript: "missingNumber" },
  initialCode: {
    python: `def missing_number(nums: list[int]) -> int:
    """Return the one number of 0..len(nums) that nums does not contain."""
    pass
`,
    javascript: `/**
 * Return the one number of 0..nums.length that nums does not contain.
 * @param {number[]} nums
 * @return {number}
 */
function missingNumber(nums) {
  return null;
}
`,
  },
  examples: [
    {
      input: "nums = [3, 0, 1]",
      output: "2",
      explanation: { en: "n = 3, the range is 0..3, and 2 is not in the list.", ru: "n = 3, диапазон 0..3, и числа 2 в списке нет." },
    },
    {
      input: "nums = [0, 1]",
      output: "2",
      explanation: {
        en: "n = 2, the range is 0..2; the missing number can be n itself.",
        ru: "n = 2, диапазон 0..2; пропущенным может быть и само n.",
      },
    },
    {
      input: "nums = [9, 6, 4, 2, 3, 5, 7, 0, 1]",
      output: "8",
      explanation: { en: "n = 9, and 8 is the only number of 0..9 not in the list.", ru: "n = 9, и 8 — единственное число из 0..9, которого нет в списке." },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def missing_number(nums: list[int]) -> int:
    """Return the one number of 0..len(nums) that nums does not contain.

    The sum of 0..n minus the sum of the list is the missing number: O(n) time, O(1) space.
    """
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
`,
    javascript: `/**
 * Return the one number of 0..nums.length that nums does not contain.
 * The sum of 0..n minus the sum of the list is the missing number: O(n) time, O(1) space.
 * @param {number[]} nums
 * @return {number}
 */
function missingNumber(nums) {
  const n = nums.length;
  let sum = 0;
  for (const x of nums) sum += x;
  return (n * (n + 1)) / 2 - sum;
}
`,
  },
  hints: {
    en: [
      "Checking every number of 0..n with \"is it in the list?\" is slow on a long list. What do you know about all the numbers of 0..n together?",
      "You know exactly which numbers should be there. Compare something you can compute about the full range with the same thing computed over the list.",
      "The sum of 0..n is n·(n+1)/2; subtract the sum of the list and what is left is the missing number (XOR-ing all indices and values works the same way).",
    ],
    ru: [
      "Проверять каждое число из 0..n вопросом «есть ли оно в списке?» на длинном списке медленно. Что известно обо всех числах 0..n вместе?",
      "Вы точно знаете, какие числа должны быть. Сравните то, что можно посчитать для всего диапазона, с тем же, посчитанным по списку.",
      "Сумма 0..n равна n·(n+1)/2; вычтите из неё сумму списка — останется пропущенное число (XOR всех индексов и значений работает так же).",
    ],
  },
  complexity: { time: "O(n)", space: "O(1)" },
  tags: ["arrays", "math"],
};
