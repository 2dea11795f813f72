/**
 * The best `limit` items of a stream, kept sorted by insertion. The picker shows a handful of
 * results, so this beats sorting thousands of candidates on every keystroke.
 */
export interface Ranked {
  slot: number;
  score: number;
}

/** True when `a` (with its score) should come before `b`. */
export type RankOrder = (a: number, aScore: number, b: number, bScore: number) => boolean;

export class TopK {
  private readonly items: Ranked[] = [];

  constructor(
    readonly limit: number,
    private readonly better: RankOrder,
  ) {}

  offer(slot: number, score: number): void {
    const items = this.items;
    if (items.length === this.limit) {
      const last = items[items.length - 1] as Ranked;
      if (!this.better(slot, score, last.slot, last.score)) return;
      items.pop();
    }
    let at = items.length;
    while (at > 0) {
      const before = items[at - 1] as Ranked;
      if (!this.better(slot, score, before.slot, before.score)) break;
      at -= 1;
    }
    items.splice(at, 0, { slot, score });
  }

  sorted(): readonly Ranked[] {
    return this.items;
  }
}
