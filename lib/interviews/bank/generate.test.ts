import { describe, expect, it } from "vitest";
import { lazily, randomInts, randomString, seededRandom } from "./generate";

describe("seededRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = randomInts(seededRandom(42), 50, 0, 1_000_000);
    expect(randomInts(seededRandom(42), 50, 0, 1_000_000)).toEqual(a);
    expect(randomInts(seededRandom(43), 50, 0, 1_000_000)).not.toEqual(a);
  });

  it("draws integers within both bounds, reaching each of them", () => {
    const values = randomInts(seededRandom(1), 5000, -3, 3);
    expect(Math.min(...values)).toBe(-3);
    expect(Math.max(...values)).toBe(3);
    expect(values.every(Number.isInteger)).toBe(true);
  });

  it("shuffles into a permutation without touching the input", () => {
    const input = Array.from({ length: 100 }, (_, i) => i);
    const shuffled = seededRandom(7).shuffle(input);
    expect(shuffled).not.toEqual(input);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(input[0]).toBe(0);
  });

  it("builds strings from the alphabet only", () => {
    const s = randomString(seededRandom(3), 1000, "абв");
    expect(s).toHaveLength(1000);
    expect(new Set(s)).toEqual(new Set("абв"));
  });
});

describe("lazily", () => {
  it("builds the value once, on first use", () => {
    let calls = 0;
    const get = lazily(() => ({ n: ++calls }));
    expect(calls).toBe(0);
    expect(get()).toBe(get());
    expect(calls).toBe(1);
  });
});
