import { maskOrder } from '../../src/domain/masking';
import type { Order } from '../../src/domain/types';
import type { OrderRow } from '../store/orderTable';

/**
 * The list form of an order, ready to send: masked for every role (api.md "Masking and reveal": a
 * queue on a shared screen shows no ID or phone; the single order read stays full for review
 * work), serialised as UTF-8 JSON. Masking, serialising and encoding 25
 * full orders cost more than finding them, so each order's bytes are kept until it changes, the
 * way a server caches a rendered row per version.
 *
 * An entry belongs to one order object and its checks: every write replaces the object (a lease
 * heartbeat too, which keeps the version, so the version alone is no key), and a re-run of the
 * checks replaces `checks`. The table also drops an order's entry on every write and all of them
 * on a reset. There is one masked form for every caller; no unmasked list form is ever cached.
 * The oldest entries go first when the cache is full (the pages being looked at stay).
 */

interface Entry {
  order: Order;
  checks: Order['checks'];
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

export class ListedRows {
  private readonly entries = new Map<OrderRow, Entry>();

  constructor(private readonly limit = 2_000) {}

  /** The list form of `order`, the current full order of `row`. */
  bytes(row: OrderRow, order: Order): Uint8Array {
    const entry = this.entries.get(row);
    if (entry && entry.order === order && entry.checks === order.checks) {
      // Most recently used last: eviction takes the first.
      this.entries.delete(row);
      this.entries.set(row, entry);
      return entry.bytes;
    }
    const bytes = encoder.encode(JSON.stringify(maskOrder(order)));
    this.entries.delete(row);
    this.entries.set(row, { order, checks: order.checks, bytes });
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest) this.entries.delete(oldest);
    }
    return bytes;
  }

  /** An order changed: its list form is rebuilt on its next listing. */
  invalidate(row: OrderRow): void {
    this.entries.delete(row);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
