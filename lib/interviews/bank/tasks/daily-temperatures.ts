import { lazily, randomInts, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** A stack of days still waiting for a warmer one, coldest on top. */
function dailyTemperatures(temps: number[]): number[] {
  const wait = new Array<number>(temps.length).fill(0);
  const waiting: number[] = [];
  temps.forEach((t, day) => {
    while (waiting.length && temps[waiting[waiting.length - 1]] < t) {
      const before = waiting.pop()!;
      wait[before] = day - before;
    }
    waiting.push(day);
  });
  return wait;
}
const days = (name: string, temps: number[]): TaskTest => ({ name, args: [temps], expected: dailyTemperatures(temps) });

/** `n` temperatures that never rise: from 100 down to 30 in plateaus. */
const neverWarmer = (n: number) => Array.from({ length: n }, (_, i) => 100 - Math.floor((i * 71) / n));

const performanceTests = lazily((): TaskTest[] => [
  days("40 000 random days", randomInts(seededRandom(7911), 40_000, 30, 100)),
  days("40 000 days that never get warmer", neverWarmer(40_000)),
  days("30 000 cooling days, then a hot one", [...neverWarmer(29_999).map((t) => t - 1), 100]),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "mixed week", args: [[73, 74, 75, 71, 69, 72, 76, 73]], expected: [1, 1, 4, 2, 1, 1, 0, 0] },
    { name: "rising", args: [[30, 40, 50, 60]], expected: [1, 1, 1, 0] },
    { name: "equal days", args: [[50, 50, 50]], expected: [0, 0, 0] },
    { name: "falling", args: [[90, 80, 70]], expected: [0, 0, 0] },
    { name: "dip and recovery", args: [[60, 30, 90]], expected: [2, 1, 0] },
  ],
  hidden: [
    { name: "empty list", args: [[]], expected: [] },
    { name: "one day", args: [[55]], expected: [0] },
    { name: "two days, warmer", args: [[10, 11]], expected: [1, 0] },
    { name: "two days, equal", args: [[10, 10]], expected: [0, 0] },
    { name: "negative temperatures", args: [[-5, -10, -3, -3, 0]], expected: [2, 1, 2, 1, 0] },
    { name: "warm day only at the end", args: [[5, 4, 3, 2, 1, 6]], expected: [5, 4, 3, 2, 1, 0] },
    { name: "plateau then warmer", args: [[20, 20, 20, 21]], expected: [3, 2, 1, 0] },
    { name: "extremes", args: [[-100, 100, -100, 100]], expected: [1, 0, 1, 0] },
    { name: "zigzag", args: [[1, 3, 2, 4, 3, 5]], expected: [1, 2, 1, 2, 1, 0] },
    { name: "valley", args: [[70, 60, 50, 60, 70, 80]], expected: [5, 3, 1, 1, 1, 0] },
    days("200 random days", randomInts(seededRandom(7901), 200, -20, 40)),
    days("1 000 days that never get warmer", neverWarmer(1000)),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const dailyTemperaturesTask: CodingTask = {
  id: "daily-temperatures",
  level: "middle",
  title: { en: "Daily temperatures", ru: "Дневные температуры" },
  description: {
    en: `Given the list \`temps\` of daily temperatures, return a list \`answer\` of the same length where \`answer[i]\` is the number of days after day \`i\` until a **strictly warmer** day. If no later day is warmer, \`answer[i]\` is \`0\`.

**Input:** a list \`temps\` of integers (it may be empty).

**Output:** a list of \`len(temps)\` non-negative integers.

**Constraints:** \`0 <= len(temps) <= 100 000\`, \`-100 <= temps[i] <= 100\`.`,
    ru: `Дан список \`temps\` дневных температур. Верните список \`answer\` той же длины, где \`answer[i]\` — через сколько дней после дня \`i\` наступит **строго более тёплый** день. Если более тёплого дня дальше нет, \`answer[i]\` равно \`0\`.

**Вход:** список целых чисел \`temps\` (может быть пустым).

**Выход:** список из \`len(temps)\` неотрицательных целых чисел.

**Ограничения:** \`0 <= len(temps) <= 100 000\`, \`-100 <= temps[i] <= 100\`.`,
  },
  functionName: { python: "daily_temperatures", javascript: "dailyTemperatures" },
  initialCode: {
    python: `def daily_temperatures(temps: list[int]) -> list[int]:
    """Return, for each day, how many days later a strictly warmer day comes (0 if never)."""
    pass
`,
    javascript: `/**
 * Return, for each day, how many days later a strictly warmer day comes (0 if never).
 * @param {number[]} temps
 * @return {number[]}
 */
function dailyTemperatures(temps) {
  return null;
}
`,
  },
  examples: [
    {
      input: "temps = [73, 74, 75, 71, 69, 72, 76, 73]",
      output: "[1, 1, 4, 2, 1, 1, 0, 0]",
      explanation: {
        en: "After 75 (day 2) the next warmer day is 76 on day 6, four days later; nothing after 76 or the last 73 is warmer.",
        ru: "После 75 (день 2) следующий более тёплый день — 76 в день 6, через четыре дня; после 76 и последнего 73 теплее не будет.",
      },
    },
    {
      input: "temps = [30, 40, 50, 60]",
      output: "[1, 1, 1, 0]",
      explanation: { en: "Each day is followed by a warmer one, except the last.", ru: "За каждым днём, кроме последнего, идёт более тёплый." },
    },
    {
      input: "temps = [50, 50, 50]",
      output: "[0, 0, 0]",
      explanation: { en: "An equal temperature is not warmer.", ru: "Такая же температура не считается более тёплой." },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def daily_temperatures(temps: list[int]) -> list[int]:
    """Return, for each day, how many days later a strictly warmer day comes (0 if never).

    Keep a stack of the days still waiting for a warmer one (their temperatures never rise
    from bottom to top); each day pops the colder days it answers. Every day is pushed and
    popped at most once: O(n) time, O(n) space.
    """
    answer = [0] * len(temps)
    waiting = []
    for day, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            before = waiting.pop()
            answer[before] = day - before
        waiting.append(day)
    return answer
`,
    javascript: `/**
 * Return, for each day, how many days later a strictly warmer day comes (0 if never).
 * Keep a stack of the days still waiting for a warmer one (their temperatures never rise
 * from bottom to top); each day pops the colder days it answers. Every day is pushed and
 * popped at most once: O(n) time, O(n) space.
 * @param {number[]} temps
 * @return {number[]}
 */
function dailyTemperatures(temps) {
  const answer = new Array(temps.length).fill(0);
  const waiting = [];
  for (let day = 0; day < temps.length; day++) {
    while (waiting.length > 0 && temps[waiting[waiting.length - 1]] < temps[day]) {
      const before = waiting.pop();
      answer[before] = day - before;
    }
    waiting.push(day);
  }
  return answer;
}
`,
  },
  hints: {
    en: [
      "For each day, scanning forward until a warmer day is O(n^2) when temperatures keep falling. Can one later day answer several earlier days at once?",
      "When a warm day arrives, it is the answer for every earlier day that is colder and still waiting. Keep those waiting days in a structure where the most recent is easiest to reach.",
      "Walk the days left to right with a stack of indices of unanswered days; while the current temperature is strictly higher than the temperature at the index on top, pop it and set its answer to the difference of the indices; then push the current index. Days left on the stack keep 0.",
    ],
    ru: [
      "Для каждого дня просматривать вперёд до более тёплого — это O(n^2), когда температура всё время падает. Может ли один более поздний день ответить сразу нескольким ранним?",
      "Когда приходит тёплый день, он — ответ для всех более ранних дней, которые холоднее и ещё ждут. Храните ждущие дни в структуре, где последний добавленный доступнее всего.",
      "Идите по дням слева направо со стеком индексов дней без ответа; пока текущая температура строго выше температуры дня на вершине стека, снимайте его и записывайте в ответ разность индексов; затем кладите текущий индекс. Дни, оставшиеся в стеке, сохраняют 0.",
    ],
  },
  complexity: { time: "O(n)", space: "O(n)" },
  tags: ["arrays", "stack", "monotonic stack"],
};
