import { normalizeMobile } from '../../src/domain/identity';
import { maskOrder } from '../../src/domain/masking';
import {
  normalizeSearchText,
  ORDER_FILTER_ENUMS,
  ORDER_FILTER_FIELDS,
  ORDER_SORT_FIELDS,
  type OrderSortField,
} from '../../src/domain/orderQuery';
import { PROVINCES } from '../../src/domain/provinces';
import { callbackDue } from '../../src/domain/callPolicy';
import { deadlineState } from '../../src/domain/sla';
import { OPEN_STATUSES } from '../../src/domain/status';
import type { Order, User } from '../../src/domain/types';
import { clock } from '../clock';
import { db } from '../db';
import type { OrderRow, SortDirection } from '../store/orderTable';
import { rowComparator, type EnumField } from './orderIndex';
import { badQuery } from '../http/errors';
import { isOneOf, isString, listResponse, oneOrMany, parseListQuery } from '../http/listQuery';

/**
 * `GET /api/orders`: filters, sort and paging on the server (api.md), answered from the indexes in
 * orderIndex.ts: enumerated filters start from the rows holding the wanted values (the smallest
 * set first, the others tested), and the page comes from the sorted index of the sort field.
 */

type Predicate = (row: OrderRow) => boolean;

/** Roles that see personal data masked may find an order by a full phone or certificate number. */
export function seesMaskedData(user: User): boolean {
  return user.role === 'support';
}

export function viewOrder(order: Order, user: User): Order {
  return seesMaskedData(user) ? maskOrder(order) : order;
}

function searchPredicate(raw: unknown, masked: boolean): Predicate | null {
  if (typeof raw !== 'string') throw badQuery('filter', 'q must be a string');
  const needle = normalizeSearchText(raw);
  if (needle === '') return null;
  const digits = /^[+\d\s-]+$/.test(raw.trim()) ? normalizeMobile(raw.trim()).toLowerCase() : '';
  // "+86 138 0013 8000" is the phone 13800138000; a lone "+86" or "-" is no phone at all.
  const phone = digits || needle;
  if (masked) {
    // Whole lines only: a masked role finds an order by a full number, never by guessing digits.
    const [wholeNeedle, wholePhone] = [`\n${needle}\n`, `\n${phone}\n`];
    return (row) =>
      row.publicText.includes(needle) ||
      row.secretText.includes(wholeNeedle) ||
      row.secretText.includes(wholePhone);
  }
  return (row) =>
    row.publicText.includes(needle) ||
    row.secretText.includes(needle) ||
    row.secretText.includes(phone);
}

function assigneeValues(value: unknown): (string | null)[] {
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => v === null || typeof v === 'string')) {
    throw badQuery('filter', 'assigneeId must be a user id, null, or an array of them');
  }
  return values as (string | null)[];
}

/**
 * A filter the indexes answer: how many rows it may hold at most, whether a row holds, and its
 * rows (when it is the smallest, the query starts from them and tests the others).
 */
interface Constraint {
  size: number;
  has(row: OrderRow): boolean;
  rows(): Iterable<OrderRow>;
}

/** One enumerated field with one or more wanted values: the union of their rows. */
function valuesConstraint(field: EnumField, wanted: Iterable<string | null>): Constraint {
  const sets = [...new Set(wanted)].map((value) => db.index.withValue(field, value));
  return {
    size: sets.reduce((sum, set) => sum + set.size, 0),
    has: (row) => sets.some((set) => set.has(row)),
    rows: function* () {
      for (const set of sets) yield* set;
    },
  };
}

function idConstraint(ids: Set<string>): Constraint {
  const rows = [...ids].flatMap((id) => db.index.row(id) ?? []);
  const set = new Set(rows);
  return { size: set.size, has: (row) => set.has(row), rows: () => set };
}

interface Plan {
  constraints: Constraint[];
  /** Tests on single rows, applied to the candidates the constraints leave (cheapest first). */
  tests: Predicate[];
}

function plan(filter: Record<string, unknown>, user: User, now: Date): Plan {
  const constraints: Constraint[] = [];
  const tests: Predicate[] = [];
  const ids = oneOrMany(filter, 'id', isString, 'an order number');
  if (ids) constraints.push(idConstraint(ids));
  const enums: [EnumField, Set<string> | null][] = [
    ['status', oneOrMany(filter, 'status', isOneOf(ORDER_FILTER_ENUMS.status), 'a status')],
    [
      'province',
      oneOrMany(filter, 'province', isOneOf(PROVINCES.map((p) => p.code)), 'a province code'),
    ],
    ['type', oneOrMany(filter, 'type', isOneOf(ORDER_FILTER_ENUMS.type), 'an order type')],
    [
      'filerKind',
      oneOrMany(filter, 'filerKind', isOneOf(ORDER_FILTER_ENUMS.filerKind), 'a filer kind'),
    ],
  ];
  for (const [field, wanted] of enums)
    if (wanted) constraints.push(valuesConstraint(field, wanted));
  if (Object.hasOwn(filter, 'assigneeId')) {
    constraints.push(valuesConstraint('assigneeId', assigneeValues(filter.assigneeId)));
  }
  const deadlines = oneOrMany(
    filter,
    'deadline',
    isOneOf(ORDER_FILTER_ENUMS.deadline),
    'a deadline state',
  );
  if (deadlines) {
    // Only open orders have a deadline state: their rows, tested against the clock.
    const open = valuesConstraint('status', OPEN_STATUSES);
    constraints.push({
      size: open.size,
      has: (row) => {
        const state = deadlineState(row.summary, now);
        return state !== null && deadlines.has(state);
      },
      rows: function* () {
        for (const row of open.rows()) {
          const state = deadlineState(row.summary, now);
          if (state !== null && deadlines.has(state)) yield row;
        }
      },
    });
  }
  if (filter.callbackDue !== undefined) {
    if (typeof filter.callbackDue !== 'boolean')
      throw badQuery('filter', 'callbackDue must be true or false');
    const wanted = filter.callbackDue;
    if (wanted) constraints.push(valuesConstraint('status', OPEN_STATUSES));
    tests.push(
      (row) =>
        callbackDue(db.calls.forOrder(row.summary.id), row.summary.revision, now) === wanted &&
        OPEN_STATUSES.includes(row.summary.status),
    );
  }
  if (filter.q !== undefined) {
    const search = searchPredicate(filter.q, seesMaskedData(user));
    if (search) tests.push(search);
  }
  if (filter.hasFailingChecks !== undefined) {
    if (typeof filter.hasFailingChecks !== 'boolean')
      throw badQuery('filter', 'hasFailingChecks must be true or false');
    const wanted = filter.hasFailingChecks;
    // Last: a flag not yet computed in the background costs building the order's checks.
    tests.push((row) => db.checkSummary.hasFailing(row) === wanted);
  }
  return { constraints, tests };
}

/** The rows that pass every filter, found from the smallest constraint; null when unconstrained. */
function candidates({ constraints, tests }: Plan): OrderRow[] | null {
  if (constraints.length === 0) return null;
  const [smallest, ...others] = [...constraints].sort((a, b) => a.size - b.size);
  const found: OrderRow[] = [];
  for (const row of (smallest as Constraint).rows()) {
    if (others.every((c) => c.has(row)) && tests.every((test) => test(row))) found.push(row);
  }
  return found;
}

/**
 * One page in sort order. Few candidates are sorted directly; many are found by walking the
 * sorted index and testing membership, which stops once the page is full.
 */
function pageOf(
  found: readonly OrderRow[],
  sort: { field: OrderSortField; direction: SortDirection },
  start: number,
  end: number,
): OrderRow[] {
  const size = db.index.size;
  const wanted = Math.min(end + 1, found.length);
  if (wanted <= start) return [];
  const walkCost = (wanted * size) / Math.max(found.length, 1);
  const sortCost = found.length * Math.log2(found.length + 1);
  if (sortCost <= walkCost) {
    return [...found].sort(rowComparator(sort.field, sort.direction)).slice(start, end + 1);
  }
  const members = new Set(found);
  const page: OrderRow[] = [];
  let seen = 0;
  db.index.walk(sort.field, sort.direction, (row) => {
    if (!members.has(row)) return true;
    if (seen >= start) page.push(row);
    seen += 1;
    return seen <= end;
  });
  return page;
}

export function queryOrders(url: URL, user: User): Response {
  const query = parseListQuery(url, {
    sortFields: ORDER_SORT_FIELDS,
    defaultSort: { field: 'id', direction: 'ASC' },
    filterFields: ORDER_FILTER_FIELDS,
  });
  const filters = plan(query.filter, user, clock.now());
  const { start, end } = query.range;
  let found = candidates(filters);
  if (found === null && filters.tests.length > 0) {
    found = db.index.all().filter((row) => filters.tests.every((test) => test(row)));
  }
  let page: OrderRow[];
  let total: number;
  if (found === null) {
    // No filter: the sorted index cut at the range.
    total = db.index.size;
    page = [];
    let seen = 0;
    db.index.walk(query.sort.field, query.sort.direction, (row) => {
      if (seen >= start) page.push(row);
      seen += 1;
      return seen <= end;
    });
  } else {
    total = found.length;
    page = pageOf(found, query.sort, start, end);
  }
  // Only the page's orders are built in full (a large data set builds them on first need).
  const orders = page.map((row) => viewOrder(db.orders.materialize(row), user));
  return listResponse('orders', orders, start, total);
}
