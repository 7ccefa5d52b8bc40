import type { CodingTask } from "./types";

// The first half of the bank (one file per task in tasks/). Add each task's import here.
export const TASKS_A: CodingTask[] = [];
