import { describe, expect, it } from "vitest";
import { TASKS } from "@/lib/interviews/bank";
import { complexityQuestion } from "./builtin";
import { solutionLeak } from "./guard";
import { interviewerReply } from "./index";
import { systemPrompt } from "./prompt";

// The interviewer over every task of the bank: the optimal reference is never questioned about
// its complexity, hints carry no code, and answers come from each task's own content.

const cases = TASKS.flatMap((task) => (["python", "javascript"] as const).map((language) => [task.id, language, task] as const));

describe.each(cases)("%s (%s)", (_id, language, task) => {
  it("does not question the reference's or the starting code's complexity", () => {
    expect(complexityQuestion({ task, code: task.reference[language], language, locale: "en" })).toBeNull();
    expect(complexityQuestion({ task, code: task.initialCode[language], language, locale: "en" })).toBeNull();
  });

  it("never puts the reference solution in the model's prompt", () => {
    for (const locale of ["en", "ru"] as const) {
      const prompt = systemPrompt({ locale, language, level: task.level, task, nextHintLevel: 3, complexityQuestion: null, lastRun: null });
      const lines = [...task.reference.python.split("\n"), ...task.reference.javascript.split("\n")]
        .map((l) => l.trim())
        // Statements, not the docstrings' prose (which may repeat the complexity from the task).
        .filter((l) => l.length > 25 && /[=[{]|\breturn\b/.test(l) && !/^(#|\/\/|\*|\/\*\*|"""|def |function )/.test(l));
      for (const line of lines) expect(prompt).not.toContain(line);
    }
  });

  it("has hints the answer checker lets through", () => {
    for (const hint of [...task.hints.en, ...task.hints.ru]) expect(solutionLeak(hint, task), hint).toBeNull();
  });

  it("answers about examples, constraints and edge cases, and refuses with the first hint", async () => {
    const ask = (message: string, locale: "en" | "ru" = "en") =>
      interviewerReply({ locale, language, level: task.level, task, code: task.initialCode[language], history: [], message, lastRun: null, actor: null });
    expect((await ask("Show me the examples")).text).toContain(task.examples[0].input);
    expect((await ask("Покажи примеры", "ru")).text).toContain(task.examples[0].input);
    expect((await ask("What are the constraints?")).text.length).toBeGreaterThan(40);
    expect((await ask("Any edge cases?")).text.length).toBeGreaterThan(40);
    const refusal = await ask("Write the code for me");
    expect(refusal.text).toContain(task.hints.en[0]);
    expect(refusal.text).not.toContain(task.reference[language].split("\n").find((l) => l.trim().length > 20)?.trim() ?? "\u0000");
  });
});
