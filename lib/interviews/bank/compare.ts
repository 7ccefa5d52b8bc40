import type { Comparator } from "./types";

// Expected outputs are compared here, outside the sandbox, so hidden ones never enter it.

const stable = (v: unknown): string => JSON.stringify(normalise(v));

/** JSON-shaped copy: object keys sorted, -0 as 0, undefined as null. */
function normalise(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === "number") return Object.is(v, -0) ? 0 : v;
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, normalise((v as Record<string, unknown>)[k])]));
  }
  return v;
}

function floatEqual(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => floatEqual(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return stable(ka) === stable(kb) && ka.every((k) => floatEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return stable(a) === stable(b);
}

const sorted = (v: unknown[]) => v.map(stable).sort();

/** Whether `actual` (what the candidate's function returned) matches `expected`. */
export function matches(actual: unknown, expected: unknown, how: Comparator = "exact"): boolean {
  switch (how) {
    case "float":
      return floatEqual(actual, expected);
    case "unordered":
      return Array.isArray(actual) && Array.isArray(expected) && stable(sorted(actual)) === stable(sorted(expected));
    case "unordered-nested": {
      if (!Array.isArray(actual) || !Array.isArray(expected)) return false;
      const inner = (xs: unknown[]) => xs.map((x) => (Array.isArray(x) ? JSON.stringify(sorted(x)) : stable(x))).sort();
      return stable(inner(actual)) === stable(inner(expected));
    }
    default:
      return stable(actual) === stable(expected);
  }
}

/** A value as the candidate sees it in results: JSON, shortened. */
export function show(v: unknown, max = 2000): string {
  const text = v === undefined ? "undefined" : JSON.stringify(v);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
