import type { Order } from '../../src/domain/types';
import { BackgroundWork } from './backgroundWork';
import type { OrderRow } from '../store/orderTable';

/**
 * Whether each order has a failing automatic check, for the `hasFailingChecks` filter. Computing
 * an order's checks means building the full order and its materials (~0.2 ms each): for 100,000
 * orders that is far too slow for a request. So for a large data set the flags are computed in the
 * background after a reset, in slices of a few milliseconds between requests, keeping only a
 * byte per order (not the built order). An order already built (read, or changed by an action)
 * answers from its own checks, recomputed for every version and by a re-run, so a flag is never
 * stale (its answer is kept for that order object and those checks). A request that comes before the background is done computes only the candidate rows the
 * other filters left that still lack a flag; a small data set computes them all on first use.
 */

/** Smaller data sets compute flags on first use: a few hundred orders take milliseconds. */
const BACKGROUND_FROM = 2_000;

const UNKNOWN = -1;

export class CheckSummary {
  /** Per row position: 1 failing, 0 not, UNKNOWN not computed (a flat array: cheap to test). */
  private flags = new Int8Array(0);
  /**
   * For a built order, per position, the order object and the checks its flag was computed from:
   * reading an order object the first time gives it fresh checks, and a re-run replaces them.
   */
  private builtOrders: (Order | undefined)[] = [];
  private builtChecks: (Order['checks'] | undefined)[] = [];
  private rows: readonly OrderRow[] = [];
  private cursor = 0;
  private readonly background = new BackgroundWork((until) => {
    while (this.cursor < this.rows.length && performance.now() < until) {
      const row = this.rows[this.cursor] as OrderRow;
      if (!row.order) this.hasFailing(row);
      this.cursor += 1;
    }
    return this.cursor >= this.rows.length;
  });

  constructor(private readonly compute: (row: OrderRow) => boolean) {}

  load(rows: readonly OrderRow[]): void {
    this.flags = new Int8Array(rows.length).fill(UNKNOWN);
    this.builtOrders = new Array<Order | undefined>(rows.length);
    this.builtChecks = new Array<Order['checks'] | undefined>(rows.length);
    this.rows = rows;
    this.cursor = 0;
    if (rows.length >= BACKGROUND_FROM) this.background.start();
  }

  /** A changed order is built: its own checks answer from now on, the flag is dropped. */
  invalidate(row: OrderRow): void {
    this.flags[row.position] = UNKNOWN;
    this.builtOrders[row.position] = undefined;
    this.builtChecks[row.position] = undefined;
  }

  hasFailing(row: OrderRow): boolean {
    // A built order carries its checks (recomputed per version, and by a re-run): the truth.
    const at = row.position;
    if (row.order) {
      if (this.builtOrders[at] === row.order && this.builtChecks[at] === row.order.checks) {
        return this.flags[at] === 1;
      }
      const failing = this.compute(row);
      this.flags[at] = failing ? 1 : 0;
      this.builtOrders[at] = row.order;
      this.builtChecks[at] = row.order.checks;
      return failing;
    }
    const flag = this.flags[at];
    if (flag !== UNKNOWN) return flag === 1;
    const failing = this.compute(row);
    this.flags[at] = failing ? 1 : 0;
    return failing;
  }
}
