import { existsSync } from "node:fs";
import { BWRAP, INSTALL_HINT, PRLIMIT, PYTHON, sandboxMode } from "./box-command";
import { runBox } from "./box";

export interface Availability {
  available: boolean;
  reason?: string;
}

/**
 * Whether this machine can run boxes, found once per process: the binaries are there, and a real
 * box runs a one-line function in each language. The probe catches what `existsSync` cannot
 * (user namespaces turned off, a Node binary the box user cannot read).
 */
export async function detectAvailability(): Promise<Availability> {
  const missing = [
    !existsSync(BWRAP) && sandboxMode() === "local" ? "bubblewrap" : null,
    !existsSync(PYTHON) ? "python3" : null,
    !existsSync(PRLIMIT) ? "prlimit (util-linux)" : null,
  ].filter(Boolean);
  if (missing.length) return { available: false, reason: `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not installed: ${INSTALL_HINT}` };

  for (const [language, code] of [
    ["python", "def probe(x):\n    return x + 1\n"],
    ["javascript", "function probe(x) {\n  return x + 1;\n}\n"],
  ] as const) {
    let result;
    try {
      result = await runBox({ language, code, functionName: "probe", tests: [{ id: "probe", args: [1] }], testTimeoutMs: 5000, wallTimeoutMs: 15_000, memoryMb: 128 }, 0);
    } catch (err) {
      return { available: false, reason: `the sandbox cannot start: ${(err as Error).message}` };
    }
    if (result.status !== "success" || result.tests[0]?.value !== 2) {
      const detail = (result.stderr.trim().split("\n")[0] || result.reason || result.tests[0]?.error || result.status).slice(0, 300);
      return { available: false, reason: `bubblewrap cannot run a ${language} box on this machine: ${detail}` };
    }
  }
  return { available: true };
}
