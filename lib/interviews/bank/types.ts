import type { SandboxLanguage } from "@/lib/sandbox/types";

// The task bank's format. A task is one TypeScript file in `tasks/`, listed in tasks-a.ts or
// tasks-b.ts. Every value a test passes or expects is JSON, so the same tests serve Python and
// JavaScript and the expected outputs are compared outside the sandbox.

export type TaskLanguage = SandboxLanguage;
export type TaskLevel = "junior" | "middle";
export interface Localized<T = string> {
  en: T;
  ru: T;
}

export interface TaskTest {
  /** The function's arguments. */
  args: unknown[];
  expected: unknown;
  /** A short label shown to the candidate ("empty list", "duplicates"). */
  name?: string;
}

/**
 * exact: deep JSON equality; unordered: the top-level array may come in any order (its items
 * compared exactly after sorting both by their JSON); unordered-nested: also each inner array;
 * float: numbers within 1e-6 relative.
 */
export type Comparator = "exact" | "unordered" | "unordered-nested" | "float";

export interface CodingTask {
  /** Stable slug: "two-sum". */
  id: string;
  level: TaskLevel;
  title: Localized;
  /** Markdown: the problem, input and output, constraints. */
  description: Localized;
  functionName: Record<TaskLanguage, string>;
  /** The starting code the editor shows: the function's signature and a docstring/comment. */
  initialCode: Record<TaskLanguage, string>;
  examples: Array<{ input: string; output: string; explanation: Localized }>;
  tests: {
    /** At least 5, shown to the candidate and run by Run. */
    visible: TaskTest[];
    /** At least 10, edge cases included; run only at finish, never shown. */
    hidden: TaskTest[];
    /** Larger inputs, run at finish against the reference solution's time. */
    performance: TaskTest[];
  };
  compare?: Comparator;
  /** A correct, efficient solution per language (the complexity below). */
  reference: Record<TaskLanguage, string>;
  /** Graded hints: a nudge, then the approach, then nearly the algorithm (never code). */
  hints: Localized<string[]>;
  complexity: { time: string; space: string };
  tags: string[];
}
