import { db, type Prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { runCode, type SandboxResult } from "@/lib/sandbox";
import { interviewNotFinished, interviewToActOn, openInterview, type Caller, type InterviewRow } from "./access";
import type { CodingTask, TaskTest } from "./bank";
import { emitLive } from "./live";
import { buildReport } from "./report";
import { judge } from "./run-tests";
import { performanceTests, storedTask, type StoredTask } from "./stored-task";
import { languageOf, localeOf, reportView } from "./views";

type Language = "python" | "javascript";

function casesOf(prefix: string, tests: TaskTest[]) {
  return tests.map((t, i) => ({ id: `${prefix}-${i + 1}`, args: t.args }));
}

function score(prefix: string, tests: TaskTest[], result: SandboxResult, task: CodingTask) {
  const outcomes = tests.map((t, i) => {
    const outcome = result.tests.find((o) => o.id === `${prefix}-${i + 1}`);
    return { id: `${prefix}-${i + 1}`, passed: judge(t, outcome, task.compare).passed, timeMs: outcome?.timeMs ?? null, ok: outcome?.status === "ok" };
  });
  return { total: tests.length, passed: outcomes.filter((o) => o.passed).length, outcomes };
}

/** Time the performance set took, in ms, when every test of it returned; else null (nothing to compare). */
function setTime(outcomes: Array<{ ok: boolean; timeMs: number | null }>): number | null {
  if (outcomes.length === 0 || outcomes.some((o) => !o.ok || o.timeMs === null)) return null;
  return Math.round(outcomes.reduce((sum, o) => sum + (o.timeMs ?? 0), 0) * 100) / 100;
}

// The reference solution's time on a task's performance set, per task and language, measured once
// per process: it is what the candidate's time is compared with, and it does not change.
const referenceTimes = new Map<string, Promise<number | null>>();

function referenceTime(task: CodingTask, language: Language, tests: TaskTest[]): Promise<number | null> {
  const key = `${task.id}:${language}`;
  const known = referenceTimes.get(key);
  if (known) return known;
  const time = runCode({ language, code: task.reference[language], functionName: task.functionName[language], tests: casesOf("perf", tests) })
      .then((result) => setTime(score("perf", tests, result, task).outcomes))
      .catch((err) => {
        referenceTimes.delete(key);
        logger.warn({ err, taskId: task.id, language }, "timing the reference solution failed");
        return null;
      });
  referenceTimes.set(key, time);
  return time;
}

/**
 * POST /finish: runs the visible, hidden and performance tests on the candidate's last code,
 * times the reference solution on the performance set, builds the report and closes the
 * interview. Finishing a finished interview answers its report again (the seed's client may
 * retry; nothing runs twice).
 */
export async function finishInterview({ caller, interviewId }: { caller: Caller; interviewId: string }) {
  const interview = await interviewToActOn(caller, interviewId, { unfinished: false });
  if (interview.status === "FINISHED") return reportView(await finishedReport(interview));

  const stored = storedTask(interview.task);
  const language = languageOf(interview);
  const perfTests = performanceTests(stored);
  const task: StoredTask = { ...stored, tests: { ...stored.tests, performance: perfTests } };
  const code = interview.currentCode;
  const functionName = task.functionName[language];

  // Two boxes: the performance set's large inputs get a box (and wall time) of their own.
  const main = await runCode(
    { language, code, functionName, tests: [...casesOf("visible", task.tests.visible), ...casesOf("hidden", task.tests.hidden)] },
    { key: interview.id },
  );
  const perf = perfTests.length
    ? await runCode({ language, code, functionName, tests: casesOf("perf", perfTests) }, { key: interview.id })
    : null;
  const visible = score("visible", task.tests.visible, main, task);
  const hidden = score("hidden", task.tests.hidden, main, task);
  const performance = perf ? score("perf", perfTests, perf, task) : { total: 0, passed: 0, outcomes: [] };
  const referenceTimeMs = perfTests.length ? await referenceTime(task, language, perfTests) : null;

  const finishedAt = new Date();
  const finalRun = await db().interviewRun.create({
    data: {
      interviewId: interview.id,
      kind: "finish",
      status: main.status,
      code,
      stdout: main.stdout,
      stderr: main.stderr,
      executionTimeMs: Math.round(main.executionTimeMs),
      memoryUsageMb: Math.max(main.memoryUsageMb, perf?.memoryUsageMb ?? 0),
      passed: visible.passed + hidden.passed,
      total: visible.total + hidden.total,
      // Kept on the server only: hidden tests' verdicts never reach a client.
      results: { visible: visible.outcomes, hidden: hidden.outcomes, performance: performance.outcomes },
      createdAt: finishedAt,
    },
  });
  const [runs, messages, events] = await Promise.all([
    db().interviewRun.findMany({ where: { interviewId: interview.id }, orderBy: { createdAt: "asc" } }),
    db().interviewMessage.findMany({ where: { interviewId: interview.id }, orderBy: [{ createdAt: "asc" }, { role: "desc" }] }),
    db().interviewEvent.findMany({ where: { interviewId: interview.id }, orderBy: { createdAt: "asc" } }),
  ]);

  const report = await buildReport({
    locale: localeOf(interview),
    language,
    level: interview.level === "middle" ? "middle" : "junior",
    task,
    code,
    candidateName: interview.candidateName,
    visible: { total: visible.total, passed: visible.passed },
    hidden: { total: hidden.total, passed: hidden.passed },
    performance: { total: performance.total, passed: performance.passed, candidateTimeMs: setTime(performance.outcomes), referenceTimeMs },
    runs: runs.map((r) => ({ executionTimeMs: r.executionTimeMs, memoryUsageMb: r.memoryUsageMb, status: r.status })),
    messages: messages.map((m) => ({ role: m.role === "assistant" ? "assistant" : "user", content: m.content, meta: m.meta ?? undefined, at: m.createdAt })),
    events: events.map((e) => ({ type: e.type as Parameters<typeof buildReport>[0]["events"][number]["type"], at: e.createdAt, details: e.details })),
    startedAt: interview.startedAt,
    finishedAt,
  });

  // Only an unfinished interview is closed: of two finishes at once, the first one's report stands.
  const closed = await db().interview.updateMany({
    where: { id: interview.id, status: "IN_PROGRESS" },
    data: { status: "FINISHED", finishedAt, report: report as Prisma.InputJsonObject, reportedAt: new Date(), overallScore: report.metrics.overall_score },
  });
  if (closed.count === 0) {
    await db().interviewRun.delete({ where: { id: finalRun.id } }).catch(() => undefined);
  } else {
    emitLive("interview:status", { interview_id: interview.id, status: "FINISHED" });
  }
  return reportView(await finishedReport(interview));
}

async function finishedReport(interview: InterviewRow) {
  const row = await db().interview.findUniqueOrThrow({ where: { id: interview.id } });
  if (row.status !== "FINISHED" || !row.report) throw interviewNotFinished();
  return row;
}

/** GET /report: the finished interview's report, for the candidate's side and the creating company. */
export async function interviewReport({ caller, interviewId }: { caller: Caller; interviewId: string }) {
  const { interview } = await openInterview(caller, interviewId);
  if (interview.status !== "FINISHED" || !interview.report) throw interviewNotFinished();
  return reportView(interview);
}
