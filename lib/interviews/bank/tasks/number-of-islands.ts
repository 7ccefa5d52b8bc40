import { lazily, seededRandom } from "../generate";
import type { CodingTask, TaskTest } from "../types";

type Grid = string[][];

/** Counts islands with an explicit stack (no recursion, so big islands are fine). */
function numIslands(grid: Grid): number {
  const seen = grid.map((row) => row.map((cell) => cell !== "1"));
  let islands = 0;
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (seen[r][c]) continue;
      islands++;
      seen[r][c] = true;
      const stack = [[r, c]];
      while (stack.length) {
        const [i, j] = stack.pop()!;
        for (const [y, x] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]]) {
          if (y >= 0 && y < grid.length && x >= 0 && x < grid[y].length && !seen[y][x]) {
            seen[y][x] = true;
            stack.push([y, x]);
          }
        }
      }
    }
  }
  return islands;
}

/** A `rows × cols` grid where each cell is land with probability `land`. */
function randomGrid(seed: number, rows: number, cols: number, land: number): Grid {
  const r = seededRandom(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (r.next() < land ? "1" : "0")));
}
const islands = (name: string, grid: Grid): TaskTest => ({ name, args: [grid], expected: numIslands(grid) });
/** Rows of text ("11000") as a grid of one-character strings. */
const grid = (...rows: string[]): Grid => rows.map((row) => [...row]);

const performanceTests = lazily((): TaskTest[] => [
  islands("200 × 200, 45% land", randomGrid(7811, 200, 200, 0.45)),
  islands("150 × 150, one island with a few lakes", randomGrid(7812, 150, 150, 0.99)),
  islands("150 × 150, 55% land", randomGrid(7813, 150, 150, 0.55)),
]);

const tests = lazily((): CodingTask["tests"] => ({
  visible: [
    { name: "two islands", args: [grid("1100", "1001", "0011")], expected: 2 },
    { name: "diagonal cells", args: [grid("10", "01")], expected: 2 },
    { name: "one big island", args: [grid("11110", "11010", "11000", "00000")], expected: 1 },
    { name: "three islands", args: [grid("11000", "11000", "00100", "00011")], expected: 3 },
    { name: "only water", args: [grid("000", "000")], expected: 0 },
  ],
  hidden: [
    { name: "empty grid", args: [[]], expected: 0 },
    { name: "one land cell", args: [grid("1")], expected: 1 },
    { name: "one water cell", args: [grid("0")], expected: 0 },
    { name: "one row", args: [grid("1011011")], expected: 3 },
    { name: "one column", args: [grid("1", "1", "0", "1")], expected: 2 },
    { name: "all land", args: [grid("111", "111", "111")], expected: 1 },
    { name: "checkerboard", args: [grid("10101", "01010", "10101")], expected: 8 },
    { name: "ring around a lake", args: [grid("11111", "10001", "10101", "10001", "11111")], expected: 2 },
    { name: "U shape joins at the bottom", args: [grid("101", "101", "111")], expected: 1 },
    { name: "snake", args: [grid("11111", "00001", "11111", "10000", "11111")], expected: 1 },
    islands("30 × 30 random", randomGrid(7801, 30, 30, 0.5)),
    islands("50 × 40 sparse", randomGrid(7802, 50, 40, 0.3)),
  ],
  get performance() {
    return performanceTests();
  },
}));

export const numberOfIslandsTask: CodingTask = {
  id: "number-of-islands",
  level: "middle",
  title: { en: "Number of islands", ru: "Количество островов" },
  description: {
    en: `A map is given as a grid \`grid\` of \`"1"\` (land) and \`"0"\` (water) strings. Return the number of **islands**.

An island is a group of land cells connected **horizontally or vertically** (not diagonally). Everything outside the grid is water.

**Input:** a list of rows, each a list of one-character strings \`"1"\` or \`"0"\`; all rows have the same length. The grid may be empty (\`[]\`).

**Output:** an integer, the number of islands.

**Constraints:** \`0 <= rows, columns <= 300\`. One island can cover the whole grid (90 000 cells), so make sure your search does not depend on deep recursion.`,
    ru: `Карта задана сеткой \`grid\` из строк \`"1"\` (суша) и \`"0"\` (вода). Верните количество **островов**.

Остров — группа клеток суши, соединённых **по горизонтали или вертикали** (не по диагонали). Всё за пределами сетки — вода.

**Вход:** список строк сетки, каждая — список односимвольных строк \`"1"\` или \`"0"\`; все строки одной длины. Сетка может быть пустой (\`[]\`).

**Выход:** целое число — количество островов.

**Ограничения:** \`0 <= строк, столбцов <= 300\`. Один остров может занимать всю сетку (90 000 клеток), так что поиск не должен зависеть от глубокой рекурсии.`,
  },
  functionName: { python: "num_islands", javascript: "numIslands" },
  initialCode: {
    python: `def num_islands(grid: list[list[str]]) -> int:
    """Return how many islands of "1" cells, connected up/down/left/right, the grid has."""
    pass
`,
    javascript: `/**
 * Return how many islands of "1" cells, connected up/down/left/right, the grid has.
 * @param {string[][]} grid
 * @return {number}
 */
function numIslands(grid) {
  return null;
}
`,
  },
  examples: [
    {
      input: 'grid = [["1","1","0","0"], ["1","0","0","1"], ["0","0","1","1"]]',
      output: "2",
      explanation: {
        en: "The three cells in the top left form one island; the three in the bottom right form another.",
        ru: "Три клетки слева вверху образуют один остров, три справа внизу — другой.",
      },
    },
    {
      input: 'grid = [["1","0"], ["0","1"]]',
      output: "2",
      explanation: {
        en: "Diagonal neighbours are not connected, so these are two islands.",
        ru: "Соседи по диагонали не соединены, поэтому это два острова.",
      },
    },
  ],
  get tests() {
    return tests();
  },
  reference: {
    python: `from collections import deque


def num_islands(grid: list[list[str]]) -> int:
    """Return how many islands of "1" cells, connected up/down/left/right, the grid has.

    Scan the cells; each unvisited land cell starts a new island, and a breadth-first search
    from it marks the whole island. O(rows * cols) time and space.
    """
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            queue = deque([(r, c)])
            while queue:
                i, j = queue.popleft()
                for y, x in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= y < rows and 0 <= x < cols and grid[y][x] == "1" and not seen[y][x]:
                        seen[y][x] = True
                        queue.append((y, x))
    return islands
`,
    javascript: `/**
 * Return how many islands of "1" cells, connected up/down/left/right, the grid has.
 * Scan the cells; each unvisited land cell starts a new island, and a search with an explicit
 * stack from it marks the whole island. O(rows * cols) time and space.
 * @param {string[][]} grid
 * @return {number}
 */
function numIslands(grid) {
  const rows = grid.length;
  const cols = rows ? grid[0].length : 0;
  const seen = Array.from({ length: rows }, () => new Array(cols).fill(false));
  // Land cells found but not yet explored, as row, column pairs in one flat array.
  const stack = [];
  const visit = (y, x) => {
    if (y >= 0 && y < rows && x >= 0 && x < cols && grid[y][x] === "1" && !seen[y][x]) {
      seen[y][x] = true;
      stack.push(y, x);
    }
  };
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== "1" || seen[r][c]) continue;
      islands++;
      visit(r, c);
      while (stack.length > 0) {
        const j = stack.pop();
        const i = stack.pop();
        visit(i + 1, j);
        visit(i - 1, j);
        visit(i, j + 1);
        visit(i, j - 1);
      }
    }
  }
  return islands;
}
`,
  },
  hints: {
    en: [
      "Think of the land cells as the nodes of a graph with edges between up/down/left/right neighbours. What is an island in that graph?",
      "Scan the grid; whenever you meet land you have not visited yet, you have found a new island: count it, then visit every land cell reachable from it so it is not counted again.",
      "Keep a visited marker per cell; from each new land cell run a breadth-first or depth-first search with an explicit queue or stack (not recursion, which overflows on a 300 × 300 island), pushing unvisited land neighbours that are inside the grid. The count of searches started is the answer.",
    ],
    ru: [
      "Представьте клетки суши вершинами графа с рёбрами между соседями сверху, снизу, слева и справа. Чем в этом графе будет остров?",
      "Просматривайте сетку; каждый раз, встретив ещё не посещённую сушу, вы нашли новый остров: посчитайте его и посетите все клетки суши, достижимые из неё, чтобы не посчитать их снова.",
      "Храните отметку «посещена» для каждой клетки; из каждой новой клетки суши запускайте обход в ширину или в глубину с явной очередью или стеком (не рекурсией — она переполнится на острове 300 × 300), добавляя непосещённых соседей-сушу в пределах сетки. Число запущенных обходов и есть ответ.",
    ],
  },
  complexity: { time: "O(rows · cols)", space: "O(rows · cols)" },
  tags: ["graphs", "matrix", "breadth-first search", "depth-first search"],
};
