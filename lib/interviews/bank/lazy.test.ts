import { beforeEach, describe, expect, it, vi } from "vitest";

// Importing the bank must not generate any test: every process that imports it (the server, each
// route bundle touching interviews, test workers) used to pay about a second of CPU for that.
// Every generated input starts from seededRandom, so counting its calls tells whether a task has
// built its tests yet.

const seeded = vi.hoisted(() => ({ calls: 0 }));

vi.mock("./generate", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./generate")>();
  return {
    ...actual,
    seededRandom: (seed: number) => {
      seeded.calls++;
      return actual.seededRandom(seed);
    },
  };
});

const { TASKS, bankTask } = await import("./index");
const callsAtImport = seeded.calls;

describe("the bank's tests are built on first use", () => {
  beforeEach(() => {
    seeded.calls = 0;
  });

  it("generates nothing when the bank is imported", () => {
    expect(TASKS.length).toBeGreaterThanOrEqual(24);
    expect(callsAtImport).toBe(0);
  });

  it("builds a task's visible and hidden tests when first read, and only then its performance set", () => {
    const task = bankTask("number-of-islands")!;
    const tests = task.tests;
    expect(tests.hidden.length).toBeGreaterThanOrEqual(10);
    const forHidden = seeded.calls;
    expect(forHidden).toBeGreaterThan(0);

    expect(tests.performance.length).toBeGreaterThan(0);
    expect(seeded.calls).toBeGreaterThan(forHidden);
  });

  it("keeps what it built: reading again returns the same objects and generates nothing", () => {
    for (const task of TASKS) {
      const first = task.tests;
      const performance = first.performance;
      seeded.calls = 0;
      expect(task.tests, task.id).toBe(first);
      expect(task.tests.performance, task.id).toBe(performance);
      expect(seeded.calls, task.id).toBe(0);
    }
  });
});
