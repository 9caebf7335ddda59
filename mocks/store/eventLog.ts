/**
 * An append-only log (audit events, call attempts, internal notes) kept in time order, in
 * insertion order, and per order. Entries are never changed or removed. The seeded entries may be
 * loaded lazily (a large data set builds its audit trail only when somebody reads it); appended
 * entries are kept apart as well, since they are what a browser demo persists.
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
  private added: T[] = [];
  private seededCount = 0;
  private loader: (() => readonly T[]) | null = null;

  /** Replaces the log with seeded entries, already in time order. */
  load(entries: readonly T[]): void {
    this.loadLazily(entries.length, () => entries);
    this.ensure();
  }

  /** Replaces the log with `count` seeded entries that `loader` gives when first needed. */
  loadLazily(count: number, loader: () => readonly T[]): void {
    this.byTime = [];
    this.byInsertion = [];
    this.byOrder.clear();
    this.byId.clear();
    this.added = [];
    this.seededCount = count;
    this.loader = loader;
  }

  private ensure(): void {
    if (!this.loader) return;
    const seeded = this.loader();
    this.loader = null;
    this.byTime = [...seeded];
    this.byInsertion = [...seeded];
    for (const entry of seeded) this.index(entry);
    for (const entry of this.added) this.insert(entry);
  }

  private index(entry: T): void {
    this.byId.set(entry.id, entry);
    if (entry.orderId === null) return;
    const list = this.byOrder.get(entry.orderId);
    if (list) list.push(entry);
    else this.byOrder.set(entry.orderId, [entry]);
  }

  private insert(entry: T): void {
    this.byInsertion.push(entry);
    // Usually the newest; a clock moved back in a demo can put it earlier.
    let position = this.byTime.length;
    while (position > 0 && (this.byTime[position - 1]?.at ?? '') > entry.at) position -= 1;
    this.byTime.splice(position, 0, entry);
    this.index(entry);
  }

  append(entry: T): void {
    this.added.push(entry);
    if (!this.loader) this.insert(entry);
  }

  /** The number of entries, without loading the seeded ones. */
  get size(): number {
    return this.seededCount + this.added.length;
  }

  get(id: string): T | undefined {
    this.ensure();
    return this.byId.get(id);
  }

  /** Oldest first; entries at the same instant in insertion order. */
  inTimeOrder(): readonly T[] {
    this.ensure();
    return this.byTime;
  }

  inInsertionOrder(): readonly T[] {
    this.ensure();
    return this.byInsertion;
  }

  forOrder(orderId: string): readonly T[] {
    this.ensure();
    return this.byOrder.get(orderId) ?? [];
  }

  /** Entries appended since the seed, in insertion order. */
  appended(): T[] {
    return [...this.added];
  }
}
