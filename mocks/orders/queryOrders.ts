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
import {
  isOneOf,
  isString,
  oneOrMany,
  parseListQuery,
  serializedListResponse,
} from '../http/listQuery';

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

/** `sameSubjectAs: <orderId>`: every order whose subject has that order's certificate number. */
function sameSubjectPredicate(value: unknown): Predicate {
  if (typeof value !== 'string') throw badQuery('filter', 'sameSubjectAs must be an order number');
  const position = db.lookup.positionOf(value);
  const keys = position === undefined ? undefined : db.lookup.keysAt(position);
  const wanted = new Set(keys ? db.lookup.subjectPositions(keys.subjectCertificate) : []);
  return (row) => wanted.has(row.position);
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
 * A filter the indexes answer: how many rows it may hold at most (`exact` when it holds exactly
 * that many), whether a row holds, and a visit of its rows (when it is the smallest, the query
 * starts from them and tests the others).
 */
interface Constraint {
  size: number;
  exact: boolean;
  has(row: OrderRow): boolean;
  each(visit: (row: OrderRow) => void): void;
}

/** One enumerated field with one or more wanted values: the union of their (disjoint) rows. */
function valuesConstraint(field: EnumField, wanted: Iterable<string | null>): Constraint {
  const sets = [...new Set(wanted)].map((value) => db.index.withValue(field, value));
  const only = sets.length === 1 ? (sets[0] as ReadonlySet<OrderRow>) : null;
  return {
    size: sets.reduce((sum, set) => sum + set.size, 0),
    exact: true,
    has: only ? (row) => only.has(row) : (row) => sets.some((set) => set.has(row)),
    each: (visit) => {
      for (const set of sets) for (const row of set) visit(row);
    },
  };
}

function idConstraint(ids: Set<string>): Constraint {
  const set = new Set([...ids].flatMap((id) => db.index.row(id) ?? []));
  return {
    size: set.size,
    exact: true,
    has: (row) => set.has(row),
    each: (visit) => set.forEach((row) => visit(row)),
  };
}

/** Open orders whose deadline state at `now` is one of `states`. */
function deadlineConstraint(states: Set<string>, now: Date): Constraint {
  const open = valuesConstraint('status', OPEN_STATUSES);
  const holds = (row: OrderRow) => {
    const state = deadlineState(row.summary, now);
    return state !== null && states.has(state);
  };
  return {
    size: open.size,
    exact: false,
    has: holds,
    each: (visit) => open.each((row) => holds(row) && visit(row)),
  };
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
    const search = searchPredicate(filter.q, seesMaskedData(user));
    if (search) tests.push(search);
  }
  if (filter.sameSubjectAs !== undefined) tests.push(sameSubjectPredicate(filter.sameSubjectAs));
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

/** The rows of one page in sort order, walking the sorted index while `matches` says which count. */
function walkPage(sort: Sort, start: number, end: number, matches?: Predicate): OrderRow[] {
  const page: OrderRow[] = [];
  let seen = 0;
  db.index.walk(sort.field, sort.direction, (row) => {
    if (matches && !matches(row)) return true;
    if (seen >= start) page.push(row);
    seen += 1;
    return seen <= end;
  });
  return page;
}

/**
 * Total and page. With no filter, or one exact filter, the total is known without visiting rows
 * and the page is walked off the sorted index. Otherwise the smallest filter's rows are tested
 * against the rest; the matches are then sorted when few, or the page is walked when many (a walk
 * visits about (end + 1) × orders / matches rows before the page is full).
 */
function answer(
  { constraints, tests }: Plan,
  sort: Sort,
  start: number,
  end: number,
): { total: number; page: OrderRow[] } {
  const size = db.index.size;
  const [smallest, ...others] = [...constraints].sort((a, b) => a.size - b.size);
  if (!smallest && tests.length === 0) return { total: size, page: walkPage(sort, start, end) };
  if (smallest && smallest.exact && others.length === 0 && tests.length === 0) {
    const total = smallest.size;
    if (total * Math.log2(total + 1) > ((end + 1) * size) / Math.max(total, 1)) {
      return { total, page: start < total ? walkPage(sort, start, end, smallest.has) : [] };
    }
  }
  const matches: Predicate = (row) =>
    others.every((c) => c.has(row)) && tests.every((test) => test(row));
  const found: OrderRow[] = [];
  if (smallest) smallest.each((row) => matches(row) && found.push(row));
  else for (const row of db.index.all()) if (matches(row)) found.push(row);
  const total = found.length;
  if (start >= total) return { total, page: [] };
  const sortCost = total * Math.log2(total + 1);
  if (sortCost <= ((Math.min(end + 1, total) * size) / total) * (1 + constraints.length)) {
    return {
      total,
      page: found.sort(rowComparator(sort.field, sort.direction)).slice(start, end + 1),
    };
  }
  const all: Predicate = smallest ? (row) => smallest.has(row) && matches(row) : matches;
  return { total, page: walkPage(sort, start, end, all) };
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
