// Seeded inputs for the performance tests of the bank's second half (tasks-b.ts). A fixed seed
// gives the same inputs on every machine, so expected outputs and the reference's time compare.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** Shuffles in place (Fisher-Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
}

/** mulberry32: tiny and fast, good enough for test data (not for anything secret). */
export function rng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(0, i);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}

/** `n` integers in [lo, hi]. */
export function ints(r: Rng, n: number, lo: number, hi: number): number[] {
  return Array.from({ length: n }, () => r.int(lo, hi));
}

/** A string of `n` characters drawn from `alphabet`. */
export function text(r: Rng, n: number, alphabet: string): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[r.int(0, alphabet.length - 1)];
  return out;
}
