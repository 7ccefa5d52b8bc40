import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

type Interval = [number, number];

/**
 * The generated tests' expected values, by another method than the references' (sort the
 * intervals, then sweep), so the two check each other: starts and ends sorted apart; a merged
 * interval ends where the next start is past the ends seen so far.
 */
function mergeOf(intervals: Interval[]): Interval[] {
  const byNumber = (a: number, b: number) => a - b;
  const starts = intervals.map(([start]) => start).sort(byNumber);
  const ends = intervals.map(([, end]) => end).sort(byNumber);
  const merged: Interval[] = [];
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    if (i === starts.length - 1 || starts[i + 1] > ends[i]) {
      merged.push([starts[from], ends[i]]);
      from = i + 1;
    }
  }
  return merged;
}

/** `n` intervals of length 0..maxLength with starts in [0, span), in random order. */
function generated(seed: number, n: number, span: number, maxLength: number, name: string) {
  const random = seededRandom(seed);
  const intervals: Interval[] = Array.from({ length: n }, () => {
    const start = random.int(0, span - 1);
    return [start, start + random.int(0, maxLength)];
  });
  return { name, args: [intervals], expected: mergeOf(intervals) };
}

const performanceTests = lazily((): TaskTest[] => [
  generated(62, 20_000, 500_000, 20, "20 000 mostly separate intervals"),
  generated(63, 15_000, 200_000, 200, "15 000 intervals merging into large blocks"),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "one overlap", args: [[[1, 3], [2, 6], [8, 10], [15, 18]]], expected: [[1, 6], [8, 10], [15, 18]] },
    { name: "touching", args: [[[1, 4], [4, 5]]], expected: [[1, 5]] },
    { name: "unsorted input", args: [[[4, 7], [1, 4]]], expected: [[1, 7]] },
    { name: "no overlaps", args: [[[1, 2], [3, 4], [5, 6]]], expected: [[1, 2], [3, 4], [5, 6]] },
    { name: "one interval", args: [[[1, 1]]], expected: [[1, 1]] },
  ],
  hidden: [
    { name: "empty list", args: [[]], expected: [] },
    { name: "one contains another", args: [[[1, 10], [2, 3]]], expected: [[1, 10]] },
    { name: "contained one comes first", args: [[[2, 3], [1, 10], [4, 5]]], expected: [[1, 10]] },
    { name: "duplicates", args: [[[1, 3], [1, 3], [1, 3]]], expected: [[1, 3]] },
    { name: "points", args: [[[5, 5], [5, 5], [6, 6]]], expected: [[5, 5], [6, 6]] },
    { name: "negative coordinates", args: [[[-5, -1], [-3, 2], [4, 6]]], expected: [[-5, 2], [4, 6]] },
    { name: "chain merges into one", args: [[[5, 6], [1, 2], [4, 5], [2, 4]]], expected: [[1, 6]] },
    { name: "same start, different ends", args: [[[1, 4], [1, 2], [1, 7]]], expected: [[1, 7]] },
    { name: "reverse order, disjoint", args: [[[9, 10], [6, 7], [3, 4], [0, 1]]], expected: [[0, 1], [3, 4], [6, 7], [9, 10]] },
    {
      name: "large coordinates",
      args: [[[-1_000_000_000, 0], [0, 1_000_000_000], [999_999_999, 1_000_000_000]]],
      expected: [[-1_000_000_000, 1_000_000_000]],
    },
    { name: "gap of one", args: [[[1, 2], [3, 4]]], expected: [[1, 2], [3, 4]] },
    generated(61, 100, 1000, 30, "100 random intervals"),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const mergeIntervals: CodingTask = {
  id: "merge-intervals",
  level: "middle",
  title: { en: "Merge Intervals", ru: "Слияние интервалов" },
  description: {
    en: `Given a list of closed intervals \`intervals\`, where \`intervals[i] = [start_i, end_i]\`, merge every group of overlapping intervals and return the result.

Intervals that only touch overlap too: \`[1, 4]\` and \`[4, 5]\` merge into \`[1, 5]\`. The input may come in any order.

**Input:** \`intervals\`: a list of pairs \`[start, end]\` with \`start <= end\`.
**Output:** the merged intervals, **sorted by start**, none of them overlapping.

**Constraints:**
- \`0 <= len(intervals) <= 50 000\`
- \`-10^9 <= start <= end <= 10^9\``,
    ru: `Дан список интервалов \`intervals\`, где \`intervals[i] = [start_i, end_i]\` (концы включены). Объедините каждую группу пересекающихся интервалов и верните результат.

Касающиеся интервалы тоже пересекаются: \`[1, 4]\` и \`[4, 5]\` сливаются в \`[1, 5]\`. Интервалы на входе могут идти в любом порядке.

**Вход:** \`intervals\` — список пар \`[start, end]\`, где \`start <= end\`.
**Выход:** объединённые интервалы, **отсортированные по началу**, без пересечений.

**Ограничения:**
- \`0 <= len(intervals) <= 50 000\`
- \`-10^9 <= start <= end <= 10^9\``,
  },
  functionName: { python: "merge", javascript: "merge" },
  initialCode: {
    python: `def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Merge overlapping intervals; return them sorted by start."""
    pass
`,
    javascript: `/**
 * Merge overlapping intervals; return them sorted by start.
 * @param {number[][]} intervals
 * @returns {number[][]}
 */
function merge(intervals) {
  return null;
}
`,
  },
  examples: [
    {
      input: "intervals = [[1, 3], [2, 6], [8, 10], [15, 18]]",
      output: "[[1, 6], [8, 10], [15, 18]]",
      explanation: { en: "[1, 3] and [2, 6] overlap, so they become [1, 6].", ru: "[1, 3] и [2, 6] пересекаются и становятся [1, 6]." },
    },
    {
      input: "intervals = [[1, 4], [4, 5]]",
      output: "[[1, 5]]",
      explanation: { en: "Touching intervals are merged.", ru: "Касающиеся интервалы сливаются." },
    },
    {
      input: "intervals = [[4, 7], [1, 4]]",
      output: "[[1, 7]]",
      explanation: {
        en: "The input is not sorted; the output is.",
        ru: "Вход не отсортирован, а выход — отсортирован.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
`,
    javascript: `function merge(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
`,
  },
  hints: {
    en: [
      "Overlaps are hard to see in random order. What order would make them easy to spot?",
      "Once the intervals are sorted by start, an interval can only overlap the group built just before it.",
      "Sort by start, then sweep: if the next start is at most the current group's end, extend the end to the larger one; otherwise start a new group.",
    ],
    ru: [
      "В случайном порядке пересечения трудно заметить. В каком порядке их увидеть легко?",
      "Если интервалы отсортированы по началу, очередной интервал может пересечься только с группой, собранной прямо перед ним.",
      "Отсортируйте по началу и пройдите один раз: если начало следующего не больше конца текущей группы, продлите конец до большего; иначе начните новую группу.",
    ],
  },
  complexity: { time: "O(n log n)", space: "O(n)" },
  tags: ["array", "sorting", "intervals"],
};
