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
import { deadlineState, type DeadlineState } from '../../src/domain/sla';
import { OPEN_STATUSES } from '../../src/domain/status';
import type { Order, User } from '../../src/domain/types';
import { clock } from '../clock';
import { db } from '../db';
import type { OrderRow, SortDirection } from '../store/orderTable';
import {
  clearBit,
  countBits,
  eachBit,
  emptyBitmap,
  fullBitmap,
  hasBit,
  intersect,
  setBit,
  union,
  type Bitmap,
} from './bitmap';
import type { EnumField } from './orderIndex';
import { badQuery } from '../http/errors';
import {
  isOneOf,
  isString,
  oneOrMany,
  parseListQuery,
  serializedListResponse,
} from '../http/listQuery';

/**
 * `GET /api/orders`: filters, sort and paging on the server (api.md), answered from the indexes in
 * orderIndex.ts the way a database answers from bitmap and sorted indexes: the filters on
 * enumerated fields, deadlines, numbers and subjects are bitmaps of rows, intersected; the other
 * tests see only the rows left; the page comes from the positions in the sort field's order.
 */

type Predicate = (row: OrderRow) => boolean;

/** Roles that see personal data masked may find an order by a full phone or certificate number. */
export function seesMaskedData(user: User): boolean {
  return user.role === 'support';
}

export function viewOrder(order: Order, user: User): Order {
  return seesMaskedData(user) ? maskOrder(order) : order;
}

/** `q` (api.md): the rows whose search text holds it, found in the text index's blocks. */
function searchConstraint(raw: unknown, masked: boolean): Constraint | null {
  if (typeof raw !== 'string') throw badQuery('filter', 'q must be a string');
  const needle = normalizeSearchText(raw);
  if (needle === '') return null;
  const digits = /^[+\d\s-]+$/.test(raw.trim()) ? normalizeMobile(raw.trim()).toLowerCase() : '';
  // "+86 138 0013 8000" is the phone 13800138000; a lone "+86" or "-" is no phone at all.
  const phone = digits || needle;
  const bits = emptyBitmap(db.index.size);
  db.searchText.mark('publicText', needle, bits);
  for (const number of new Set([needle, phone])) {
    // A masked role finds an order by a full number, a whole line, never by guessing digits.
    db.searchText.markNumber(number, masked ? `\n${number}\n` : number, bits);
  }
  return bits;
}

function assigneeValues(value: unknown): (string | null)[] {
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => v === null || typeof v === 'string')) {
    throw badQuery('filter', 'assigneeId must be a user id, null, or an array of them');
  }
  return values as (string | null)[];
}

/**
 * A filter the indexes answer exactly: the positions of the rows it holds, as a bitmap (may be a
 * live one of the index: never modified).
 */
type Constraint = Bitmap;

/** One enumerated field with one or more wanted values: the union of their rows. */
function valuesConstraint(field: EnumField, wanted: Iterable<string | null>): Constraint {
  const sets = [...new Set(wanted)].map((value) => db.index.bitsWithValue(field, value));
  return sets.length === 1 ? (sets[0] as Bitmap) : union(sets);
}

function positionsConstraint(positions: Iterable<number>): Constraint {
  const bits = emptyBitmap(db.index.size);
  for (const position of positions) setBit(bits, position);
  return bits;
}

function idConstraint(ids: Set<string>): Constraint {
  return positionsConstraint([...ids].flatMap((id) => db.index.row(id)?.position ?? []));
}

/** `sameSubjectAs: <orderId>`: every order whose subject has that order's certificate number. */
function sameSubjectConstraint(value: unknown): Constraint {
  if (typeof value !== 'string') throw badQuery('filter', 'sameSubjectAs must be an order number');
  const position = db.lookup.positionOf(value);
  const keys = position === undefined ? undefined : db.lookup.keysAt(position);
  return positionsConstraint(keys ? db.lookup.subjectPositions(keys.subjectCertificate) : []);
}

const DEADLINE_ORDER: readonly (DeadlineState | null)[] = ['overdue', 'due_soon', 'on_time', null];

/**
 * Open orders whose deadline state at `now` is one of `states`. Each state is a span of the
 * deadline index (overdue up to now, then due soon, then on time, then no deadline), so its limits
 * are found by a binary search with `deadlineState` itself and no date is parsed per row. The
 * index's order is time order, as every deadline is written the same way (`toCstIso`:
 * milliseconds, +08:00).
 */
function deadlineConstraint(states: Set<string>, now: Date): Constraint {
  const open = valuesConstraint('status', OPEN_STATUSES);
  const sorted = db.index.sortedAscending('slaDueAt');
  const positions = db.index.pageOrder('slaDueAt', 'ASC');
  const rankAt = (i: number) => {
    const due = (sorted[i] as OrderRow).summary.slaDueAt;
    const state =
      due === null ? null : deadlineState({ status: 'pending_review', slaDueAt: due }, now);
    return DEADLINE_ORDER.indexOf(state);
  };
  /** The first place in the index whose state ranks at least `rank`. */
  const firstFrom = (rank: number) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rankAt(mid) < rank) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const bits = emptyBitmap(db.index.size);
  for (const state of states) {
    const rank = DEADLINE_ORDER.indexOf(state as DeadlineState);
    for (let i = firstFrom(rank), to = firstFrom(rank + 1); i < to; i += 1) {
      const position = positions[i] as number;
      if (hasBit(open, position)) setBit(bits, position);
    }
  }
  return bits;
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
  // Only open orders have a deadline state: their rows, tested against the clock.
  if (deadlines) constraints.push(deadlineConstraint(deadlines, now));
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
    const search = searchConstraint(filter.q, seesMaskedData(user));
    if (search) constraints.push(search);
  }
  if (filter.sameSubjectAs !== undefined) {
    constraints.push(sameSubjectConstraint(filter.sameSubjectAs));
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

type Sort = { field: OrderSortField; direction: SortDirection };

/** The rows of one page of every order, walking the sorted index. */
function walkPage(sort: Sort, start: number, end: number): OrderRow[] {
  const page: OrderRow[] = [];
  let seen = 0;
  db.index.walk(sort.field, sort.direction, (row) => {
    if (seen >= start) page.push(row);
    seen += 1;
    return seen <= end;
  });
  return page;
}

/**
 * Total and page. With no filter the total is the table's size and the page is walked off the
 * sorted index. Otherwise the filters' bitmaps are intersected, the row tests applied to the rows
 * left (each row once), the matches counted, and the page walked off the positions in page order:
 * skipping a row there is a bit test, whatever the sort field and the filters have in common
 * (pending orders, say, have the latest deadlines).
 */
function answer(
  { constraints, tests }: Plan,
  sort: Sort,
  start: number,
  end: number,
): { total: number; page: OrderRow[] } {
  const size = db.index.size;
  if (constraints.length === 0 && tests.length === 0) {
    return { total: size, page: walkPage(sort, start, end) };
  }
  const matches = constraints.length > 0 ? intersect(constraints) : fullBitmap(size);
  if (tests.length > 0) {
    const index = db.index;
    const passes: Predicate =
      tests.length === 1 ? (tests[0] as Predicate) : (row) => tests.every((test) => test(row));
    eachBit(matches, (position) => {
      if (!passes(index.at(position))) clearBit(matches, position);
    });
  }
  const total = countBits(matches);
  const page: OrderRow[] = [];
  if (start >= total) return { total, page };
  const order = db.index.pageOrder(sort.field, sort.direction);
  for (let i = 0, seen = 0; i < order.length && seen <= end; i += 1) {
    const position = order[i] as number;
    if (!hasBit(matches, position)) continue;
    if (seen >= start) page.push(db.index.at(position));
    seen += 1;
  }
  return { total, page };
}

export function queryOrders(url: URL, user: User): Response {
  const query = parseListQuery(url, {
    sortFields: ORDER_SORT_FIELDS,
    defaultSort: { field: 'id', direction: 'ASC' },
    filterFields: ORDER_FILTER_FIELDS,
  });
  const { start, end } = query.range;
  const { total, page } = answer(plan(query.filter, user, clock.now()), query.sort, start, end);
  // Only the page's orders are built in full (a large data set builds them on first need), and
  // each is masked and serialised once per change (listedRows.ts).
  const orders = page.map((row) => db.listed.bytes(row, db.orders.materialize(row)));
  return serializedListResponse('orders', orders, start, total);
}
