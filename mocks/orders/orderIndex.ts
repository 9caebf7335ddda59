import type { OrderSortField } from '../../src/domain/orderQuery';
import { clearBit, emptyBitmap, setBit, type Bitmap } from './bitmap';
import type { OrderSummary } from '../seed/buildOrder';
import type { OrderRow, SortDirection } from '../store/orderTable';

/**
 * Indexes over the order rows that answer list queries without sorting or scanning everything:
 *
 * - per sortable field, the rows in ascending order (ties by order number), built on first use
 *   and kept sorted on every change by moving the one changed row (binary search, no re-sort);
 *   a descending page walks it backwards, runs of equal values forwards (ties stay by number);
 * - per enumerated field (status, province, type, filer kind, assignee), the set of rows holding
 *   each value, also updated on every change;
 * - by order number, the row;
 * - for queries, the same as flat arrays of row positions: per enumerated value a bitmap (kept in
 *   step), per sort field and direction the positions in page order (rebuilt on first use after
 *   that field changed). Filters are intersected and counted on the bitmaps, and a page is walked
 *   off the positions without touching the rows it skips.
 *
 * The order table calls `update` after replacing an order, with the summary it had before.
 */

export const ENUM_FIELDS = ['status', 'province', 'type', 'filerKind', 'assigneeId'] as const;
export type EnumField = (typeof ENUM_FIELDS)[number];

type Value = string | number | null;

function compareValues(a: Value, b: Value): number {
  // Nulls after every value ascending (so before them descending), as the API documents.
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of a page: by the field in the direction, ties by order number ascending. */
export function rowComparator(field: OrderSortField, direction: SortDirection) {
  const sign = direction === 'ASC' ? 1 : -1;
  return (x: OrderRow, y: OrderRow): number =>
    sign * compareValues(x.summary[field], y.summary[field]) ||
    compareIds(x.summary.id, y.summary.id);
}

export class OrderIndex {
  private rows: readonly OrderRow[] = [];
  private readonly ascending = new Map<OrderSortField, OrderRow[]>();
  private readonly postings = new Map<EnumField, Map<Value, Set<OrderRow>>>();
  private readonly byId = new Map<string, OrderRow>();
  private readonly bitmaps = new Map<EnumField, Map<Value, Bitmap>>();
  private readonly pageOrders = new Map<string, Int32Array>();

  load(rows: readonly OrderRow[]): void {
    this.rows = rows;
    this.ascending.clear();
    this.postings.clear();
    this.bitmaps.clear();
    this.pageOrders.clear();
    this.byId.clear();
    for (const row of rows) this.byId.set(row.summary.id, row);
  }

  get size(): number {
    return this.rows.length;
  }

  all(): readonly OrderRow[] {
    return this.rows;
  }

  row(id: string): OrderRow | undefined {
    return this.byId.get(id);
  }

  /** Keeps every built index in step with one changed row. */
  update(row: OrderRow, previous: OrderSummary): void {
    for (const [field, sorted] of this.ascending) {
      if (previous[field] === row.summary[field]) continue;
      const at = this.locate(sorted, field, row, previous[field], previous.id);
      if (at < 0) throw new Error(`index out of step: ${row.summary.id} not found by ${field}`);
      sorted.splice(at, 1);
      sorted.splice(this.insertionPoint(sorted, field, row), 0, row);
      this.pageOrders.delete(`${field} ASC`);
      this.pageOrders.delete(`${field} DESC`);
    }
    for (const [field, byValue] of this.postings) {
      if (previous[field] === row.summary[field]) continue;
      byValue.get(previous[field])?.delete(row);
      this.postingOf(byValue, row.summary[field]).add(row);
    }
    for (const [field, byValue] of this.bitmaps) {
      if (previous[field] === row.summary[field]) continue;
      const [before, after] = [byValue.get(previous[field]), byValue.get(row.summary[field])];
      if (before) clearBit(before, row.position);
      // A value not asked for yet gets its bitmap from the postings when it is.
      if (after) setBit(after, row.position);
    }
  }

  /** The row at a position of the table. */
  at(position: number): OrderRow {
    return this.rows[position] as OrderRow;
  }

  /** Positions of the rows holding `value` in an enumerated field (a live bitmap: do not modify). */
  bitsWithValue(field: EnumField, value: Value): Bitmap {
    let byValue = this.bitmaps.get(field);
    if (!byValue) {
      byValue = new Map();
      this.bitmaps.set(field, byValue);
    }
    let bits = byValue.get(value);
    if (!bits) {
      bits = emptyBitmap(this.rows.length);
      for (const row of this.withValue(field, value)) setBit(bits, row.position);
      byValue.set(value, bits);
    }
    return bits;
  }

  /** The positions of all rows in page order (a live array: do not modify). */
  pageOrder(field: OrderSortField, direction: SortDirection): Int32Array {
    const key = `${field} ${direction}`;
    let positions = this.pageOrders.get(key);
    if (!positions) {
      const filled = new Int32Array(this.rows.length);
      let at = 0;
      this.walk(field, direction, (row) => {
        filled[at] = row.position;
        at += 1;
        return true;
      });
      positions = filled;
      this.pageOrders.set(key, positions);
    }
    return positions;
  }

  /** Rows holding `value` in an enumerated field (a live set: do not modify). */
  withValue(field: EnumField, value: Value): ReadonlySet<OrderRow> {
    return this.postingsOf(field).get(value) ?? new Set();
  }

  /** The rows sorted ascending by a field (a live array: do not modify). */
  sortedAscending(field: OrderSortField): readonly OrderRow[] {
    let sorted = this.ascending.get(field);
    if (!sorted) {
      sorted = [...this.rows].sort(rowComparator(field, 'ASC'));
      this.ascending.set(field, sorted);
    }
    return sorted;
  }

  /**
   * Visits rows in page order until `visit` answers false. Descending walks the ascending array
   * from its end, each run of equal values from its start, so ties keep number order.
   */
  walk(field: OrderSortField, direction: SortDirection, visit: (row: OrderRow) => boolean): void {
    const sorted = this.sortedAscending(field);
    if (direction === 'ASC') {
      for (const row of sorted) if (!visit(row)) return;
      return;
    }
    let end = sorted.length;
    while (end > 0) {
      const value = (sorted[end - 1] as OrderRow).summary[field];
      let start = end - 1;
      while (start > 0 && (sorted[start - 1] as OrderRow).summary[field] === value) start -= 1;
      for (let i = start; i < end; i += 1) if (!visit(sorted[i] as OrderRow)) return;
      end = start;
    }
  }

  private postingsOf(field: EnumField): Map<Value, Set<OrderRow>> {
    let byValue = this.postings.get(field);
    if (!byValue) {
      byValue = new Map();
      for (const row of this.rows) this.postingOf(byValue, row.summary[field]).add(row);
      this.postings.set(field, byValue);
    }
    return byValue;
  }

  private postingOf(byValue: Map<Value, Set<OrderRow>>, value: Value): Set<OrderRow> {
    let set = byValue.get(value);
    if (!set) {
      set = new Set();
      byValue.set(value, set);
    }
    return set;
  }

  /** Where `row` sits in `sorted`, found by the (value, id) it was sorted by. */
  private locate(
    sorted: readonly OrderRow[],
    field: OrderSortField,
    row: OrderRow,
    value: Value,
    id: string,
  ): number {
    let [lo, hi] = [0, sorted.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const other = sorted[mid] as OrderRow;
      if (other === row) return mid;
      const order = compareValues(value, other.summary[field]) || compareIds(id, other.summary.id);
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  private insertionPoint(sorted: readonly OrderRow[], field: OrderSortField, row: OrderRow) {
    const compare = rowComparator(field, 'ASC');
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(sorted[mid] as OrderRow, row) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
