/**
 * The leases of orders in review, ordered by expiry (api.md "Leases"), so that the sweep at the
 * start of every request looks only at leases that are due instead of scanning every order. A
 * binary min-heap with lazy deletion: a renewed or ended lease leaves its old heap entry behind,
 * which is skipped when it surfaces because it no longer matches the current expiry.
 */

interface Entry {
  expiresAt: number;
  orderId: string;
}

export class LeaseIndex {
  private heap: Entry[] = [];
  private readonly current = new Map<string, number>();

  clear(): void {
    this.heap = [];
    this.current.clear();
  }

  get size(): number {
    return this.current.size;
  }

  /** Records an order's lease (an ISO instant), or forgets it (null). */
  track(orderId: string, leaseExpiresAt: string | null): void {
    if (leaseExpiresAt === null) {
      this.current.delete(orderId);
      return;
    }
    const expiresAt = Date.parse(leaseExpiresAt);
    if (this.current.get(orderId) === expiresAt) return;
    this.current.set(orderId, expiresAt);
    this.push({ expiresAt, orderId });
    // Stale entries pile up only if leases are renewed far more often than they lapse.
    if (this.heap.length > 4 * this.current.size + 64) this.rebuild();
  }

  /** The ids of orders whose lease lapsed before `now` (strictly), earliest first; removes them. */
  takeLapsed(now: number): string[] {
    const lapsed: string[] = [];
    while (this.heap.length > 0) {
      const top = this.heap[0] as Entry;
      if (this.current.get(top.orderId) !== top.expiresAt) {
        this.pop();
        continue;
      }
      if (top.expiresAt >= now) break;
      this.pop();
      this.current.delete(top.orderId);
      lapsed.push(top.orderId);
    }
    return lapsed;
  }

  private rebuild(): void {
    this.heap = [];
    for (const [orderId, expiresAt] of this.current) this.push({ expiresAt, orderId });
  }

  private static before(a: Entry, b: Entry): boolean {
    return a.expiresAt < b.expiresAt || (a.expiresAt === b.expiresAt && a.orderId < b.orderId);
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!LeaseIndex.before(heap[i] as Entry, heap[parent] as Entry)) break;
      [heap[i], heap[parent]] = [heap[parent] as Entry, heap[i] as Entry];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop() as Entry;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && LeaseIndex.before(heap[left] as Entry, heap[smallest] as Entry))
        smallest = left;
      if (right < heap.length && LeaseIndex.before(heap[right] as Entry, heap[smallest] as Entry))
        smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest] as Entry, heap[i] as Entry];
      i = smallest;
    }
  }
}
