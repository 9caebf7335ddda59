import { normalizeMobile } from '../../src/domain/identity';
import type { OrderSortField } from '../../src/domain/orderQuery';
import type { Order } from '../../src/domain/types';
import type { OrderSummary } from '../seed/buildOrder';

/**
 * The orders with what queries need precomputed: search text per order and sorted views that stay
 * valid until a change touches the field they are sorted by. Rows keep their identity when an order
 * changes (only `row.order` is replaced), so a sorted view survives unrelated changes.
 */

export interface OrderRow {
  /** The fields lists sort and filter by; always present. */
  summary: OrderSummary;
  /** The full order, built on first need. */
  order: Order | null;
  /** Position in the data set, for the builder. */
  position: number;
  /** Lower-case order number, domains and subject name, one per line: searched by substring. */
  publicText: string;
  /**
   * Lower-case phones and certificate numbers, each on its own line between newlines: a role that
   * sees them masked may match a whole line only, other roles any part.
   */
  secretText: string;
}

export type SortDirection = 'ASC' | 'DESC';

export interface SearchParts {
  publicParts: readonly string[];
  secrets: readonly string[];
}

export const SUMMARY_FIELDS = [
  'id',
  'type',
  'filerKind',
  'province',
  'status',
  'assigneeId',
  'claimedAt',
  'submittedAt',
  'slaDueAt',
  'revision',
  'version',
  'updatedAt',
] as const satisfies readonly (keyof OrderSummary)[];

export function summarize(order: Order): OrderSummary {
  const summary: Partial<Record<keyof OrderSummary, unknown>> = {};
  for (const field of SUMMARY_FIELDS) summary[field] = order[field];
  return summary as OrderSummary;
}

/** What search matches in a full order: the same as the seed's core gives before it is built. */
export function orderSearchParts(order: Order): SearchParts {
  const publicParts = [order.id, order.subject.name];
  for (const site of order.websites) for (const domain of site.domains) publicParts.push(domain);
  const secrets = [order.subject.certificateNumber];
  for (const principal of [
    order.subjectPrincipal,
    ...order.websites.map((site) => site.principal),
  ]) {
    secrets.push(principal.certificateNumber);
    for (const phone of [principal.mobile, principal.emergencyPhone, principal.landline]) {
      if (phone) secrets.push(normalizeMobile(phone));
    }
  }
  return { publicParts, secrets };
}

function searchKeys(parts: SearchParts): Pick<OrderRow, 'publicText' | 'secretText'> {
  return {
    publicText: parts.publicParts.join('\n').toLowerCase(),
    secretText: `\n${parts.secrets.join('\n').toLowerCase()}\n`,
  };
}

function compareText(a: string | null, b: string | null): number {
  // Nulls sort after every value (and before them when the direction is reversed).
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function fieldValue(summary: OrderSummary, field: OrderSortField): string | number | null {
  return summary[field];
}

function compareBy(field: OrderSortField, direction: SortDirection) {
  const sign = direction === 'ASC' ? 1 : -1;
  return (x: OrderRow, y: OrderRow): number => {
    const a = fieldValue(x.summary, field);
    const b = fieldValue(y.summary, field);
    const primary =
      typeof a === 'number' && typeof b === 'number'
        ? a - b
        : compareText(a === null ? null : String(a), b === null ? null : String(b));
    if (primary !== 0) return sign * primary;
    // Ties keep the order-number order, whatever the direction: pages never overlap or skip.
    return x.summary.id < y.summary.id ? -1 : x.summary.id > y.summary.id ? 1 : 0;
  };
}

export interface TableSource {
  summaries: readonly OrderSummary[];
  search(position: number): SearchParts;
  build(position: number): Order;
}

/** Indexes kept in step with the table (mocks/orders/orderIndex.ts). */
export interface TableIndexer {
  load(rows: readonly OrderRow[]): void;
  /** After an order was replaced; `previous` is the summary it had before. */
  update(row: OrderRow, previous: OrderSummary): void;
}

export class OrderTable {
  private rows: OrderRow[] = [];
  private readonly byId = new Map<string, OrderRow>();
  private readonly sortedViews = new Map<string, OrderRow[]>();
  private build: (position: number) => Order = () => {
    throw new Error('The order table is empty');
  };

  /** Index maintenance hook: told of every load and every change. */
  indexer: TableIndexer | null = null;

  load(source: TableSource): void {
    this.rows = source.summaries.map((summary, position) => ({
      summary,
      order: null,
      position,
      ...searchKeys(source.search(position)),
    }));
    this.build = source.build;
    this.byId.clear();
    for (const row of this.rows) this.byId.set(row.summary.id, row);
    this.sortedViews.clear();
    this.indexer?.load(this.rows);
  }

  get size(): number {
    return this.rows.length;
  }

  /** The full order (built now if it was not yet). */
  get(id: string): Order | undefined {
    const row = this.byId.get(id);
    return row ? this.materialize(row) : undefined;
  }

  /** Called on every read of a full order (the db attaches its derived checks there). */
  onRead: ((order: Order) => void) | null = null;

  materialize(row: OrderRow): Order {
    if (!row.order) row.order = this.build(row.position);
    this.onRead?.(row.order);
    return row.order;
  }

  all(): readonly OrderRow[] {
    return this.rows;
  }

  /** Replaces an order by its id; search text and sorted views follow. */
  replace(order: Order): void {
    const row = this.byId.get(order.id);
    if (!row) throw new Error(`No order ${order.id}`);
    const previous = row.summary;
    row.order = order;
    row.summary = summarize(order);
    Object.assign(row, searchKeys(orderSearchParts(order)));
    for (const key of [...this.sortedViews.keys()]) {
      const field = key.split(' ')[0] as OrderSortField;
      if (fieldValue(previous, field) !== fieldValue(row.summary, field))
        this.sortedViews.delete(key);
    }
    this.indexer?.update(row, previous);
  }

  sorted(field: OrderSortField, direction: SortDirection): readonly OrderRow[] {
    const key = `${field} ${direction}`;
    let view = this.sortedViews.get(key);
    if (!view) {
      view = [...this.rows].sort(compareBy(field, direction));
      this.sortedViews.set(key, view);
    }
    return view;
  }
}
