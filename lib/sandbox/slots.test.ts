import { describe, expect, it } from "vitest";
import { Slots } from "./slots";

describe("Slots", () => {
  it("runs at most `size` at once, in arrival order, each with a distinct slot", async () => {
    const slots = new Slots(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const held = new Set<number>();
    const job = (n: number) =>
      slots.run(async (slot) => {
        expect(held.has(slot)).toBe(false);
        held.add(slot);
        running++;
        peak = Math.max(peak, running);
        order.push(n);
        await new Promise((r) => setTimeout(r, 10));
        running--;
        held.delete(slot);
        return n;
      });
    expect(await Promise.all([1, 2, 3, 4, 5].map(job))).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(slots.busy).toBe(0);
  });

  it("gives the slot back when the work throws", async () => {
    const slots = new Slots(1);
    await expect(slots.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots.run(async (slot) => slot)).toBe(0);
  });
});
