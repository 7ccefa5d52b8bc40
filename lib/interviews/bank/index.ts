import { TASKS_A } from "./tasks-a";
import { TASKS_B } from "./tasks-b";
import type { CodingTask, TaskLevel } from "./types";

export type { CodingTask, Comparator, Localized, TaskLanguage, TaskLevel, TaskTest } from "./types";
export { matches, show } from "./compare";

/** Every task of the bank, in a stable order. */
export const TASKS: readonly CodingTask[] = [...TASKS_A, ...TASKS_B];

const byId = new Map(TASKS.map((t) => [t.id, t]));

export function bankTask(id: string): CodingTask | undefined {
  return byId.get(id);
}

export function tasksOfLevel(level: TaskLevel): CodingTask[] {
  return TASKS.filter((t) => t.level === level);
}
