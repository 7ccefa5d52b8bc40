import { lazily } from "../generate";
import type { CodingTask, TaskTest } from "../types";

function fizzBuzzOf(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const k = i + 1;
    return k % 15 === 0 ? "FizzBuzz" : k % 3 === 0 ? "Fizz" : k % 5 === 0 ? "Buzz" : String(k);
  });
}

const performanceTests = lazily((): TaskTest[] => [
  { name: "n = 20 000", args: [20_000], expected: fizzBuzzOf(20_000) },
  { name: "n = 40 000", args: [40_000], expected: fizzBuzzOf(40_000) },
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "n = 1", args: [1], expected: ["1"] },
    { name: "n = 3", args: [3], expected: ["1", "2", "Fizz"] },
    { name: "n = 5", args: [5], expected: ["1", "2", "Fizz", "4", "Buzz"] },
    {
      name: "n = 15",
      args: [15],
      expected: ["1", "2", "Fizz", "4", "Buzz", "Fizz", "7", "8", "Fizz", "Buzz", "11", "Fizz", "13", "14", "FizzBuzz"],
    },
    { name: "n = 10", args: [10], expected: ["1", "2", "Fizz", "4", "Buzz", "Fizz", "7", "8", "Fizz", "Buzz"] },
  ],
  hidden: [
    { name: "n = 0", args: [0], expected: [] },
    { name: "n = 2", args: [2], expected: ["1", "2"] },
    { name: "n = 4", args: [4], expected: ["1", "2", "Fizz", "4"] },
    { name: "n = 6", args: [6], expected: ["1", "2", "Fizz", "4", "Buzz", "Fizz"] },
    {
      name: "n = 16",
      args: [16],
      expected: ["1", "2", "Fizz", "4", "Buzz", "Fizz", "7", "8", "Fizz", "Buzz", "11", "Fizz", "13", "14", "FizzBuzz", "16"],
    },
    { name: "n = 30", args: [30], expected: fizzBuzzOf(30) },
    { name: "n = 31", args: [31], expected: fizzBuzzOf(31) },
    { name: "n = 45", args: [45], expected: fizzBuzzOf(45) },
    { name: "n = 99", args: [99], expected: fizzBuzzOf(99) },
    { name: "n = 100", args: [100], expected: fizzBuzzOf(100) },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const fizzbuzz: CodingTask = {
  id: "fizzbuzz",
  level: "junior",
  title: { en: "FizzBuzz", ru: "Задача FizzBuzz" },
  description: {
    en: `Given an integer \`n\`, return a list of strings for the numbers from \`1\` to \`n\` inclusive, where the \`i\`-th string (counting from 1) is:

- \`"FizzBuzz"\` if \`i\` is divisible by both 3 and 5;
- \`"Fizz"\` if \`i\` is divisible by 3 only;
- \`"Buzz"\` if \`i\` is divisible by 5 only;
- the number \`i\` itself, as a string, otherwise.

For \`n = 0\` the list is empty.

**Input:** \`n\`: an integer.
**Output:** a list of \`n\` strings.

**Constraints:** \`0 <= n <= 100 000\`.`,
    ru: `Дано целое число \`n\`. Верните список строк для чисел от \`1\` до \`n\` включительно, где \`i\`-я строка (считая с 1) равна:

- \`"FizzBuzz"\`, если \`i\` делится и на 3, и на 5;
- \`"Fizz"\`, если \`i\` делится только на 3;
- \`"Buzz"\`, если \`i\` делится только на 5;
- иначе — самому числу \`i\` в виде строки.

При \`n = 0\` список пуст.

**Вход:** \`n\` — целое число.
**Выход:** список из \`n\` строк.

**Ограничения:** \`0 <= n <= 100 000\`.`,
  },
  functionName: { python: "fizz_buzz", javascript: "fizzBuzz" },
  initialCode: {
    python: `def fizz_buzz(n: int) -> list[str]:
    """Return "Fizz", "Buzz", "FizzBuzz" or the number itself for each of 1..n."""
    pass
`,
    javascript: `/**
 * Return "Fizz", "Buzz", "FizzBuzz" or the number itself for each of 1..n.
 * @param {number} n
 * @returns {string[]}
 */
function fizzBuzz(n) {
  return null;
}
`,
  },
  examples: [
    {
      input: "n = 3",
      output: '["1", "2", "Fizz"]',
      explanation: { en: "3 is divisible by 3.", ru: "3 делится на 3." },
    },
    {
      input: "n = 5",
      output: '["1", "2", "Fizz", "4", "Buzz"]',
      explanation: { en: "5 is divisible by 5.", ru: "5 делится на 5." },
    },
    {
      input: "n = 15",
      output: '["1", "2", "Fizz", "4", "Buzz", "Fizz", "7", "8", "Fizz", "Buzz", "11", "Fizz", "13", "14", "FizzBuzz"]',
      explanation: {
        en: "15 is divisible by both 3 and 5, so it is \"FizzBuzz\", not \"Fizz\".",
        ru: "15 делится и на 3, и на 5, поэтому это \"FizzBuzz\", а не \"Fizz\".",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def fizz_buzz(n: int) -> list[str]:
    result = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            result.append("FizzBuzz")
        elif i % 3 == 0:
            result.append("Fizz")
        elif i % 5 == 0:
            result.append("Buzz")
        else:
            result.append(str(i))
    return result
`,
    javascript: `function fizzBuzz(n) {
  const result = [];
  for (let i = 1; i <= n; i++) {
    if (i % 15 === 0) result.push("FizzBuzz");
    else if (i % 3 === 0) result.push("Fizz");
    else if (i % 5 === 0) result.push("Buzz");
    else result.push(String(i));
  }
  return result;
}
`,
  },
  hints: {
    en: [
      "Go through the numbers one by one and decide what each one becomes.",
      "The order of your checks matters: a number divisible by 15 is also divisible by 3 and by 5.",
      "In a loop from 1 to n, check divisibility by 15 first, then by 3, then by 5, and otherwise use the number as a string.",
    ],
    ru: [
      "Пройдите по числам по одному и решите, чем станет каждое.",
      "Важен порядок проверок: число, делящееся на 15, делится и на 3, и на 5.",
      "В цикле от 1 до n сначала проверяйте делимость на 15, затем на 3, затем на 5, иначе берите само число строкой.",
    ],
  },
  complexity: { time: "O(n)", space: "O(n)" },
  tags: ["math", "string", "simulation"],
};
