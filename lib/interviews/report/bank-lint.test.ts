import { describe, expect, it } from "vitest";
import { TASKS } from "@/lib/interviews/bank";
import { lintCode } from "./lint";

// The bank's reference solutions are what good code looks like: the linters find nothing in
// them, so a candidate writing the same code keeps a full style score.

const cases = TASKS.flatMap((task) => (["python", "javascript"] as const).map((language) => [task.id, language, task] as const));

describe.each(cases)("%s (%s)", (_id, language, task) => {
  it("the reference solution has no lint findings", async () => {
    expect(await lintCode(language, task.reference[language])).toEqual([]);
  });
});
