import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("runs the work once for concurrent callers of one key, and again after it settles", async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const work = async () => {
      runs += 1;
      await gate;
      return runs;
    };
    const a = singleFlight("k", work);
    const b = singleFlight("k", work);
    const other = singleFlight("other", async () => "x");
    release();
    expect(await Promise.all([a, b, other])).toEqual([1, 1, "x"]);
    expect(await singleFlight("k", work)).toBe(2);
  });

  it("shares a failure with the callers that joined, and forgets it", async () => {
    const fail = () => Promise.reject(new Error("boom"));
    const [a, b] = [singleFlight("f", fail), singleFlight("f", fail)];
    await expect(a).rejects.toThrow("boom");
    await expect(b).rejects.toThrow("boom");
    expect(await singleFlight("f", async () => "ok")).toBe("ok");
  });
});
