/**
 * An append-only log (audit events, call attempts, internal notes) kept in time order, in
 * insertion order, and per order. Entries are never changed or removed; everything after the seeded
 * ones is what a browser demo has to persist.
 */

export interface LogEntry {
  id: string;
  at: string;
  orderId: string | null;
}

export class EventLog<T extends LogEntry> {
  private byTime: T[] = [];
  private byInsertion: T[] = [];
  private readonly byOrder = new Map<string, T[]>();
  private readonly byId = new Map<string, T>();
  private seeded = 0;

  /** Replaces the log with seeded entries, already in time order. */
  load(entries: readonly T[]): void {
    this.byTime = [...entries];
    this.byInsertion = [...entries];
    this.byOrder.clear();
    this.byId.clear();
    for (const entry of entries) this.index(entry);
    this.seeded = entries.length;
  }

  private index(entry: T): void {
    this.byId.set(entry.id, entry);
    if (entry.orderId === null) return;
    const list = this.byOrder.get(entry.orderId);
    if (list) list.push(entry);
    else this.byOrder.set(entry.orderId, [entry]);
  }

  append(entry: T): void {
    this.byInsertion.push(entry);
    // Usually the newest; a clock moved back in a demo can put it earlier.
    let position = this.byTime.length;
    while (position > 0 && (this.byTime[position - 1]?.at ?? '') > entry.at) position -= 1;
    this.byTime.splice(position, 0, entry);
    this.index(entry);
  }

  get size(): number {
    return this.byInsertion.length;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** Oldest first; entries at the same instant in insertion order. */
  inTimeOrder(): readonly T[] {
    return this.byTime;
  }

  inInsertionOrder(): readonly T[] {
    return this.byInsertion;
  }

  forOrder(orderId: string): readonly T[] {
    return this.byOrder.get(orderId) ?? [];
  }

  /** Entries appended since the seed, in insertion order. */
  appended(): T[] {
    return this.byInsertion.slice(this.seeded);
  }
}
