import type { OrderRow } from '../store/orderTable';

/**
 * Whether each order has a failing automatic check, for the `hasFailingChecks` filter. Computing
 * an order's checks means building the full order and its materials (~0.2 ms each): for 100,000
 * orders that is far too slow for a request. So the flags are computed in the background after a
 * reset, in slices of a few milliseconds between requests, keeping only a boolean per order (not
 * the built order). A change to an order drops its flag; the next use (or the background) redoes
 * it (small data sets skip the background). A request that comes before the background is done computes only the candidate rows the
 * other filters left that still lack a flag.
 */

const SLICE_MS = 8;
/** Smaller data sets compute flags on first use: a few hundred orders take milliseconds. */
const BACKGROUND_FROM = 2_000;

export class CheckSummary {
  private readonly flags = new Map<OrderRow, boolean>();
  private rows: readonly OrderRow[] = [];
  private cursor = 0;
  private readonly redo: OrderRow[] = [];
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly compute: (row: OrderRow) => boolean) {}

  load(rows: readonly OrderRow[]): void {
    this.flags.clear();
    this.rows = rows;
    this.cursor = 0;
    this.redo.length = 0;
    this.generation += 1;
    if (rows.length >= BACKGROUND_FROM) this.schedule();
  }

  /** Forget a changed order's flag. */
  invalidate(row: OrderRow): void {
    this.flags.delete(row);
    if (this.rows.length < BACKGROUND_FROM) return;
    this.redo.push(row);
    this.schedule();
  }

  hasFailing(row: OrderRow): boolean {
    let flag = this.flags.get(row);
    if (flag === undefined) {
      flag = this.compute(row);
      this.flags.set(row, flag);
    }
    return flag;
  }

  /** True once every order has its flag (nothing left for the background). */
  get complete(): boolean {
    return this.flags.size === this.rows.length;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    const generation = this.generation;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (generation !== this.generation) return this.schedule();
      const until = performance.now() + SLICE_MS;
      while (this.redo.length > 0 && performance.now() < until) {
        this.hasFailing(this.redo.pop() as OrderRow);
      }
      while (this.cursor < this.rows.length && performance.now() < until) {
        this.hasFailing(this.rows[this.cursor] as OrderRow);
        this.cursor += 1;
      }
      if (this.cursor < this.rows.length || this.redo.length > 0) this.schedule();
    }, 0);
    // Never keeps a process (a test run, a script) alive on its own.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
