import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { TASKS, bankTask, tasksOfLevel } from "./index";
import type { CodingTask, TaskLanguage, TaskTest } from "./types";

// The bank's shape, for every task of both halves. Whether the references actually pass their
// tests is tests/unit/task-bank-references.test.ts (through the sandbox).

const LANGUAGES: TaskLanguage[] = ["python", "javascript"];
const CYRILLIC = /[а-яё]/i;
const COMPARATORS = ["exact", "unordered", "unordered-nested", "float"];

/** Every English/Russian pair of a task, with where it is, for readable failures. */
function texts(task: CodingTask): Array<{ where: string; en: string; ru: string }> {
  return [
    { where: "title", ...task.title },
    { where: "description", ...task.description },
    ...task.examples.map((e, i) => ({ where: `example ${i + 1}`, ...e.explanation })),
    ...task.hints.en.map((en, i) => ({ where: `hint ${i + 1}`, en, ru: task.hints.ru[i] ?? "" })),
  ];
}

function allTests(task: CodingTask): Array<TaskTest & { kind: string }> {
  return (["visible", "hidden", "performance"] as const).flatMap((kind) => task.tests[kind].map((t) => ({ ...t, kind })));
}

/** The function's definition at the start of a line: `def two_sum(` or `function twoSum(`. */
function definesFunction(language: TaskLanguage, code: string, name: string): boolean {
  const pattern = language === "python" ? `^def ${name}\\(` : `^(async )?function ${name}\\(`;
  return new RegExp(pattern, "m").test(code);
}

/** The code without docstrings and comments (good enough for starting code, which has no strings). */
const withoutComments = (code: string) =>
  code.replace(/"""[\s\S]*?"""|\/\*[\s\S]*?\*\/|\/\/.*$|#.*$/gm, "").replace(/^\s+$/gm, "");

const squeeze = (code: string) => code.replace(/\s+/g, "");

describe("task bank", () => {
  it("has at least 24 tasks, junior and middle both represented", () => {
    expect(TASKS.length).toBeGreaterThanOrEqual(24);
    expect(tasksOfLevel("junior").length).toBeGreaterThan(0);
    expect(tasksOfLevel("middle").length).toBeGreaterThan(0);
    expect(tasksOfLevel("junior").length + tasksOfLevel("middle").length).toBe(TASKS.length);
  });

  it("has unique slug ids, each found by bankTask", () => {
    const ids = TASKS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(bankTask(id)?.id).toBe(id);
    }
    expect(bankTask("no-such-task")).toBeUndefined();
  });
});

describe.each(TASKS.map((task) => [task.id, task] as const))("task %s", (_id, task) => {
  it("has every text in English and in Russian (Cyrillic, not a copy of the English)", () => {
    for (const { where, en, ru } of texts(task)) {
      expect(en.trim(), `${where} (en)`).not.toBe("");
      expect(ru, `${where} (ru)`).toMatch(CYRILLIC);
    }
    expect(task.description.ru).not.toBe(task.description.en);
    expect(task.description.en.length).toBeGreaterThan(100);
  });

  it("has a function name, initial code and a reference for both languages", () => {
    expect(task.functionName.python).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(task.functionName.javascript).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    for (const language of LANGUAGES) {
      const name = task.functionName[language];
      expect(definesFunction(language, task.initialCode[language], name), `initial ${language} defines ${name}`).toBe(true);
      expect(definesFunction(language, task.reference[language], name), `reference ${language} defines ${name}`).toBe(true);
      expect(squeeze(task.initialCode[language])).not.toBe(squeeze(task.reference[language]));
    }
  });

  it("starts from a stub, not from a solution", () => {
    // The editor's starting code: a signature, a docstring or comment, and a one-line body
    // (`pass`, `return null;` or a placeholder value). That it fails a visible test is checked
    // in the sandbox (tests/unit/task-bank-references.test.ts).
    const stub = { python: /^\s+(pass|return\b[^:]*)$/, javascript: /^\s+return\b[^;{}]*;$/ };
    for (const language of LANGUAGES) {
      const body = withoutComments(task.initialCode[language])
        .split("\n")
        .filter((line) => /^\s+\S/.test(line));
      expect(body, `${language} initial code body`).toHaveLength(1);
      expect(body[0]).toMatch(stub[language]);
    }
  });

  it("has 2-3 examples, 3 graded hints, complexity and tags", () => {
    expect(task.examples.length).toBeGreaterThanOrEqual(2);
    expect(task.examples.length).toBeLessThanOrEqual(3);
    for (const example of task.examples) {
      expect(example.input.trim()).not.toBe("");
      expect(example.output.trim()).not.toBe("");
    }
    expect(task.hints.en).toHaveLength(3);
    expect(task.hints.ru).toHaveLength(3);
    expect(task.complexity.time).toMatch(/^O\(/);
    expect(task.complexity.space).toMatch(/^O\(/);
    expect(task.tags.length).toBeGreaterThan(0);
    expect(["junior", "middle"]).toContain(task.level);
    if (task.compare !== undefined) expect(COMPARATORS).toContain(task.compare);
  });

  it("has at least 5 visible, 10 hidden and 1 performance test", () => {
    expect(task.tests.visible.length).toBeGreaterThanOrEqual(5);
    expect(task.tests.hidden.length).toBeGreaterThanOrEqual(10);
    expect(task.tests.performance.length).toBeGreaterThanOrEqual(1);
  });

  it("has tests made of JSON values only", () => {
    for (const test of allTests(task)) {
      const label = `${test.kind} test ${test.name ?? ""}`;
      expect(Array.isArray(test.args), label).toBe(true);
      // A round trip through JSON changes undefined, NaN, Infinity, -0, Maps, Sets and tuples' holes.
      const sent = JSON.parse(JSON.stringify({ args: test.args, expected: test.expected ?? null }));
      expect(isDeepStrictEqual(sent, { args: test.args, expected: test.expected }), label).toBe(true);
    }
  });

  it("has performance inputs larger than every visible one, and tests under 1 MB of JSON", () => {
    const largestVisible = Math.max(...task.tests.visible.map((t) => JSON.stringify(t.args).length));
    for (const test of task.tests.performance) {
      expect(JSON.stringify(test.args).length, test.name).toBeGreaterThan(largestVisible);
    }
    expect(Buffer.byteLength(JSON.stringify(task.tests))).toBeLessThan(1024 * 1024);
  });

  it("does not repeat a test", () => {
    const inputs = allTests(task).map((t) => JSON.stringify(t.args));
    expect(new Set(inputs).size).toBe(inputs.length);
  });
});
