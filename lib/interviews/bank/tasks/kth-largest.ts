import { lazily, randomInts, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

const kthLargest = (nums: number[], k: number) => [...nums].sort((a, b) => b - a)[k - 1];
const kth = (name: string, nums: number[], k: number): TaskTest => ({ name, args: [nums, k], expected: kthLargest(nums, k) });

const performanceTests = lazily((): TaskTest[] => [
  kth("60 000 random values, k = 1 000", randomInts(seededRandom(8111), 60_000, -99_999, 99_999), 1000),
  kth("50 000 values with many duplicates, k = 2 000", randomInts(seededRandom(8112), 50_000, 0, 9), 2000),
  kth("40 000 sorted values, k = 500", Array.from({ length: 40_000 }, (_, i) => i), 500),
  kth("30 000 random values, k = 10", randomInts(seededRandom(8113), 30_000, -9_999, 9_999), 10),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "second largest", args: [[3, 2, 1, 5, 6, 4], 2], expected: 5 },
    { name: "duplicates count", args: [[3, 2, 3, 1, 2, 4, 5, 5, 6], 4], expected: 4 },
    { name: "largest", args: [[7, 10, 4, 3, 20, 15], 1], expected: 20 },
    { name: "smallest", args: [[7, 10, 4, 3, 20, 15], 6], expected: 3 },
    { name: "negative numbers", args: [[-1, -5, -3, -2], 2], expected: -2 },
  ],
  hidden: [
    { name: "one element", args: [[42], 1], expected: 42 },
    { name: "all equal", args: [[8, 8, 8, 8], 3], expected: 8 },
    { name: "two elements, k = 2", args: [[1, 2], 2], expected: 1 },
    { name: "sorted ascending", args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3], expected: 8 },
    { name: "sorted descending", args: [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 7], expected: 4 },
    { name: "duplicates of the maximum", args: [[9, 9, 9, 1], 3], expected: 9 },
    { name: "zeros and negatives", args: [[0, -1, 0, -2, 0], 4], expected: -1 },
    { name: "large values", args: [[1_000_000_000_000, -1_000_000_000_000, 999_999_999_999], 2], expected: 999_999_999_999 },
    { name: "k in the middle", args: [[5, 1, 4, 2, 3], 3], expected: 3 },
    kth("1 000 random values, k = 10", randomInts(seededRandom(8101), 1000, -1000, 1000), 10),
    kth("1 000 random values, k = 900", randomInts(seededRandom(8102), 1000, -50, 50), 900),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const kthLargestTask: CodingTask = {
  id: "kth-largest",
  level: "middle",
  title: { en: "Kth largest element", ru: "K-й по величине элемент" },
  description: {
    en: `Given a list of integers \`nums\` and an integer \`k\`, return the **k-th largest** element: the element that would stand at position \`k\` (counting from 1) if the list were sorted from largest to smallest.

Duplicates count separately: in \`[5, 5, 4]\` the first and second largest are both \`5\` and the third is \`4\`.

Sorting the whole list works, but try to do better than \`O(n log n)\` when \`k\` is much smaller than \`n\`.

**Input:** a non-empty list \`nums\` of integers and an integer \`k\` with \`1 <= k <= len(nums)\`.

**Output:** an integer.

**Constraints:** \`1 <= len(nums) <= 100 000\`, \`-10^12 <= nums[i] <= 10^12\`.`,
    ru: `Даны список целых чисел \`nums\` и целое число \`k\`. Верните **k-й по величине** элемент — тот, что стоял бы на позиции \`k\` (считая с 1), если отсортировать список от большего к меньшему.

Повторы считаются по отдельности: в \`[5, 5, 4]\` первый и второй по величине — оба \`5\`, а третий — \`4\`.

Сортировка всего списка сработает, но попробуйте быстрее, чем \`O(n log n)\`, когда \`k\` намного меньше \`n\`.

**Вход:** непустой список целых чисел \`nums\` и целое \`k\`, \`1 <= k <= len(nums)\`.

**Выход:** целое число.

**Ограничения:** \`1 <= len(nums) <= 100 000\`, \`-10^12 <= nums[i] <= 10^12\`.`,
  },
  functionName: { python: "find_kth_largest", javascript: "findKthLargest" },
  initialCode: {
    python: `def find_kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest element of nums (k = 1 is the maximum; duplicates count)."""
    pass
`,
    javascript: `/**
 * Return the k-th largest element of nums (k = 1 is the maximum; duplicates count).
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
function findKthLargest(nums, k) {
  return null;
}
`,
  },
  examples: [
    {
      input: "nums = [3, 2, 1, 5, 6, 4], k = 2",
      output: "5",
      explanation: { en: "Sorted from largest: 6, 5, 4, 3, 2, 1; the second is 5.", ru: "По убыванию: 6, 5, 4, 3, 2, 1; второй — 5." },
    },
    {
      input: "nums = [3, 2, 3, 1, 2, 4, 5, 5, 6], k = 4",
      output: "4",
      explanation: {
        en: "Sorted from largest: 6, 5, 5, 4, …; both fives count, so the fourth is 4.",
        ru: "По убыванию: 6, 5, 5, 4, …; обе пятёрки считаются, поэтому четвёртый — 4.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    """Return the k-th largest element of nums (k = 1 is the maximum; duplicates count).

    heapq.nlargest keeps a min-heap of the k largest values seen so far; the smallest of them
    is the answer. O(n log k) time, O(k) space.
    """
    return heapq.nlargest(k, nums)[-1]
`,
    javascript: `/**
 * Return the k-th largest element of nums (k = 1 is the maximum; duplicates count).
 * A min-heap holds the k largest values seen so far; its root, the smallest of them, is the
 * answer. O(n log k) time, O(k) space.
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
function findKthLargest(nums, k) {
  const heap = [];
  const swap = (i, j) => {
    [heap[i], heap[j]] = [heap[j], heap[i]];
  };
  const siftUp = (i) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) return;
      swap(parent, i);
      i = parent;
    }
  };
  const siftDown = (i) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left] < heap[smallest]) smallest = left;
      if (right < heap.length && heap[right] < heap[smallest]) smallest = right;
      if (smallest === i) return;
      swap(smallest, i);
      i = smallest;
    }
  };
  for (const x of nums) {
    if (heap.length < k) {
      heap.push(x);
      siftUp(heap.length - 1);
    } else if (x > heap[0]) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap[0];
}
`,
  },
  hints: {
    en: [
      "You do not need the whole list in order, only the value at one position. Which values can you forget as you read the list?",
      "Keep only the k largest values seen so far. To decide whether a new value belongs among them, you need quick access to the smallest of them.",
      "Use a min-heap of size at most k: push each value, and when the heap grows past k remove its minimum (or replace the root when the new value is larger). After the last value the root is the k-th largest. That is O(n log k); quickselect (partition around a pivot, recurse into one side) gives O(n) on average.",
    ],
    ru: [
      "Весь список упорядочивать не нужно — нужно только значение на одной позиции. Какие значения можно забывать, читая список?",
      "Храните только k наибольших из уже просмотренных значений. Чтобы решить, попадает ли новое значение в их число, нужен быстрый доступ к наименьшему из них.",
      "Используйте min-кучу размером не больше k: добавляйте каждое значение, а когда размер превысит k, удаляйте минимум (или заменяйте корень, если новое значение больше). После последнего значения корень и есть k-й по величине. Это O(n log k); quickselect (разбиение вокруг опорного элемента и спуск в одну сторону) даёт O(n) в среднем.",
    ],
  },
  complexity: { time: "O(n log k)", space: "O(k)" },
  tags: ["arrays", "heap", "selection"],
};
