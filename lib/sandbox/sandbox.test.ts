import { describe, expect, it } from "vitest";
import { runCode, sandboxStatus } from "./index";
import type { SandboxRequest } from "./types";

// Real boxes (bubblewrap, /usr/bin/python3, node): what a run gives back, test by test.

const py = (code: string, tests: unknown[][], extra: Partial<SandboxRequest> = {}): SandboxRequest => ({
  language: "python",
  code,
  functionName: "solve",
  tests: tests.map((args, i) => ({ id: `t${i + 1}`, args })),
  ...extra,
});
const js = (code: string, tests: unknown[][], extra: Partial<SandboxRequest> = {}): SandboxRequest => ({
  ...py(code, tests, extra),
  language: "javascript",
});

describe("sandbox runs", { timeout: 30_000 }, () => {
  it("is available here, in local mode", async () => {
    expect(await sandboxStatus()).toEqual({ available: true, mode: "local" });
  });

  it("returns one outcome per test, in order, with values, display and time (Python)", async () => {
    const result = await runCode(py("def solve(a, b):\n    return [a + b, {'sum': a + b}]\n", [[1, 2], [10, -3], [0.5, 0.25]]));
    expect(result.status).toBe("success");
    expect(result.tests.map((t) => [t.id, t.status, t.value])).toEqual([
      ["t1", "ok", [3, { sum: 3 }]],
      ["t2", "ok", [7, { sum: 7 }]],
      ["t3", "ok", [0.75, { sum: 0.75 }]],
    ]);
    expect(result.tests[0].display).toBe("[3, {'sum': 3}]");
    for (const t of result.tests) expect(t.timeMs).toBeGreaterThanOrEqual(0);
    expect(result.memoryUsageMb).toBeGreaterThan(1);
    expect(result.executionTimeMs).toBeGreaterThan(0);
  });

  it("returns one outcome per test, in order, with values, display and time (JavaScript)", async () => {
    const result = await runCode(js("function solve(a, b) {\n  return [a + b, { sum: a + b }];\n}\n", [[1, 2], [10, -3]]));
    expect(result.status).toBe("success");
    expect(result.tests.map((t) => [t.id, t.status, t.value])).toEqual([
      ["t1", "ok", [3, { sum: 3 }]],
      ["t2", "ok", [7, { sum: 7 }]],
    ]);
    expect(result.tests[0].display).toBe("[ 3, { sum: 3 } ]");
    expect(result.memoryUsageMb).toBeGreaterThan(1);
  });

  it("finds the function however JavaScript defines it: const arrow, module.exports", async () => {
    const arrow = await runCode(js("const solve = (n) => n * 2;", [[21]]));
    expect(arrow.tests[0].value).toBe(42);
    const exported = await runCode(js("module.exports = { solve(n) { return n + 1; } };", [[41]]));
    expect(exported.tests[0].value).toBe(42);
  });

  it("shows values JSON cannot carry, without a JSON value", async () => {
    const pyResult = await runCode(py("def solve():\n    return {3, 1, 2}\n", [[]]));
    expect(pyResult.tests[0]).toMatchObject({ status: "ok", display: "{1, 2, 3}" });
    expect(pyResult.tests[0].value).toBeUndefined();
    const jsResult = await runCode(js("function solve() { return undefined; }", [[]]));
    expect(jsResult.tests[0]).toMatchObject({ status: "ok", display: "undefined" });
    expect(jsResult.tests[0].value).toBeUndefined();
  });

  it("times out one test and still runs the rest (Python and JavaScript)", async () => {
    const pyResult = await runCode(
      py("def solve(n):\n    while n == 2:\n        pass\n    return n\n", [[1], [2], [3]], { testTimeoutMs: 300 }),
    );
    expect(pyResult.status).toBe("success");
    expect(pyResult.tests.map((t) => t.status)).toEqual(["ok", "timeout", "ok"]);
    expect(pyResult.tests[2].value).toBe(3);
    const jsResult = await runCode(js("function solve(n) {\n  while (n === 2) {}\n  return n;\n}\n", [[1], [2], [3]], { testTimeoutMs: 300 }));
    expect(jsResult.status).toBe("success");
    expect(jsResult.tests.map((t) => t.status)).toEqual(["ok", "timeout", "ok"]);
    expect(jsResult.tests[1].error).toMatch(/300 ms/);
  });

  it("gives every test its whole time limit, however long the tests before it took", async () => {
    // Each test busy-waits 60% of the limit: together they overrun it, none alone does.
    const busy = (ms: number) => `const end = Date.now() + ${ms};\n  while (Date.now() < end) {}\n  return n;`;
    const jsResult = await runCode(js(`function solve(n) {\n  ${busy(600)}\n}`, [[1], [2], [3]], { testTimeoutMs: 1000 }));
    expect(jsResult.tests.map((t) => [t.status, t.value])).toEqual([["ok", 1], ["ok", 2], ["ok", 3]]);
    const pyResult = await runCode(py("import time\ndef solve(n):\n    end = time.time() + 0.6\n    while time.time() < end:\n        pass\n    return n\n", [[1], [2], [3]], { testTimeoutMs: 1000 }));
    expect(pyResult.tests.map((t) => [t.status, t.value])).toEqual([["ok", 1], ["ok", 2], ["ok", 3]]);
  });

  it("reports exceptions with the candidate's line", async () => {
    const pyResult = await runCode(py("def solve(n):\n    if n > 1:\n        raise ValueError('too big')\n    return n\n", [[1], [2]]));
    expect(pyResult.tests[0].status).toBe("ok");
    expect(pyResult.tests[1]).toMatchObject({ status: "error", error: "ValueError: too big (line 3)" });
    const zero = await runCode(py("def solve(n):\n    return 1 // n\n", [[0]]));
    expect(zero.tests[0].error).toBe("ZeroDivisionError: integer division or modulo by zero (line 2)");
    const jsResult = await runCode(js("function solve(n) {\n  if (n > 1) {\n    throw new RangeError('too big');\n  }\n  return n;\n}\n", [[2]]));
    expect(jsResult.tests[0]).toMatchObject({ status: "error", error: "RangeError: too big (line 3)" });
    const undef = await runCode(js("function solve(n) {\n  return n.missing.deeper;\n}\n", [[{}]]));
    expect(undef.tests[0].error).toMatch(/^TypeError: Cannot read properties of undefined .*\(line 2\)$/);
  });

  it("reports syntax errors with line and column, and runs nothing", async () => {
    const pyResult = await runCode(py("def solve(n):\n    return (n +\n\ndef other(:\n    pass\n", [[1]]));
    expect(pyResult.status).toBe("error");
    expect(pyResult.syntaxError).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(pyResult.syntaxError!.message.length).toBeGreaterThan(0);
    expect(pyResult.tests[0]).toMatchObject({ status: "error" });
    const indent = await runCode(py("def solve(n):\nreturn n\n", [[1]]));
    expect(indent.syntaxError).toMatchObject({ message: expect.stringMatching(/indent/), line: 2 });
    const jsResult = await runCode(js("function solve(n) {\n  return n +;\n}\n", [[1]]));
    expect(jsResult.status).toBe("error");
    expect(jsResult.syntaxError).toEqual({ message: "Unexpected token ';'", line: 2, column: 13 });
  });

  it("says when the function is missing, or the module fails to load", async () => {
    const missing = await runCode(py("def other(n):\n    return n\n", [[1]]));
    expect(missing).toMatchObject({ status: "error", reason: "function solve is not defined" });
    expect(missing.tests[0].error).toMatch(/not defined/);
    const jsMissing = await runCode(js("function other() {}", [[1]]));
    expect(jsMissing).toMatchObject({ status: "error", reason: "function solve is not defined" });
    const broken = await runCode(py("import nosuchmodule\ndef solve(n):\n    return n\n", [[1]]));
    expect(broken).toMatchObject({ status: "error", reason: "ModuleNotFoundError: No module named 'nosuchmodule' (line 1)" });
  });

  it("carries unicode both ways, and captures the candidate's prints", async () => {
    const text = "Привет, 世界 👋 café";
    const pyResult = await runCode(py("def solve(s):\n    print('got', s)\n    return s[::-1]\n", [[text]]));
    expect(pyResult.tests[0].value).toBe([...text].reverse().join(""));
    expect(pyResult.stdout).toBe(`got ${text}\n`);
    const jsResult = await runCode(js("function solve(s) {\n  console.log('got', s);\n  console.error('warn');\n  return [...s].reverse().join('');\n}", [[text]]));
    expect(jsResult.tests[0].value).toBe([...text].reverse().join(""));
    expect(jsResult.stdout).toBe(`got ${text}\n`);
    expect(jsResult.stderr).toBe("warn\n");
  });

  it("takes large JSON inputs and returns large values", async () => {
    const big = Array.from({ length: 200_000 }, (_, i) => i % 1000);
    const pyResult = await runCode(py("def solve(xs):\n    return [sum(xs), sorted(xs)[-3:], len(xs)]\n", [[big]]));
    expect(pyResult.tests[0].value).toEqual([99_900_000, [999, 999, 999], 200_000]);
    const jsResult = await runCode(js("function solve(xs) {\n  return xs.map((x) => x * 2);\n}", [[big]]));
    expect((jsResult.tests[0].value as number[]).length).toBe(200_000);
    expect((jsResult.tests[0].value as number[])[999]).toBe(1998);
  });

  it("gives each test fresh arguments: mutating them changes nothing for the next test", async () => {
    const pyResult = await runCode(py("seen = []\ndef solve(xs):\n    xs.append(9)\n    seen.append(1)\n    return [xs, len(seen)]\n", [[[1]], [[1]]]));
    expect(pyResult.tests.map((t) => t.value)).toEqual([[[1, 9], 1], [[1, 9], 2]]);
  });

  it("lets one run per key at a time: a second one is 409 RUN_IN_PROGRESS, and the key frees afterwards", async () => {
    const slow = py("import time\ndef solve():\n    time.sleep(0.5)\n    return 1\n", [[]]);
    const first = runCode(slow, { key: "interview-a" });
    await expect(runCode(slow, { key: "interview-a" })).rejects.toMatchObject({ status: 409, code: "RUN_IN_PROGRESS" });
    // Another interview is not held up.
    const other = await runCode(py("def solve():\n    return 2\n", [[]]), { key: "interview-b" });
    expect(other.tests[0].value).toBe(2);
    expect((await first).tests[0].value).toBe(1);
    expect((await runCode(slow, { key: "interview-a" })).tests[0].value).toBe(1);
  });

  it("runs many at once behind the concurrency limit, each with its own result", async () => {
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        runCode(i % 2 ? js(`function solve() { return ${i}; }`, [[]]) : py(`def solve():\n    return ${i}\n`, [[]])),
      ),
    );
    expect(runs.map((r) => r.tests[0].value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("puts the limits in force in both languages (the box's own /proc/self/limits)", async () => {
    const read = (text: string, name: string) => text.split("\n").find((l) => l.startsWith(name))!.split(/\s{2,}/)[1];
    const pyResult = await runCode(py("def solve():\n    return open('/proc/self/limits').read()\n", [[]], { memoryMb: 200, wallTimeoutMs: 5000 }));
    const jsResult = await runCode(js("const fs = require('fs');\nfunction solve() { return fs.readFileSync('/proc/self/limits', 'utf8'); }", [[]], { memoryMb: 200, wallTimeoutMs: 5000 }));
    for (const [result, addressSpace] of [[pyResult, 200], [jsResult, 200 + 768]] as const) {
      const limits = result.tests[0].value as string;
      expect(read(limits, "Max cpu time")).toBe("6");
      expect(read(limits, "Max address space")).toBe(String(addressSpace * 1024 * 1024));
      expect(read(limits, "Max processes")).toBe("64");
      expect(read(limits, "Max file size")).toBe(String(8 * 1024 * 1024));
      expect(read(limits, "Max core file size")).toBe("0");
    }
  });

  it("rejects a function name that is not an identifier", async () => {
    await expect(runCode({ ...py("def solve(): pass", [[]]), functionName: "solve; import os" })).rejects.toMatchObject({ status: 400 });
  });
});
