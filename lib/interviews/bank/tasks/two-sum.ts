import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/**
 * `n` numbers with exactly one pair adding up to the target, placed at positions `at`: every other
 * number is a multiple of 4, the pair is 1 and 2 modulo 4, so only the pair sums to 3 modulo 4.
 */
function onePair(seed: number, n: number, at: [number, number], name: string): TaskTest {
  const random = seededRandom(seed);
  const used = new Set<number>();
  const nums: number[] = [];
  while (nums.length < n) {
    const v = 4 * random.int(-250_000, 250_000);
    if (!used.has(v)) {
      used.add(v);
      nums.push(v);
    }
  }
  const a = 4 * random.int(-250_000, 250_000) + 1;
  const b = 4 * random.int(-250_000, 250_000) + 2;
  nums[at[0]] = a;
  nums[at[1]] = b;
  return { name, args: [nums, a + b], expected: [...at].sort((x, y) => x - y) };
}

const performanceTests = lazily((): TaskTest[] => [
  onePair(101, 40_000, [39_998, 39_999], "40 000 numbers, pair at the end"),
  onePair(102, 30_000, [15_000, 29_999], "30 000 numbers, pair in the middle and at the end"),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "first example", args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { name: "pair in the middle", args: [[3, 2, 4], 6], expected: [1, 2] },
    { name: "equal values", args: [[3, 3], 6], expected: [0, 1] },
    { name: "pair at the ends", args: [[1, 5, 8, 3, 9], 10], expected: [0, 4] },
    { name: "negative numbers", args: [[-3, 4, 3, 90], 0], expected: [0, 2] },
  ],
  hidden: [
    { name: "two elements", args: [[1, 2], 3], expected: [0, 1] },
    { name: "zeros", args: [[0, 4, 3, 0], 0], expected: [0, 3] },
    { name: "all negative", args: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
    { name: "duplicates make the pair", args: [[5, 1, 5, 7], 10], expected: [0, 2] },
    { name: "large values", args: [[1_000_000_000, -999_999_999, 5, 999_999_999], 1_999_999_999], expected: [0, 3] },
    { name: "large negative target", args: [[-1_000_000_000, 7, -1], -1_000_000_001], expected: [0, 2] },
    { name: "pair at the end", args: [[10, 20, 30, 40, 50, 60, 1, 2], 3], expected: [6, 7] },
    { name: "half of the target appears once", args: [[4, 1, 7], 8], expected: [1, 2] },
    { name: "half of the target first", args: [[6, 3, 9, 1], 12], expected: [1, 2] },
    { name: "zero and target", args: [[0, 9, 1], 9], expected: [0, 1] },
    { name: "unsorted mix", args: [[11, -7, 3, 25, -2, 8], 18], expected: [1, 3] },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const twoSum: CodingTask = {
  id: "two-sum",
  level: "junior",
  title: { en: "Two Sum", ru: "Сумма двух чисел" },
  description: {
    en: `Given an array of integers \`nums\` and an integer \`target\`, return the **indices** of the two numbers that add up to \`target\`.

Exactly one pair of different positions adds up to \`target\`. You may not use the same element twice. Return the two indices in any order.

**Input:** \`nums\`: a list of integers, \`target\`: an integer.
**Output:** a list of two indices \`[i, j]\`.

**Constraints:**
- \`2 <= len(nums) <= 100 000\`
- \`-10^9 <= nums[i] <= 10^9\`, \`-2·10^9 <= target <= 2·10^9\`
- exactly one answer exists

Can you do better than checking every pair?`,
    ru: `Дан массив целых чисел \`nums\` и целое число \`target\`. Верните **индексы** двух чисел, сумма которых равна \`target\`.

Ровно одна пара различных позиций даёт в сумме \`target\`. Один и тот же элемент нельзя использовать дважды. Индексы можно вернуть в любом порядке.

**Вход:** \`nums\` — список целых чисел, \`target\` — целое число.
**Выход:** список из двух индексов \`[i, j]\`.

**Ограничения:**
- \`2 <= len(nums) <= 100 000\`
- \`-10^9 <= nums[i] <= 10^9\`, \`-2·10^9 <= target <= 2·10^9\`
- ответ существует и единственен

Получится ли быстрее, чем перебором всех пар?`,
  },
  functionName: { python: "two_sum", javascript: "twoSum" },
  initialCode: {
    python: `def two_sum(nums: list[int], target: int) -> list[int]:
    """Return the indices of the two numbers in nums that add up to target."""
    pass
`,
    javascript: `/**
 * Return the indices of the two numbers in nums that add up to target.
 * @param {number[]} nums
 * @param {number} target
 * @returns {number[]}
 */
function twoSum(nums, target) {
  return null;
}
`,
  },
  examples: [
    {
      input: "nums = [2, 7, 11, 15], target = 9",
      output: "[0, 1]",
      explanation: { en: "nums[0] + nums[1] = 2 + 7 = 9, the target.", ru: "nums[0] + nums[1] = 2 + 7 = 9 — это и есть target." },
    },
    {
      input: "nums = [3, 2, 4], target = 6",
      output: "[1, 2]",
      explanation: {
        en: "2 + 4 = 6. The 3 at index 0 cannot be used twice.",
        ru: "2 + 4 = 6. Тройку с индексом 0 нельзя взять дважды.",
      },
    },
    {
      input: "nums = [3, 3], target = 6",
      output: "[0, 1]",
      explanation: { en: "Equal values at different positions are a valid pair.", ru: "Равные значения на разных позициях — допустимая пара." },
    },
  ],
  get tests() {
    return tests();
  },
  compare: "unordered",
  reference: {
    python: `def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for i, value in enumerate(nums):
        j = seen.get(target - value)
        if j is not None:
            return [j, i]
        seen[value] = i
    return []
`,
    javascript: `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}
`,
  },
  hints: {
    en: [
      "For each number, which other value would complete the pair?",
      "Remember the numbers you have already passed, so you can ask \"have I seen target - x?\" in constant time.",
      "Walk the array once with a hash map from value to index: look up target - x first, then store x with its index.",
    ],
    ru: [
      "Для каждого числа: какое значение нужно, чтобы получилась пара?",
      "Запоминайте уже пройденные числа, чтобы за O(1) отвечать на вопрос «встречалось ли target - x?».",
      "Один проход со словарём «значение → индекс»: сначала ищите target - x, потом сохраняйте x с его индексом.",
    ],
  },
  complexity: { time: "O(n)", space: "O(n)" },
  tags: ["array", "hash-table"],
};
