import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("waits the base delay first, then doubles", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(500, n))).toEqual([500, 1000, 2000, 4000]);
  });
  it("never waits more than an hour, however many failures", () => {
    expect(retryDelayMs(60_000, 50)).toBe(3_600_000);
  });
  it("retries at once when no backoff is set", () => {
    expect(retryDelayMs(0, 3)).toBe(0);
  });
});
