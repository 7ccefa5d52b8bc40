import { bankTask, show, type CodingTask, type TaskTest } from "./bank";
import type { InterviewLanguageName, InterviewLocale } from "./schemas";

// The task an interview runs on is copied into the interview when it begins (`interviews.task`),
// so editing the bank never changes an interview under way. A bank task's performance set (large
// inputs) is not copied: it is read from the bank by id at finish.

export type StoredTask = CodingTask & { source: "bank" | "generated" };

export function snapshotTask(task: CodingTask, source: StoredTask["source"]): StoredTask {
  // Named one by one: a bank task builds its performance set only when it is read.
  if (source === "bank") return { ...task, tests: { visible: task.tests.visible, hidden: task.tests.hidden, performance: [] }, source };
  return { ...task, source };
}

export function storedTask(json: unknown): StoredTask {
  return json as StoredTask;
}

/** The performance set: the bank's current one for a bank task, the stored one for a generated task. */
export function performanceTests(task: StoredTask): TaskTest[] {
  if (task.source === "bank") return bankTask(task.id)?.tests.performance ?? [];
  return task.tests.performance;
}

/** What a test's input looks like to the candidate: its arguments, as JSON, comma-separated. */
export const showInput = (test: TaskTest) => test.args.map((a) => show(a)).join(", ");

export const visibleTestId = (i: number) => `visible-${i + 1}`;

/** The visible tests as the candidate sees them (hidden ones never leave the server). */
export function visibleTests(task: StoredTask, locale: InterviewLocale) {
  return task.tests.visible.map((test, i) => ({
    id: visibleTestId(i),
    name: test.name ?? (locale === "ru" ? `Тест ${i + 1}` : `Test ${i + 1}`),
    input: showInput(test),
    expected_output: show(test.expected),
  }));
}

/** The task as the seed shows it, in the interview's language and programming language. */
export function taskView(task: StoredTask, language: InterviewLanguageName, locale: InterviewLocale) {
  return {
    id: task.id,
    title: task.title[locale],
    description: task.description[locale],
    language,
    level: task.level,
    initial_code: task.initialCode[language],
    examples: task.examples.map((e) => ({ input: e.input, output: e.output, explanation: e.explanation[locale] })),
    function_name: task.functionName[language],
    visible_tests: visibleTests(task, locale),
  };
}
