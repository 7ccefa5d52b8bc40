import { lazily, randomInts, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

/** Row i of the result is column i of the input read bottom to top. */
const rotate = (m: number[][]): number[][] => m.map((_, i) => m.map((_, j) => m[m.length - 1 - j][i]));

const square = (n: number, seed: number, lo: number, hi: number): number[][] => {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => randomInts(r, n, lo, hi));
};
const rotated = (name: string, matrix: number[][]): TaskTest => ({ name, args: [matrix], expected: rotate(matrix) });

const performanceTests = lazily((): TaskTest[] => [
  rotated("250 × 250", square(250, 7511, -999, 999)),
  rotated("150 × 150", square(150, 7512, -999, 999)),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "2 × 2", args: [[[1, 2], [3, 4]]], expected: [[3, 1], [4, 2]] },
    { name: "3 × 3", args: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], expected: [[7, 4, 1], [8, 5, 2], [9, 6, 3]] },
    { name: "1 × 1", args: [[[42]]], expected: [[42]] },
    {
      name: "4 × 4",
      args: [[[5, 1, 9, 11], [2, 4, 8, 10], [13, 3, 6, 7], [15, 14, 12, 16]]],
      expected: [[15, 13, 2, 5], [14, 3, 4, 1], [12, 6, 8, 9], [16, 7, 10, 11]],
    },
    { name: "negative numbers", args: [[[-1, -2], [-3, -4]]], expected: [[-3, -1], [-4, -2]] },
  ],
  hidden: [
    { name: "empty matrix", args: [[]], expected: [] },
    { name: "1 × 1 zero", args: [[[0]]], expected: [[0]] },
    { name: "all equal", args: [[[7, 7], [7, 7]]], expected: [[7, 7], [7, 7]] },
    { name: "duplicates", args: [[[1, 1, 2], [2, 3, 3], [1, 2, 3]]], expected: [[1, 2, 1], [2, 3, 1], [3, 3, 2]] },
    {
      name: "large values",
      args: [[[1_000_000_000, -1_000_000_000], [0, 999_999_999]]],
      expected: [[0, 1_000_000_000], [999_999_999, -1_000_000_000]],
    },
    { name: "identity", args: [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]], expected: [[0, 0, 1], [0, 1, 0], [1, 0, 0]] },
    { name: "one nonzero corner", args: [[[0, 0, 0], [0, 0, 0], [9, 0, 0]]], expected: [[9, 0, 0], [0, 0, 0], [0, 0, 0]] },
    rotated("5 × 5", square(5, 7501, -9, 9)),
    rotated("6 × 6", square(6, 7502, -100, 100)),
    rotated("7 × 7", square(7, 7503, 0, 1)),
    rotated("20 × 20", square(20, 7504, -1000, 1000)),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const rotateMatrixTask: CodingTask = {
  id: "rotate-matrix",
  level: "middle",
  title: { en: "Rotate a matrix", ru: "Поворот матрицы" },
  description: {
    en: `Given a square matrix \`matrix\` of size \`n × n\` (a list of \`n\` rows, each a list of \`n\` integers), rotate it **90 degrees clockwise** and return the rotated matrix.

After the rotation the first row is the first column read from bottom to top, the last row is the last column read from bottom to top. You may rotate the given matrix in place and return it, or build a new one.

**Input:** a square matrix \`matrix\`; \`n = 0\` is the empty list \`[]\`.

**Output:** the rotated \`n × n\` matrix.

**Constraints:** \`0 <= n <= 300\`, \`-10^9 <= matrix[i][j] <= 10^9\`.

For extra credit: do it in place with \`O(1)\` extra memory.`,
    ru: `Дана квадратная матрица \`matrix\` размера \`n × n\` (список из \`n\` строк, каждая — список из \`n\` целых чисел). Поверните её **на 90 градусов по часовой стрелке** и верните повёрнутую матрицу.

После поворота первая строка — это первый столбец, прочитанный снизу вверх, последняя строка — последний столбец, прочитанный снизу вверх. Можно повернуть данную матрицу на месте и вернуть её, а можно построить новую.

**Вход:** квадратная матрица \`matrix\`; при \`n = 0\` это пустой список \`[]\`.

**Выход:** повёрнутая матрица \`n × n\`.

**Ограничения:** \`0 <= n <= 300\`, \`-10^9 <= matrix[i][j] <= 10^9\`.

Дополнительно: сделайте это на месте с \`O(1)\` дополнительной памяти.`,
  },
  functionName: { python: "rotate_matrix", javascript: "rotateMatrix" },
  initialCode: {
    python: `def rotate_matrix(matrix: list[list[int]]) -> list[list[int]]:
    """Return the square matrix rotated 90 degrees clockwise."""
    pass
`,
    javascript: `/**
 * Return the square matrix rotated 90 degrees clockwise.
 * @param {number[][]} matrix
 * @return {number[][]}
 */
function rotateMatrix(matrix) {
  return null;
}
`,
  },
  examples: [
    {
      input: "matrix = [[1, 2], [3, 4]]",
      output: "[[3, 1], [4, 2]]",
      explanation: {
        en: "The first column read bottom to top (3, 1) becomes the first row.",
        ru: "Первый столбец, прочитанный снизу вверх (3, 1), становится первой строкой.",
      },
    },
    {
      input: "matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]",
      output: "[[7, 4, 1], [8, 5, 2], [9, 6, 3]]",
      explanation: {
        en: "The corners move 1 → 3 → 9 → 7 → 1; the centre 5 stays where it is.",
        ru: "Углы сдвигаются по кругу 1 → 3 → 9 → 7 → 1; центр 5 остаётся на месте.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `def rotate_matrix(matrix: list[list[int]]) -> list[list[int]]:
    """Return the square matrix rotated 90 degrees clockwise.

    In place: transpose (swap across the main diagonal), then reverse every row.
    O(n^2) time, O(1) extra space.
    """
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
    return matrix
`,
    javascript: `/**
 * Return the square matrix rotated 90 degrees clockwise.
 * In place: transpose (swap across the main diagonal), then reverse every row.
 * O(n^2) time, O(1) extra space.
 * @param {number[][]} matrix
 * @return {number[][]}
 */
function rotateMatrix(matrix) {
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      [matrix[i][j], matrix[j][i]] = [matrix[j][i], matrix[i][j]];
    }
  }
  for (const row of matrix) row.reverse();
  return matrix;
}
`,
  },
  hints: {
    en: [
      "Follow one element: where does the element at row i, column j end up after a clockwise turn?",
      "The element at (i, j) moves to (j, n - 1 - i). You can fill a new matrix with that rule, or get the same result from two simpler in-place steps.",
      "Transpose the matrix (swap matrix[i][j] with matrix[j][i] for every j > i), then reverse each row; both steps touch every cell once and need no second matrix.",
    ],
    ru: [
      "Проследите за одним элементом: куда попадёт элемент из строки i и столбца j после поворота по часовой стрелке?",
      "Элемент (i, j) переходит в (j, n - 1 - i). Можно заполнить новую матрицу по этому правилу, а можно получить то же двумя более простыми шагами на месте.",
      "Транспонируйте матрицу (поменяйте matrix[i][j] и matrix[j][i] для всех j > i), затем разверните каждую строку; оба шага проходят каждую клетку один раз и не требуют второй матрицы.",
    ],
  },
  complexity: { time: "O(n^2)", space: "O(1)" },
  tags: ["arrays", "matrix"],
};
