import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

const NUMERALS: Array<[string, number]> = [
  ["M", 1000], ["CM", 900], ["D", 500], ["CD", 400], ["C", 100], ["XC", 90],
  ["L", 50], ["XL", 40], ["X", 10], ["IX", 9], ["V", 5], ["IV", 4], ["I", 1],
];

/** The Roman numeral of `n`; thousands over 3 are written as more Ms. */
function toRoman(n: number): string {
  let out = "";
  for (const [symbol, value] of NUMERALS) {
    out += symbol.repeat(Math.floor(n / value));
    n %= value;
  }
  return out;
}

function numeral(n: number) {
  return { name: `${n}`, args: [toRoman(n)], expected: n };
}

// Numerals below 4000 have at most 15 symbols: only values written with many Ms make a long input.
const performanceTests = lazily((): TaskTest[] => {
  const random = seededRandom(41);
  const values = [150_000 * 1000 + 3_888, 100_000 * 1000 + random.int(1, 3999), 80_000 * 1000 + 999];
  return values.map((n) => ({ name: `${toRoman(n).length} symbols`, args: [toRoman(n)], expected: n }));
});

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "III", args: ["III"], expected: 3 },
    { name: "LVIII", args: ["LVIII"], expected: 58 },
    { name: "MCMXCIV", args: ["MCMXCIV"], expected: 1994 },
    { name: "IV", args: ["IV"], expected: 4 },
    { name: "IX", args: ["IX"], expected: 9 },
  ],
  hidden: [
    { name: "one symbol", args: ["I"], expected: 1 },
    { name: "largest symbol", args: ["M"], expected: 1000 },
    { name: "every subtractive pair", args: ["CMXCIX"], expected: 999 },
    { name: "XL", args: ["XL"], expected: 40 },
    { name: "CD", args: ["CD"], expected: 400 },
    { name: "MMMCMXCIX", args: ["MMMCMXCIX"], expected: 3999 },
    { name: "DCCCLXXXVIII", args: ["DCCCLXXXVIII"], expected: 888 },
    { name: "MMXXVI", args: ["MMXXVI"], expected: 2026 },
    { name: "XLIX", args: ["XLIX"], expected: 49 },
    { name: "over 4000", args: ["MMMMMCDXLIV"], expected: 5444 },
    numeral(1444),
    numeral(3494),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const romanToInteger: CodingTask = {
  id: "roman-to-integer",
  level: "junior",
  title: { en: "Roman to Integer", ru: "Римские цифры в число" },
  description: {
    en: `Given a Roman numeral \`s\`, return its value as an integer.

| Symbol | I | V | X | L | C | D | M |
|---|---|---|---|---|---|---|---|
| Value | 1 | 5 | 10 | 50 | 100 | 500 | 1000 |

Symbols are usually written from largest to smallest and added up: \`XII\` = 10 + 1 + 1 = 12. Six pairs use subtraction instead: \`IV\` = 4, \`IX\` = 9, \`XL\` = 40, \`XC\` = 90, \`CD\` = 400, \`CM\` = 900.

Values of 4000 and more are written with as many \`M\`s as needed: 5000 is \`MMMMM\`.

**Input:** \`s\`: a valid Roman numeral.
**Output:** an integer.

**Constraints:** \`1 <= len(s) <= 200 000\`.`,
    ru: `Дано римское число \`s\`. Верните его значение в виде целого числа.

| Символ | I | V | X | L | C | D | M |
|---|---|---|---|---|---|---|---|
| Значение | 1 | 5 | 10 | 50 | 100 | 500 | 1000 |

Обычно символы записываются от большего к меньшему и складываются: \`XII\` = 10 + 1 + 1 = 12. Шесть пар означают вычитание: \`IV\` = 4, \`IX\` = 9, \`XL\` = 40, \`XC\` = 90, \`CD\` = 400, \`CM\` = 900.

Значения от 4000 и больше записываются нужным количеством \`M\`: 5000 — это \`MMMMM\`.

**Вход:** \`s\` — корректное римское число.
**Выход:** целое число.

**Ограничения:** \`1 <= len(s) <= 200 000\`.`,
  },
  functionName: { python: "roman_to_int", javascript: "romanToInt" },
  initialCode: {
    python: `def roman_to_int(s: str) -> int:
    """Return the integer value of the Roman numeral s."""
    pass
`,
    javascript: `/**
 * Return the integer value of the Roman numeral s.
 * @param {string} s
 * @returns {number}
 */
function romanToInt(s) {
  return null;
}
`,
  },
  examples: [
    {
      input: 's = "III"',
      output: "3",
      explanation: { en: "Three ones: 1 + 1 + 1 = 3.", ru: "Три единицы: 1 + 1 + 1 = 3." },
    },
    {
      input: 's = "LVIII"',
      output: "58",
      explanation: { en: "L = 50, V = 5, III = 3, in total 58.", ru: "L = 50, V = 5, III = 3, всего 58." },
    },
    {
      input: 's = "MCMXCIV"',
      output: "1994",
      explanation: {
        en: "M = 1000, CM = 900, XC = 90, IV = 4: in each pair the smaller symbol is subtracted.",
        ru: "M = 1000, CM = 900, XC = 90, IV = 4: в каждой паре меньший символ вычитается.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        value = VALUES[ch]
        # A smaller symbol before a larger one is subtracted (IV, CM).
        if i + 1 < len(s) and value < VALUES[s[i + 1]]:
            total -= value
        else:
            total += value
    return total
`,
    javascript: `const VALUES = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanToInt(s) {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = VALUES[s[i]];
    // A smaller symbol before a larger one is subtracted (IV, CM).
    if (i + 1 < s.length && value < VALUES[s[i + 1]]) total -= value;
    else total += value;
  }
  return total;
}
`,
  },
  hints: {
    en: [
      "Most symbols simply add their value. When does one subtract instead?",
      "A symbol is subtracted exactly when the symbol right after it is larger.",
      "Walk left to right with a value table: add each symbol's value, unless the next symbol is larger, then subtract it.",
    ],
    ru: [
      "Большинство символов просто прибавляют своё значение. Когда же значение вычитается?",
      "Символ вычитается ровно тогда, когда следующий за ним символ больше.",
      "Идите слева направо с таблицей значений: прибавляйте значение символа, а если следующий символ больше — вычитайте.",
    ],
  },
  complexity: { time: "O(n)", space: "O(1)" },
  tags: ["string", "math", "hash-table"],
};
