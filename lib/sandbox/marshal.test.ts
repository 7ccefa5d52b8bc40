import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { marshalDump, marshalLoadJson } from "./marshal";

// Round trips through Debian's Python: what marshalDump writes, Python reads as json.loads would;
// what Python's marshal writes, marshalLoadJson reads as JSON.parse(json.dumps(...)) would.
const python = (script: string, input: Buffer) => execFileSync("/usr/bin/python3", ["-I", "-S", "-c", script], { input });

describe("marshal version 2", () => {
  const value = {
    ints: [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 40), Number.MAX_SAFE_INTEGER],
    floats: [0.5, -1e-9, 1e300],
    text: ["", "plain", "Привет 世界 👋", 'quote " backslash \\ newline \n'],
    nested: { a: [{ b: null }, true, false], "ключ": [] },
  };

  it("writes what Python reads as the same JSON", () => {
    const out = python("import sys, marshal, json\nsys.stdout.write(json.dumps(marshal.loads(sys.stdin.buffer.read())))", marshalDump(value));
    expect(JSON.parse(out.toString())).toEqual(value);
  });

  it("reads what Python writes, as json.dumps would make it", () => {
    const script =
      "import sys, marshal\nv = {'t': (1, 2), 'big': 2**70, 'neg': -5, 'f': 2.5, 's': 'é', 'n': None, 'b': True, 1: 'int key', 'l': [[], {}], 'x': 10**15}\nsys.stdout.buffer.write(marshal.dumps(v, 2))";
    expect(marshalLoadJson(python(script, Buffer.alloc(0)))).toEqual({
      t: [1, 2], big: 2 ** 70, neg: -5, f: 2.5, s: "é", n: null, b: true, "1": "int key", l: [[], {}], x: 10 ** 15,
    });
  });

  it("gives no JSON value for what JSON cannot carry: sets, bytes, NaN, tuple keys", () => {
    for (const expr of ["{1, 2}", "b'x'", "float('nan')", "{(1, 2): 3}", "[1, frozenset()]", "1j"]) {
      const data = python(`import sys, marshal\nsys.stdout.buffer.write(marshal.dumps(${expr}, 2))`, Buffer.alloc(0));
      expect(marshalLoadJson(data)).toBeUndefined();
    }
  });
});
