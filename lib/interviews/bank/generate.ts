// Deterministic inputs for the bank's larger tests. A task's tests are generated from fixed seeds,
// so every machine (and every run) sees the same tests without storing megabytes of JSON in the
// repository.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for test data; not for anything secret. */
export function seededRandom(seed: number): Random {
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
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

/** `n` integers drawn from [lo, hi]. */
export function randomInts(random: Random, n: number, lo: number, hi: number): number[] {
  return Array.from({ length: n }, () => random.int(lo, hi));
}

/** A string of `n` characters drawn from `alphabet` (single UTF-16 code units only). */
export function randomString(random: Random, n: number, alphabet: string): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[random.int(0, alphabet.length - 1)];
  return out;
}

/**
 * A value built on first use and kept. Generating a task's tests (random inputs, expected values
 * from a second algorithm) took about a second of CPU for the whole bank, paid by every process
 * that imported it, while most never read a test. So a task's `tests` is a getter over one of
 * these, and its `tests.performance` (the largest part, read only at the finish of an interview)
 * a getter over another: starting an interview copies the visible and hidden tests without
 * building the performance set.
 */
export function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
