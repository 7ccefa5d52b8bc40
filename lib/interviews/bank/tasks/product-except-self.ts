import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** Prefix times suffix products; `+ 0` turns JavaScript's -0 into 0. */
function productExceptSelf(nums: number[]): number[] {
  const out = new Array<number>(nums.length).fill(1);
  for (let i = 0, p = 1; i < nums.length; p *= nums[i], i++) out[i] = p;
  for (let i = nums.length - 1, s = 1; i >= 0; s *= nums[i], i--) out[i] = out[i] * s + 0;
  return out;
}

/** `n` values of ±1 with `twos` of them ±2 and `zeros` of them 0, so every product stays small. */
function signs(seed: number, n: number, twos: number, zeros: number): number[] {
  const r = seededRandom(seed);
  const nums = Array.from({ length: n }, () => r.pick([1, -1]));
  for (let k = 0; k < twos; k++) nums[r.int(0, n - 1)] = r.pick([2, -2]);
  for (let k = 0; k < zeros; k++) nums[r.int(0, n - 1)] = 0;
  return nums;
}
const products = (name: string, nums: number[]): TaskTest => ({ name, args: [nums], expected: productExceptSelf(nums) });

const performanceTests = lazily((): TaskTest[] => [
  products("40 000 signs and twos", signs(7611, 40_000, 20, 0)),
  products("50 000 signs with one zero", signs(7612, 50_000, 15, 1)),
  products("30 000 signs with two zeros", signs(7613, 30_000, 10, 2)),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "four numbers", args: [[1, 2, 3, 4]], expected: [24, 12, 8, 6] },
    { name: "one zero", args: [[-1, 1, 0, -3, 3]], expected: [0, 0, 9, 0, 0] },
    { name: "two numbers", args: [[3, 5]], expected: [5, 3] },
    { name: "negative numbers", args: [[-2, -3, 4]], expected: [-12, -8, 6] },
    { name: "duplicates", args: [[2, 2, 2, 2]], expected: [8, 8, 8, 8] },
  ],
  hidden: [
    { name: "empty list", args: [[]], expected: [] },
    { name: "one element", args: [[7]], expected: [1] },
    { name: "one zero element", args: [[0]], expected: [1] },
    { name: "two zeros", args: [[0, 0]], expected: [0, 0] },
    { name: "zero and a number", args: [[0, 4]], expected: [4, 0] },
    { name: "two zeros among numbers", args: [[1, 0, 2, 0, 3]], expected: [0, 0, 0, 0, 0] },
    { name: "all ones", args: [[1, 1, 1, 1, 1]], expected: [1, 1, 1, 1, 1] },
    { name: "all negative", args: [[-1, -2, -3, -4]], expected: [-24, -12, -8, -6] },
    { name: "large values", args: [[100_000, 10_000, 2]], expected: [20_000, 200_000, 1_000_000_000] },
    { name: "opposite pair", args: [[5, -5]], expected: [-5, 5] },
    { name: "zero last", args: [[2, 3, 4, 0]], expected: [0, 0, 0, 24] },
    products("1 000 signs and twos", signs(7601, 1000, 12, 0)),
    products("1 000 signs with one zero", signs(7602, 1000, 5, 1)),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const productExceptSelfTask: CodingTask = {
  id: "product-except-self",
  level: "middle",
  title: { en: "Product of array except self", ru: "Произведение всех, кроме себя" },
  description: {
    en: `Given a list of integers \`nums\`, return a list \`answer\` of the same length where \`answer[i]\` is the product of all elements of \`nums\` **except** \`nums[i]\`.

**Do not use division** (the list may contain zeros), and aim for \`O(n)\` time.

**Input:** a list \`nums\` of integers; it may be empty and may contain zeros, negative numbers and duplicates.

**Output:** a list of \`len(nums)\` integers. For a single element the answer is \`[1]\` (the product of no numbers is 1); for an empty list it is \`[]\`.

**Constraints:** \`0 <= len(nums) <= 100 000\`, \`-10^5 <= nums[i] <= 10^5\`; the product of any prefix or suffix of \`nums\` fits in a 32-bit signed integer.`,
    ru: `Дан список целых чисел \`nums\`. Верните список \`answer\` той же длины, где \`answer[i]\` — произведение всех элементов \`nums\`, **кроме** \`nums[i]\`.

**Деление использовать нельзя** (в списке могут быть нули); стремитесь к времени \`O(n)\`.

**Вход:** список целых чисел \`nums\`; он может быть пустым и содержать нули, отрицательные числа и повторы.

**Выход:** список из \`len(nums)\` целых чисел. Для одного элемента ответ — \`[1]\` (произведение пустого набора чисел равно 1); для пустого списка — \`[]\`.

**Ограничения:** \`0 <= len(nums) <= 100 000\`, \`-10^5 <= nums[i] <= 10^5\`; произведение любого префикса или суффикса \`nums\` помещается в 32-битное знаковое целое.`,
  },
  functionName: { python: "product_except_self", javascript: "productExceptSelf" },
  initialCode: {
    python: `def product_except_self(nums: list[int]) -> list[int]:
    """Return answer where answer[i] is the product of every element of nums except nums[i]."""
    pass
`,
    javascript: `/**
 * Return answer where answer[i] is the product of every element of nums except nums[i].
 * @param {number[]} nums
 * @return {number[]}
 */
function productExceptSelf(nums) {
  return null;
}
`,
  },
  examples: [
    {
      input: "nums = [1, 2, 3, 4]",
      output: "[24, 12, 8, 6]",
      explanation: {
        en: "answer[0] = 2·3·4 = 24, answer[1] = 1·3·4 = 12, answer[2] = 1·2·4 = 8, answer[3] = 1·2·3 = 6.",
        ru: "Каждое число — произведение трёх остальных: answer[0] = 2·3·4 = 24, answer[1] = 1·3·4 = 12, answer[2] = 1·2·4 = 8, answer[3] = 1·2·3 = 6.",
      },
    },
    {
      input: "nums = [-1, 1, 0, -3, 3]",
      output: "[0, 0, 9, 0, 0]",
      explanation: {
        en: "Every product that includes the 0 is 0; only answer[2] leaves it out: (-1)·1·(-3)·3 = 9.",
        ru: "Любое произведение, в которое входит 0, равно 0; только answer[2] его не включает: (-1)·1·(-3)·3 = 9.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def product_except_self(nums: list[int]) -> list[int]:
    """Return answer where answer[i] is the product of every element of nums except nums[i].

    answer[i] = (product of everything left of i) * (product of everything right of i):
    one pass left to right, one right to left. O(n) time, O(1) extra space besides the answer.
    """
    n = len(nums)
    answer = [1] * n
    prefix = 1
    for i in range(n):
        answer[i] = prefix
        prefix *= nums[i]
    suffix = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= suffix
        suffix *= nums[i]
    return answer
`,
    javascript: `/**
 * Return answer where answer[i] is the product of every element of nums except nums[i].
 * answer[i] = (product of everything left of i) * (product of everything right of i):
 * one pass left to right, one right to left. O(n) time, O(1) extra space besides the answer.
 * @param {number[]} nums
 * @return {number[]}
 */
function productExceptSelf(nums) {
  const n = nums.length;
  const answer = new Array(n).fill(1);
  let prefix = 1;
  for (let i = 0; i < n; i++) {
    answer[i] = prefix;
    prefix *= nums[i];
  }
  let suffix = 1;
  for (let i = n - 1; i >= 0; i--) {
    answer[i] *= suffix;
    suffix *= nums[i];
  }
  return answer;
}
`,
  },
  hints: {
    en: [
      "Multiplying everything except nums[i] anew for each i is O(n^2). Which part of that work repeats from one i to the next?",
      "The product of everything except nums[i] splits into the product of the elements before i and the product of the elements after i.",
      "Walk left to right keeping a running product and store, at each i, the product of everything before i; then walk right to left with a second running product and multiply each stored value by the product of everything after i. No division, so zeros need no special case.",
    ],
    ru: [
      "Перемножать всё, кроме nums[i], заново для каждого i — это O(n^2). Какая часть этой работы повторяется от одного i к следующему?",
      "Произведение всех элементов, кроме nums[i], распадается на произведение элементов до i и произведение элементов после i.",
      "Пройдите слева направо с накопленным произведением и запишите в каждую позицию i произведение всего, что левее; затем пройдите справа налево со вторым накопленным произведением и домножьте каждое записанное значение на произведение всего, что правее. Деления нет, поэтому нули не требуют особой обработки.",
    ],
  },
  complexity: { time: "O(n)", space: "O(1) besides the output" },
  tags: ["arrays", "prefix products"],
};
