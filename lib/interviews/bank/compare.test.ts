import { describe, expect, it } from "vitest";
import { matches, show } from "./compare";

describe("matches", () => {
  it("exact: deep JSON equality, order and types included", () => {
    expect(matches([1, 2], [1, 2])).toBe(true);
    expect(matches([1, 2], [2, 1])).toBe(false);
    expect(matches([[1, [2]], "a"], [[1, [2]], "a"])).toBe(true);
    expect(matches(1, "1")).toBe(false);
    expect(matches(true, 1)).toBe(false);
    expect(matches(null, false)).toBe(false);
    expect(matches([1, 2], [1, 2, 3])).toBe(false);
    expect(matches(0.1 + 0.2, 0.3)).toBe(false);
    expect(matches("привет", "привет", "exact")).toBe(true);
  });

  it("exact: object keys in any order, nested too", () => {
    expect(matches({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
    expect(matches({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(matches({ a: 1 }, { a: 2 })).toBe(false);
  });

  it("treats -0 as 0 and a missing value as null", () => {
    expect(matches(-0, 0)).toBe(true);
    expect(matches([0, -0], [-0, 0])).toBe(true);
    expect(matches({ x: -0 }, { x: 0 })).toBe(true);
    expect(matches(undefined, null)).toBe(true);
    expect(matches(undefined, 0)).toBe(false);
  });

  it("unordered: the top-level items in any order, as a multiset", () => {
    expect(matches([1, 0], [0, 1], "unordered")).toBe(true);
    expect(matches([10, 9, 100], [9, 100, 10], "unordered")).toBe(true);
    expect(matches([1, 1, 2], [1, 2, 2], "unordered")).toBe(false);
    expect(matches([1, 2], [1, 2, 2], "unordered")).toBe(false);
    // Inner arrays keep their order.
    expect(matches([[1, 2], [3]], [[3], [1, 2]], "unordered")).toBe(true);
    expect(matches([[2, 1], [3]], [[3], [1, 2]], "unordered")).toBe(false);
    expect(matches("ab", "ab", "unordered")).toBe(false);
    expect(matches(null, [], "unordered")).toBe(false);
  });

  it("unordered-nested: groups in any order, items of each group in any order", () => {
    const expected = [["bat"], ["nat", "tan"], ["ate", "eat", "tea"]];
    expect(matches([["tea", "ate", "eat"], ["bat"], ["tan", "nat"]], expected, "unordered-nested")).toBe(true);
    expect(matches([["bat", "nat", "tan"], ["ate", "eat", "tea"]], expected, "unordered-nested")).toBe(false);
    expect(matches([["a", "a"]], [["a"]], "unordered-nested")).toBe(false);
    expect(matches([["a", "a"], ["b"]], [["b"], ["a", "a"]], "unordered-nested")).toBe(true);
    expect(matches([[]], [], "unordered-nested")).toBe(false);
    expect(matches({ groups: [] }, [], "unordered-nested")).toBe(false);
  });

  it("float: numbers within 1e-6 relative, nested in arrays and objects", () => {
    expect(matches(0.1 + 0.2, 0.3, "float")).toBe(true);
    expect(matches(1e9 + 0.5, 1e9, "float")).toBe(true);
    expect(matches(1.001, 1, "float")).toBe(false);
    expect(matches(1e-9, 0, "float")).toBe(true);
    expect(matches([0.1 + 0.2, { r: 2 / 3 }], [0.3, { r: 0.6666667 }], "float")).toBe(true);
    expect(matches([0.3], [0.3, 0.3], "float")).toBe(false);
    expect(matches({ a: 1 }, { b: 1 }, "float")).toBe(false);
    expect(matches("0.3", 0.3, "float")).toBe(false);
  });
});

describe("show", () => {
  it("prints JSON and shortens long values with their length", () => {
    expect(show([1, "a", null])).toBe('[1,"a",null]');
    expect(show(undefined)).toBe("undefined");
    const long = show("x".repeat(5000), 100);
    expect(long.startsWith(`"${"x".repeat(99)}…`)).toBe(true);
    expect(long).toContain("5002 characters");
  });
});
