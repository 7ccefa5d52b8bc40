import { describe, expect, it } from "vitest";
import { tokenize, type Token } from "./highlight";

const kinds = (line: Token[]) => line.filter((t) => t.kind !== "plain").map((t) => `${t.kind}:${t.text}`);

describe("the code view's highlighting", () => {
  it("marks keywords, strings, numbers and line comments", () => {
    const [line] = tokenize('    if i % 15 == 0: out.append("FizzBuzz")  # both', "python");
    expect(kinds(line)).toEqual(["keyword:if", "number:15", "number:0", 'string:"FizzBuzz"', "comment:# both"]);
  });

  it("keeps a JavaScript block comment a comment across lines, keywords inside it included", () => {
    const lines = tokenize("/**\n * Return the k-th largest of nums\n */\nfunction f() { return 1; }", "javascript");
    expect(kinds(lines[1])).toEqual(["comment: * Return the k-th largest of nums"]);
    expect(kinds(lines[2])).toEqual(["comment: */"]);
    expect(kinds(lines[3])).toEqual(["keyword:function", "keyword:return", "number:1"]);
  });

  it("keeps a Python docstring a string across lines and resumes after it", () => {
    const lines = tokenize('def f(n):\n    """Return it\n    for each n."""\n    return n', "python");
    expect(kinds(lines[1])).toEqual(['string:"""Return it']);
    expect(kinds(lines[2])).toEqual(['string:    for each n."""']);
    expect(kinds(lines[3])).toEqual(["keyword:return"]);
  });

  it("loses no character", () => {
    const code = 'const s = `a ${b}\nc`; // x\n/* y */ let z = "q\\"r";';
    expect(tokenize(code, "javascript").map((l) => l.map((t) => t.text).join("")).join("\n")).toBe(code);
  });
});
