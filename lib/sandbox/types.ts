// What a sandbox run takes and gives back. The sandbox knows nothing of interviews: it calls one
// function of the candidate's code once per test case and returns what came back. Expected
// outputs never enter the box; the caller compares (lib/interviews/bank/compare.ts).

export type SandboxLanguage = "python" | "javascript";
export const SANDBOX_LANGUAGES = ["python", "javascript"] as const;

export interface SandboxTestCase {
  id: string;
  /** The function's arguments, JSON values. */
  args: unknown[];
}

export interface SandboxRequest {
  language: SandboxLanguage;
  /** The candidate's source (at most 100 KB, checked by the caller). */
  code: string;
  /** The function the harness calls for each test (`two_sum` / `twoSum`). */
  functionName: string;
  tests: SandboxTestCase[];
  /** Wall-clock limit for one test case, default 2000 ms. */
  testTimeoutMs?: number;
  /** Wall-clock limit for the whole box, default 10 s. */
  wallTimeoutMs?: number;
  /** Memory limit, default 256 MB. */
  memoryMb?: number;
}

export interface SandboxTestOutcome {
  id: string;
  /** ok: the function returned; error: it threw (or never ran); timeout: over testTimeoutMs. */
  status: "ok" | "error" | "timeout";
  /** The returned value as JSON (status ok). */
  value?: unknown;
  /** How the language prints the value (Python repr, JS inspect), for values JSON cannot carry. */
  display?: string;
  /** Exception type and message, with the candidate's line when known. */
  error?: string;
  timeMs: number;
}

export interface SandboxResult {
  /**
   * success: the harness ran every test (each may still have failed or thrown); error: the code
   * did not compile, the function is missing, or the box was killed (memory, output, processes);
   * timeout: the whole run went over wallTimeoutMs.
   */
  status: "success" | "error" | "timeout";
  /** Set when the code does not compile (Python SyntaxError, JS SyntaxError). */
  syntaxError?: { message: string; line?: number; column?: number };
  /** Why the box ended early, in plain words ("memory limit exceeded", "output limit exceeded"). */
  reason?: string;
  /** The candidate's own output, capped. */
  stdout: string;
  stderr: string;
  /** Wall time of the box, start to end. */
  executionTimeMs: number;
  /** Peak resident memory of the box. */
  memoryUsageMb: number;
  /** One per requested test, in the request's order; tests never reached are "error". */
  tests: SandboxTestOutcome[];
}
