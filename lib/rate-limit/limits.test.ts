import { afterEach, describe, expect, it, vi } from "vitest";
import { clearLimit, consume, isBlocked } from "./index";

// The limiter on top of the store (the default in-memory one): what a client is told.
let n = 0;
const key = () => `unit-test:${process.pid}:${++n}`;

afterEach(() => {
  vi.useRealTimers();
});

describe("consume", () => {
  it("allows `limit` hits in a window, then refuses with a Retry-After inside the window", async () => {
    const k = key();
    for (let i = 1; i <= 100; i++) {
      const r = await consume(k, 100);
      expect(r).toMatchObject({ allowed: true, limit: 100, remaining: 100 - i });
    }
    const over = await consume(k, 100);
    expect(over.allowed).toBe(false);
    expect(over.remaining).toBe(0);
    expect(over.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(over.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("Retry-After counts down with the window and the next window starts fresh", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const k = key();
    await consume(k, 1, 60_000);
    vi.advanceTimersByTime(45_000);
    const over = await consume(k, 1, 60_000);
    expect(over.allowed).toBe(false);
    expect(over.retryAfterSeconds).toBe(15);
    vi.advanceTimersByTime(15_001);
    expect(await consume(k, 1, 60_000)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("never tells a client to retry in less than a second", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const k = key();
    await consume(k, 1, 1000);
    vi.advanceTimersByTime(999);
    expect((await consume(k, 1, 1000)).retryAfterSeconds).toBe(1);
  });

  it("keeps keys apart", async () => {
    const a = key();
    const b = key();
    await consume(a, 1);
    expect((await consume(a, 1)).allowed).toBe(false);
    expect((await consume(b, 1)).allowed).toBe(true);
  });
});

describe("isBlocked and clearLimit", () => {
  it("peeks without counting; blocked once the count reaches the limit", async () => {
    const k = key();
    expect(await isBlocked(k, 3)).toMatchObject({ allowed: true, remaining: 3, retryAfterSeconds: 0 });
    for (let i = 0; i < 2; i++) await consume(k, 3);
    expect(await isBlocked(k, 3)).toMatchObject({ allowed: true, remaining: 1 });
    expect(await isBlocked(k, 3)).toMatchObject({ allowed: true, remaining: 1 });
    await consume(k, 3);
    const blocked = await isBlocked(k, 3);
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("clearLimit starts the count over", async () => {
    const k = key();
    for (let i = 0; i < 3; i++) await consume(k, 3);
    expect((await isBlocked(k, 3)).allowed).toBe(false);
    await clearLimit(k);
    expect(await isBlocked(k, 3)).toMatchObject({ allowed: true, remaining: 3 });
  });
});
