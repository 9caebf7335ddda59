import { normalizeMobile } from '../../src/domain/identity';
import type { OrderSortField } from '../../src/domain/orderQuery';
import type { Order } from '../../src/domain/types';

/**
 * The orders with what queries need precomputed: search text per order and sorted views that stay
 * valid until a change touches the field they are sorted by. Rows keep their identity when an order
 * changes (only `row.order` is replaced), so a sorted view survives unrelated changes.
 */

export interface OrderRow {
  order: Order;
  /** Lower-case order number, domains and subject name, one per line: searched by substring. */
  publicText: string;
  /** Lower-case phones and certificate numbers: matched in full only, for masked roles. */
  secrets: Set<string>;
  /** The same, one per line, for substring search by roles that see them anyway. */
  secretText: string;
}

export type SortDirection = 'ASC' | 'DESC';

function searchKeys(order: Order): Pick<OrderRow, 'publicText' | 'secrets' | 'secretText'> {
  const publicParts = [order.id, order.subject.name];
  for (const site of order.websites) for (const domain of site.domains) publicParts.push(domain);
  const secrets = new Set<string>();
  const addPhone = (phone: string | null) => {
    if (phone) secrets.add(normalizeMobile(phone).toLowerCase());
  };
  const principals = [order.subjectPrincipal, ...order.websites.map((site) => site.principal)];
  for (const principal of principals) {
    addPhone(principal.mobile);
    addPhone(principal.emergencyPhone);
    addPhone(principal.landline);
    secrets.add(principal.certificateNumber.toLowerCase());
  }
  secrets.add(order.subject.certificateNumber.toLowerCase());
  return {
    publicText: publicParts.join('\n').toLowerCase(),
    secrets,
    secretText: [...secrets].join('\n'),
  };
}

function compareText(a: string | null, b: string | null): number {
  // Nulls sort after every value (and before them when the direction is reversed).
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function fieldValue(order: Order, field: OrderSortField): string | number | null {
  return order[field];
}

function compareBy(field: OrderSortField, direction: SortDirection) {
  const sign = direction === 'ASC' ? 1 : -1;
  return (x: OrderRow, y: OrderRow): number => {
    const a = fieldValue(x.order, field);
    const b = fieldValue(y.order, field);
    const primary =
      typeof a === 'number' && typeof b === 'number'
        ? a - b
        : compareText(a === null ? null : String(a), b === null ? null : String(b));
    if (primary !== 0) return sign * primary;
    // Ties keep the order-number order, whatever the direction: pages never overlap or skip.
    return x.order.id < y.order.id ? -1 : x.order.id > y.order.id ? 1 : 0;
  };
}

export class OrderTable {
  private rows: OrderRow[] = [];
  private readonly byId = new Map<string, OrderRow>();
  private readonly sortedViews = new Map<string, OrderRow[]>();

  load(orders: readonly Order[]): void {
    this.rows = orders.map((order) => ({ order, ...searchKeys(order) }));
    this.byId.clear();
    for (const row of this.rows) this.byId.set(row.order.id, row);
    this.sortedViews.clear();
  }

  get size(): number {
    return this.rows.length;
  }

  get(id: string): Order | undefined {
    return this.byId.get(id)?.order;
  }

  all(): readonly OrderRow[] {
    return this.rows;
  }

  /** Replaces an order by its id; search text and sorted views follow. */
  replace(order: Order): void {
    const row = this.byId.get(order.id);
    if (!row) throw new Error(`No order ${order.id}`);
    const previous = row.order;
    row.order = order;
    Object.assign(row, searchKeys(order));
    for (const key of [...this.sortedViews.keys()]) {
      const field = key.split(' ')[0] as OrderSortField;
      if (fieldValue(previous, field) !== fieldValue(order, field)) this.sortedViews.delete(key);
    }
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
