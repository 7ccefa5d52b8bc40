import { beforeAll, describe, expect, it } from "vitest";
import { TASKS, matches, show, type CodingTask, type TaskLanguage, type TaskTest } from "@/lib/interviews/bank";
import { runCode, sandboxStatus } from "@/lib/sandbox";

/*
 * Every task of the bank, through the real sandbox, in both languages: the reference solution
 * passes every visible, hidden and performance test within the limits a candidate's run gets
 * (the sandbox's defaults), and the starting code the editor shows fails at least one visible
 * test, so a candidate cannot pass by pressing Run on it.
 */

const LANGUAGES: TaskLanguage[] = ["python", "javascript"];

interface Case extends TaskTest {
  id: string;
}

function cases(task: CodingTask, kinds: Array<keyof CodingTask["tests"]>): Case[] {
  return kinds.flatMap((kind) => task.tests[kind].map((test, i) => ({ ...test, id: `${kind}-${i + 1}` })));
}

/** Runs `code` on the cases and describes each one that did not return the expected value. */
async function failures(task: CodingTask, language: TaskLanguage, code: string, run: Case[]): Promise<string[]> {
  const result = await runCode({
    language,
    code,
    functionName: task.functionName[language],
    tests: run.map(({ id, args }) => ({ id, args })),
  });
  if (result.status !== "success") {
    return [`run ${result.status}: ${result.reason ?? result.syntaxError?.message ?? ""} ${result.stderr.slice(0, 500)}`];
  }
  return run.flatMap((test, i) => {
    const outcome = result.tests[i];
    if (outcome.id !== test.id) return [`${test.id}: outcome of ${outcome.id} in its place`];
    if (outcome.status !== "ok") return [`${test.id} ${test.name ?? ""}: ${outcome.status} ${outcome.error ?? ""} (${outcome.timeMs} ms)`];
    if (!matches(outcome.value, test.expected, task.compare)) {
      return [`${test.id} ${test.name ?? ""}: got ${show(outcome.value ?? outcome.display, 200)}, expected ${show(test.expected, 200)}`];
    }
    return [];
  });
}

beforeAll(async () => {
  // The references must run in the sandbox; without one this test fails and says why.
  const status = await sandboxStatus();
  expect(status, status.reason).toMatchObject({ available: true });
});

describe.each(TASKS.map((task) => [task.id, task] as const))("task %s", (_id, task) => {
  it.each(LANGUAGES)("the %s reference passes every visible, hidden and performance test", { timeout: 60_000 }, async (language) => {
    const run = cases(task, ["visible", "hidden", "performance"]);
    expect(await failures(task, language, task.reference[language], run)).toEqual([]);
  });

  it.each(LANGUAGES)("the %s starting code fails a visible test", { timeout: 60_000 }, async (language) => {
    const run = cases(task, ["visible"]);
    const failed = await failures(task, language, task.initialCode[language], run);
    expect(failed.length).toBeGreaterThan(0);
  });
});
