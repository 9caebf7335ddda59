import { normalizeMobile } from '../../src/domain/identity';
import { maskOrder } from '../../src/domain/masking';
import {
  normalizeSearchText,
  ORDER_FILTER_ENUMS,
  ORDER_FILTER_FIELDS,
  ORDER_SORT_FIELDS,
} from '../../src/domain/orderQuery';
import { PROVINCES } from '../../src/domain/provinces';
import { callbackDue } from '../../src/domain/callPolicy';
import { deadlineState } from '../../src/domain/sla';
import { hasFailingChecks } from '../../src/domain/checks/summary';
import { OPEN_STATUSES } from '../../src/domain/status';
import type { Order, User } from '../../src/domain/types';
import { clock } from '../clock';
import { db } from '../db';
import type { OrderSummary } from '../seed/buildOrder';
import type { OrderRow } from '../store/orderTable';
import { badQuery } from '../http/errors';
import { isOneOf, isString, listResponse, oneOrMany, parseListQuery } from '../http/listQuery';

/**
 * `GET /api/orders`: filters, sort and paging on the server (api.md). Sorted views are cached by
 * the order table and a page is cut while filtering, so a page of 100,000 orders costs one pass.
 */

type Predicate = (row: OrderRow) => boolean;

/** Roles that see personal data masked may find an order by a full phone or certificate number. */
export function seesMaskedData(user: User): boolean {
  return user.role === 'support';
}

export function viewOrder(order: Order, user: User): Order {
  return seesMaskedData(user) ? maskOrder(order) : order;
}

/**
 * Lists and search answers carry personal data masked for every role (api.md "Masking"): a queue
 * on a shared screen shows no ID or phone. The single order read stays full for review work.
 */
export function viewListedOrder(order: Order): Order {
  return maskOrder(order);
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

function assigneePredicate(value: unknown): Predicate {
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => v === null || typeof v === 'string')) {
    throw badQuery('filter', 'assigneeId must be a user id, null, or an array of them');
  }
  const wanted = new Set(values as (string | null)[]);
  return (row) => wanted.has(row.summary.assigneeId);
}

function predicates(filter: Record<string, unknown>, user: User, now: Date): Predicate[] {
  const list: Predicate[] = [];
  const sets: [keyof OrderSummary, Set<string> | null][] = [
    ['id', oneOrMany(filter, 'id', isString, 'an order number')],
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
  for (const [field, wanted] of sets) {
    if (wanted) list.push((row) => wanted.has(row.summary[field as keyof OrderSummary] as string));
  }
  if (Object.hasOwn(filter, 'assigneeId')) list.push(assigneePredicate(filter.assigneeId));
  const deadlines = oneOrMany(
    filter,
    'deadline',
    isOneOf(ORDER_FILTER_ENUMS.deadline),
    'a deadline state',
  );
  if (deadlines) {
    list.push((row) => {
      const state = deadlineState(row.summary, now);
      return state !== null && deadlines.has(state);
    });
  }
  if (filter.callbackDue !== undefined) {
    if (typeof filter.callbackDue !== 'boolean')
      throw badQuery('filter', 'callbackDue must be true or false');
    const wanted = filter.callbackDue;
    list.push(
      (row) =>
        callbackDue(db.calls.forOrder(row.summary.id), row.summary.revision, now) === wanted &&
        OPEN_STATUSES.includes(row.summary.status),
    );
  }
  if (filter.q !== undefined) {
    const search = searchPredicate(filter.q, seesMaskedData(user));
    if (search) list.push(search);
  }
  if (filter.sameSubjectAs !== undefined) list.push(sameSubjectPredicate(filter.sameSubjectAs));
  if (filter.hasFailingChecks !== undefined) {
    if (typeof filter.hasFailingChecks !== 'boolean')
      throw badQuery('filter', 'hasFailingChecks must be true or false');
    const wanted = filter.hasFailingChecks;
    // Last: it builds the full order (and its checks), so cheaper filters narrow the rows first.
    list.push((row) => hasFailingChecks(db.orders.materialize(row).checks) === wanted);
  }
  return list;
}

export function queryOrders(url: URL, user: User): Response {
  const query = parseListQuery(url, {
    sortFields: ORDER_SORT_FIELDS,
    defaultSort: { field: 'id', direction: 'ASC' },
    filterFields: ORDER_FILTER_FIELDS,
  });
  const tests = predicates(query.filter, user, clock.now());
  const rows = db.orders.sorted(query.sort.field, query.sort.direction);
  const { start, end } = query.range;
  const page: OrderRow[] = [];
  let total = 0;
  if (tests.length === 0) {
    total = rows.length;
    for (let i = start; i <= end && i < rows.length; i += 1) page.push(rows[i] as OrderRow);
  } else {
    for (const row of rows) {
      if (!tests.every((test) => test(row))) continue;
      if (total >= start && total <= end) page.push(row);
      total += 1;
    }
  }
  // Only the page's orders are built in full (a large data set builds them on first need).
  const orders = page.map((row) => viewListedOrder(db.orders.materialize(row)));
  return listResponse('orders', orders, start, total);
}
