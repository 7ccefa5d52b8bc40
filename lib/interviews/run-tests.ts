import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { runCode, type SandboxResult, type SandboxTestOutcome } from "@/lib/sandbox";
import { interviewToActOn, type Caller } from "./access";
import { matches, show, type Comparator, type TaskTest } from "./bank";
import { emitLive } from "./live";
import { assertCodeSize, recordCode } from "./save-code";
import { showInput, storedTask, visibleTestId, visibleTests } from "./stored-task";
import { languageOf, localeOf } from "./views";

/** One test's outcome compared with its expected output, here, outside the sandbox. */
export function judge(test: TaskTest, outcome: SandboxTestOutcome | undefined, compare: Comparator | undefined) {
  if (!outcome) return { passed: false, actual: "", error: "The test did not run" };
  if (outcome.status === "timeout") return { passed: false, actual: "", error: outcome.error ?? `Timed out after ${Math.round(outcome.timeMs)} ms` };
  if (outcome.status === "error") return { passed: false, actual: "", error: outcome.error ?? "The function raised an error" };
  const actual = outcome.value === undefined && outcome.display !== undefined ? outcome.display : show(outcome.value);
  const passed = matches(outcome.value, test.expected, compare);
  return { passed, actual, error: passed ? undefined : `Expected ${show(test.expected)}, got ${actual}` };
}

/** The execution figures the seed shows; why the box ended early goes to stderr when it said nothing. */
export function executionView(result: SandboxResult) {
  const stderr = result.reason && !result.stderr.includes(result.reason) ? [result.stderr, result.reason].filter(Boolean).join("\n") : result.stderr;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr,
    execution_time_ms: Math.round(result.executionTimeMs),
    memory_usage_mb: Math.round(result.memoryUsageMb * 10) / 10,
  };
}

/**
 * POST /run: saves the code (as an edit when it changed), runs the task's visible tests in the
 * sandbox (one run in flight per interview: RUN_IN_PROGRESS), compares the results here, stores
 * the run and shows it to the company watching. A syntax error is a 400 INVALID_CODE with where
 * it is, and still counts as a run.
 */
export async function runInterviewCode({ caller, interviewId, code: sent }: { caller: Caller; interviewId: string; code?: string }) {
  if (sent !== undefined) assertCodeSize(sent);
  const interview = await interviewToActOn(caller, interviewId);
  const code = sent ?? interview.currentCode;
  await recordCode(interview, code);

  const task = storedTask(interview.task);
  const language = languageOf(interview);
  const shown = visibleTests(task, localeOf(interview));
  const result = await runCode(
    { language, code, functionName: task.functionName[language], tests: task.tests.visible.map((t, i) => ({ id: visibleTestId(i), args: t.args })) },
    { key: interview.id },
  );

  const tests = task.tests.visible.map((test, i) => {
    const outcome = result.tests.find((o) => o.id === visibleTestId(i));
    const verdict = judge(test, outcome, task.compare);
    return {
      id: shown[i].id,
      name: shown[i].name,
      status: verdict.passed ? ("passed" as const) : ("failed" as const),
      input: showInput(test),
      expected_output: show(test.expected),
      actual_output: verdict.actual,
      ...(verdict.error ? { error_message: verdict.error } : {}),
      ...(outcome ? { execution_time_ms: Math.round(outcome.timeMs * 100) / 100 } : {}),
    };
  });
  const passed = tests.filter((t) => t.status === "passed").length;
  const summary = { total: tests.length, passed, failed: tests.length - passed };
  const execution = executionView(result);

  const run = await db().interviewRun.create({
    data: {
      interviewId: interview.id,
      kind: "run",
      status: result.status,
      code,
      stdout: execution.stdout,
      stderr: execution.stderr,
      executionTimeMs: execution.execution_time_ms,
      memoryUsageMb: execution.memory_usage_mb,
      passed,
      total: tests.length,
      results: tests,
    },
  });
  emitLive("interview:run", { interview_id: interview.id, status: result.status, summary, at: run.createdAt.toISOString() });

  if (result.syntaxError) {
    const { message, line, column } = result.syntaxError;
    throw new ApiError("INVALID_CODE", `Syntax error${line ? ` on line ${line}` : ""}: ${message}`, { line: line ?? null, column: column ?? null, message }, 400);
  }
  return { execution, visible_tests: tests, summary };
}
