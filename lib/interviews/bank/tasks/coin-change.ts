import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** Bottom-up: fewest[a] is the fewest coins that make the amount a. */
function coinChange(coins: number[], amount: number): number {
  const fewest = new Array<number>(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (const c of coins) for (let a = c; a <= amount; a++) fewest[a] = Math.min(fewest[a], fewest[a - c] + 1);
  return fewest[amount] === Infinity ? -1 : fewest[amount];
}
const change = (name: string, coins: number[], amount: number): TaskTest => ({
  name,
  args: [coins, amount],
  expected: coinChange(coins, amount),
});
/** `count` distinct coin values in [lo, hi]. */
function randomCoins(seed: number, count: number, lo: number, hi: number): number[] {
  const r = seededRandom(seed);
  const coins = new Set<number>();
  while (coins.size < count) coins.add(r.int(lo, hi));
  return [...coins];
}

const performanceTests = lazily((): TaskTest[] => [
  change("four coins, amount 9 999", [3, 7, 405, 436], 9999),
  change("even coins, odd amount 9 999", [2, 4, 6, 8, 10, 12], 9999),
  change("12 random coins, amount 10 000", randomCoins(7711, 12, 50, 900), 10_000),
  change("coin of 1 and large coins, amount 10 000", [1, 997, 991, 983], 10_000),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "classic", args: [[1, 2, 5], 11], expected: 3 },
    { name: "impossible", args: [[2], 3], expected: -1 },
    { name: "greedy is wrong", args: [[1, 3, 4], 6], expected: 2 },
    { name: "zero amount", args: [[1], 0], expected: 0 },
    { name: "exact single coin", args: [[1, 5, 10, 25], 25], expected: 1 },
  ],
  hidden: [
    { name: "zero amount, no coin fits", args: [[7], 0], expected: 0 },
    { name: "one coin of 1", args: [[1], 1], expected: 1 },
    { name: "coins larger than the amount", args: [[5, 10], 3], expected: -1 },
    { name: "unsorted coins", args: [[5, 1, 2], 11], expected: 3 },
    { name: "multiple of one coin", args: [[7], 49], expected: 7 },
    { name: "largest coin value", args: [[2_147_483_647], 2], expected: -1 },
    { name: "large coin and small coin", args: [[2_147_483_647, 3], 9], expected: 3 },
    { name: "odd amount, even coins", args: [[2, 4, 6], 13], expected: -1 },
    { name: "mixed denominations", args: [[2, 5, 10, 1], 27], expected: 4 },
    { name: "greedy overshoots", args: [[9, 6, 5, 1], 11], expected: 2 },
    change("needs many coins", [186, 419, 83, 408], 6249),
    change("only ones", [1], 500),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const coinChangeTask: CodingTask = {
  id: "coin-change",
  level: "middle",
  title: { en: "Coin change", ru: "Размен монет" },
  description: {
    en: `You have coins of the denominations in \`coins\`, as many of each as you like. Return the **fewest coins** that add up to exactly \`amount\`, or \`-1\` if no combination makes that amount.

An amount of \`0\` needs \`0\` coins. Taking the largest coin first does not always give the fewest coins: with coins \`[1, 3, 4]\` and amount \`6\` it gives \`4 + 1 + 1\`, but \`3 + 3\` is better.

**Input:** a list \`coins\` of distinct positive integers (in any order) and an integer \`amount\`.

**Output:** an integer, the fewest coins, or \`-1\`.

**Constraints:** \`1 <= len(coins) <= 12\`, \`1 <= coins[i] <= 2^31 - 1\`, \`0 <= amount <= 10 000\`.`,
    ru: `Есть монеты номиналов из списка \`coins\`, каждого номинала сколько угодно. Верните **наименьшее число монет**, дающих в сумме ровно \`amount\`, или \`-1\`, если такую сумму набрать нельзя.

Для суммы \`0\` нужно \`0\` монет. Брать сначала самую крупную монету не всегда выгоднее всего: при монетах \`[1, 3, 4]\` и сумме \`6\` так получится \`4 + 1 + 1\`, а \`3 + 3\` лучше.

**Вход:** список \`coins\` различных положительных целых чисел (в любом порядке) и целое число \`amount\`.

**Выход:** целое число — наименьшее число монет, или \`-1\`.

**Ограничения:** \`1 <= len(coins) <= 12\`, \`1 <= coins[i] <= 2^31 - 1\`, \`0 <= amount <= 10 000\`.`,
  },
  functionName: { python: "coin_change", javascript: "coinChange" },
  initialCode: {
    python: `def coin_change(coins: list[int], amount: int) -> int:
    """Return the fewest coins that add up to amount, or -1 if it cannot be made."""
    pass
`,
    javascript: `/**
 * Return the fewest coins that add up to amount, or -1 if it cannot be made.
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
function coinChange(coins, amount) {
  return null;
}
`,
  },
  examples: [
    {
      input: "coins = [1, 2, 5], amount = 11",
      output: "3",
      explanation: { en: "11 = 5 + 5 + 1; two coins cannot make 11.", ru: "11 = 5 + 5 + 1; двумя монетами 11 не набрать." },
    },
    {
      input: "coins = [2], amount = 3",
      output: "-1",
      explanation: { en: "Coins of 2 only make even amounts.", ru: "Монетами по 2 набираются только чётные суммы." },
    },
    {
      input: "coins = [1, 3, 4], amount = 6",
      output: "2",
      explanation: {
        en: "6 = 3 + 3; the greedy choice 4 + 1 + 1 uses three coins.",
        ru: "6 = 3 + 3; жадный выбор 4 + 1 + 1 даёт три монеты.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def coin_change(coins: list[int], amount: int) -> int:
    """Return the fewest coins that add up to amount, or -1 if it cannot be made.

    Dynamic programming over amounts: fewest[a] = min over coins c of fewest[a - c] + 1.
    O(amount * len(coins)) time, O(amount) space.
    """
    unreachable = amount + 1  # more coins than any answer can need
    fewest = [0] + [unreachable] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            if fewest[a - coin] + 1 < fewest[a]:
                fewest[a] = fewest[a - coin] + 1
    return fewest[amount] if fewest[amount] != unreachable else -1
`,
    javascript: `/**
 * Return the fewest coins that add up to amount, or -1 if it cannot be made.
 * Dynamic programming over amounts: fewest[a] = min over coins c of fewest[a - c] + 1.
 * O(amount * coins.length) time, O(amount) space.
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
function coinChange(coins, amount) {
  const fewest = new Array(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (const coin of coins) {
    for (let a = coin; a <= amount; a++) {
      if (fewest[a - coin] + 1 < fewest[a]) fewest[a] = fewest[a - coin] + 1;
    }
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount];
}
`,
  },
  hints: {
    en: [
      "Always taking the largest coin can fail (coins 1, 3, 4 and amount 6). Trying every combination recursively is correct but repeats the same sub-amounts again and again.",
      "If you knew the fewest coins for every smaller amount, the answer for amount a would follow from the last coin you add: a - c for some coin c.",
      "Fill a table fewest[0..amount] with \"unreachable\" and fewest[0] = 0; for every amount a and coin c ≤ a set fewest[a] = min(fewest[a], fewest[a - c] + 1). The answer is fewest[amount], or -1 if it stayed unreachable. That is O(amount · number of coins).",
    ],
    ru: [
      "Всегда брать самую крупную монету — ошибка (монеты 1, 3, 4 и сумма 6). Рекурсивный перебор всех комбинаций верен, но снова и снова пересчитывает одни и те же меньшие суммы.",
      "Если бы вы знали наименьшее число монет для каждой меньшей суммы, ответ для суммы a следовал бы из последней добавленной монеты: a - c для некоторой монеты c.",
      "Заполните таблицу fewest[0..amount] значением «недостижимо», fewest[0] = 0; для каждой суммы a и монеты c ≤ a положите fewest[a] = min(fewest[a], fewest[a - c] + 1). Ответ — fewest[amount] или -1, если сумма осталась недостижимой. Это O(amount · число монет).",
    ],
  },
  complexity: { time: "O(amount · k), k = number of coins", space: "O(amount)" },
  tags: ["dynamic programming"],
};
