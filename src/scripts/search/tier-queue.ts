// Results in ranking order, worked out only as far as the page shows them. A result's tier is first known optimistically
// (from what the index says at once: which fields the words matched in) and settled by its page data (whether the
// title or the lead holds the phrase itself); settling never moves a result up, so the first results whose tiers are
// settled are in their final order, and results further down are never fetched to show the first page.

export interface Ranked {
  id: string;
  /** Position in date order, newest first (the order pages were indexed in). */
  rank: number;
  /** The tier, 1 first; while unsettled, the best this result can turn out to be. */
  tier: number;
  settled: boolean;
}

/** Tells a result's final tier; never better (lower) than its optimistic one. */
export type Settle = (item: Ranked) => Promise<number>;

function before(a: Ranked, b: Ranked): number {
  return a.tier - b.tier || a.rank - b.rank;
}

export class TierQueue {
  private readonly pending: Ranked[];
  private readonly done: Ranked[] = [];
  private readonly settle: Settle;

  constructor(items: readonly Ranked[], settle: Settle) {
    this.pending = [...items].sort(before);
    this.settle = settle;
  }

  /** Adds results that rank below every result already listed (so the first results given out stay first). */
  add(items: readonly Ranked[]): void {
    this.pending.push(...items);
    this.pending.sort(before);
  }

  get size(): number {
    return this.pending.length + this.done.length;
  }

  /** The first `count` results in final order (fewer when there are fewer); settles only what could be among them. */
  async first(count: number): Promise<Ranked[]> {
    while (this.done.length < count && this.pending.length > 0) {
      const window = this.pending.slice(0, count - this.done.length);
      const unsettled = window.filter((item) => !item.settled);
      if (unsettled.length === 0) {
        this.done.push(...this.pending.splice(0, window.length));
        continue;
      }
      // Settled ones ahead of the first unsettled one are final; the unsettled ones are settled side by side.
      const ready = window.indexOf(unsettled[0]!);
      this.done.push(...this.pending.splice(0, ready));
      const tiers = await Promise.all(unsettled.map((item) => this.settle(item)));
      unsettled.forEach((item, i) => {
        item.tier = Math.max(item.tier, tiers[i]!);
        item.settled = true;
      });
      this.pending.sort(before);
    }
    return this.done.slice(0, count);
  }
}
