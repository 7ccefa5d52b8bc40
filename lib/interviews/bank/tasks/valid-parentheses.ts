import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

const PAIRS = ["()", "[]", "{}"];

/** A balanced string of `pairs` bracket pairs, nested at random (a random walk that closes what it opened). */
function balanced(seed: number, pairs: number): string {
  const random = seededRandom(seed);
  const open: string[] = [];
  let out = "";
  let left = pairs;
  while (left > 0 || open.length > 0) {
    if (left > 0 && (open.length === 0 || random.next() < 0.5)) {
      const pair = random.pick(PAIRS);
      out += pair[0];
      open.push(pair[1]);
      left--;
    } else {
      out += open.pop();
    }
  }
  return out;
}


const performanceTests = lazily((): TaskTest[] => {
  const deep = "([{".repeat(25_000) + "}])".repeat(25_000);
  const randomBalanced = balanced(7, 60_000);
  // One wrong closer in the middle of a long valid string.
  const brokenAt = randomBalanced.length / 2;
  const broken = `${randomBalanced.slice(0, brokenAt)}${randomBalanced[brokenAt] === ")" ? "]" : ")"}${randomBalanced.slice(brokenAt + 1)}`;
  return [
    { name: "150 000 brackets, 75 000 deep", args: [deep], expected: true },
    { name: "120 000 brackets at random", args: [randomBalanced], expected: true },
    { name: "120 000 brackets, one wrong closer in the middle", args: [broken], expected: false },
  ];
});

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "one pair", args: ["()"], expected: true },
    { name: "three pairs in a row", args: ["()[]{}"], expected: true },
    { name: "wrong type", args: ["(]"], expected: false },
    { name: "wrong order", args: ["([)]"], expected: false },
    { name: "nested", args: ["{[]}"], expected: true },
  ],
  hidden: [
    { name: "empty string", args: [""], expected: true },
    { name: "single opening bracket", args: ["("], expected: false },
    { name: "single closing bracket", args: ["]"], expected: false },
    { name: "closing before opening", args: [")("], expected: false },
    { name: "unclosed at the end", args: ["()[]{"], expected: false },
    { name: "extra closer at the end", args: ["{}}"], expected: false },
    { name: "deep nesting", args: ["{[({[()]})]}"], expected: true },
    { name: "same counts, wrong pairing", args: ["([}{])"], expected: false },
    { name: "even length but invalid", args: ["(((("], expected: false },
    { name: "sequence of nested groups", args: ["(())[[]]{{}}([]{})"], expected: true },
    { name: "mismatch deep inside", args: ["(((([[[[{{{{}}}]]]]))))"], expected: false },
  ],
  get performance() {
    return performanceTests();
  },
}));

export const validParentheses: CodingTask = {
  id: "valid-parentheses",
  level: "junior",
  title: { en: "Valid Parentheses", ru: "Правильная скобочная последовательность" },
  description: {
    en: `Given a string \`s\` made only of the characters \`(\`, \`)\`, \`[\`, \`]\`, \`{\` and \`}\`, decide whether it is **valid**:

1. every opening bracket is closed by a bracket of the same type;
2. brackets are closed in the right order;
3. every closing bracket has a matching opening bracket before it.

An empty string is valid.

**Input:** \`s\`: a string.
**Output:** \`true\` / \`True\` if the string is valid, otherwise \`false\` / \`False\`.

**Constraints:** \`0 <= len(s) <= 200 000\`.`,
    ru: `Дана строка \`s\`, состоящая только из символов \`(\`, \`)\`, \`[\`, \`]\`, \`{\` и \`}\`. Определите, является ли она **правильной**:

1. каждая открывающая скобка закрыта скобкой того же типа;
2. скобки закрываются в правильном порядке;
3. у каждой закрывающей скобки есть парная открывающая перед ней.

Пустая строка считается правильной.

**Вход:** \`s\` — строка.
**Выход:** \`true\` / \`True\`, если строка правильная, иначе \`false\` / \`False\`.

**Ограничения:** \`0 <= len(s) <= 200 000\`.`,
  },
  functionName: { python: "is_valid", javascript: "isValid" },
  initialCode: {
    python: `def is_valid(s: str) -> bool:
    """Return True if every bracket in s is closed by the same type, in the right order."""
    pass
`,
    javascript: `/**
 * Return true if every bracket in s is closed by the same type, in the right order.
 * @param {string} s
 * @returns {boolean}
 */
function isValid(s) {
  return null;
}
`,
  },
  examples: [
    {
      input: 's = "()[]{}"',
      output: "true",
      explanation: { en: "Three pairs, each closed right away.", ru: "Три пары, каждая сразу закрыта." },
    },
    {
      input: 's = "([)]"',
      output: "false",
      explanation: {
        en: "The square bracket is opened inside the round one but closed after it: wrong order.",
        ru: "Квадратная скобка открыта внутри круглой, а закрыта после неё: порядок нарушен.",
      },
    },
    {
      input: 's = "{[]}"',
      output: "true",
      explanation: { en: "Nested pairs close innermost first.", ru: "Вложенные пары закрываются изнутри наружу." },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def is_valid(s: str) -> bool:
    closer_of = {"(": ")", "[": "]", "{": "}"}
    expected: list[str] = []
    for ch in s:
        if ch in closer_of:
            expected.append(closer_of[ch])
        elif not expected or expected.pop() != ch:
            return False
    return not expected
`,
    javascript: `function isValid(s) {
  const closerOf = { "(": ")", "[": "]", "{": "}" };
  const expected = [];
  for (const ch of s) {
    if (ch in closerOf) expected.push(closerOf[ch]);
    else if (expected.pop() !== ch) return false;
  }
  return expected.length === 0;
}
`,
  },
  hints: {
    en: [
      "Which opening bracket must the next closing bracket match?",
      "The most recently opened bracket must be closed first: last in, first out.",
      "Push each opening bracket (or the closer it expects) on a stack; on a closer, pop and compare; at the end the stack must be empty.",
    ],
    ru: [
      "С какой открывающей скобкой должна совпасть очередная закрывающая?",
      "Первой закрывается скобка, открытая последней: «последним пришёл — первым ушёл».",
      "Кладите каждую открывающую скобку (или ожидаемую для неё закрывающую) в стек; на закрывающей снимайте верхушку и сравнивайте; в конце стек должен быть пуст.",
    ],
  },
  complexity: { time: "O(n)", space: "O(n)" },
  tags: ["string", "stack"],
};
