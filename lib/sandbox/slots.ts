/**
 * At most `size` boxes at once in this process; the rest wait in line, first come first served.
 * Each box holds a slot number, which gives it a user id of its own (box-command.ts).
 */
export class Slots {
  private readonly free: number[];
  private readonly waiting: Array<(slot: number) => void> = [];

  constructor(readonly size: number) {
    this.free = Array.from({ length: size }, (_, i) => size - 1 - i);
  }

  get queued(): number {
    return this.waiting.length;
  }

  get busy(): number {
    return this.size - this.free.length;
  }

  async run<T>(work: (slot: number) => Promise<T>): Promise<T> {
    const slot = this.free.pop() ?? (await new Promise<number>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(slot);
    } finally {
      const next = this.waiting.shift();
      if (next) next(slot);
      else this.free.push(slot);
    }
  }
}
