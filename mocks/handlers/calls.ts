import { maskPhone } from '../../src/domain/masking';
import type { CallAttempt } from '../../src/domain/types';
import { db } from '../db';
import { authenticate } from '../http/auth';
import { badQuery, notFound } from '../http/errors';
import {
  isOneOf,
  isString,
  oneOrMany,
  parseListQuery,
  respondList,
  sortBy,
} from '../http/listQuery';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';

/** Call attempts, listed per order; they are recorded through the order's `calls` action. */

const OUTCOMES = ['connected', 'no_answer', 'busy', 'powered_off', 'invalid_number', 'declined'];

/** Notes are typed by reviewers and might quote a number: masked like any phone for support. */
function maskNote(note: string): string {
  return note.replace(/(?:\+?86)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}/g, (phone) => maskPhone(phone));
}

export const callHandlers = [
  route('get', '/api/calls', ({ request, url }) => {
    const user = authenticate(request);
    const query = parseListQuery(url, {
      sortFields: ['at', 'id'] as const,
      defaultSort: { field: 'at', direction: 'ASC' },
      filterFields: ['id', 'orderId', 'callerId', 'outcome', 'revision'],
    });
    const { filter } = query;
    const tests: ((call: CallAttempt) => boolean)[] = [];
    const ids = oneOrMany(filter, 'id', isString, 'a call id');
    const callers = oneOrMany(filter, 'callerId', isString, 'a user id');
    const outcomes = oneOrMany(filter, 'outcome', isOneOf(OUTCOMES), 'a call outcome');
    if (ids) tests.push((call) => ids.has(call.id));
    if (callers) tests.push((call) => callers.has(call.callerId));
    if (outcomes) tests.push((call) => outcomes.has(call.outcome));
    if (filter.revision !== undefined) {
      const revision = filter.revision;
      if (typeof revision !== 'number' || !Number.isInteger(revision))
        throw badQuery('filter', 'revision must be an integer');
      tests.push((call) => call.revision === revision);
    }
    const orderIds = oneOrMany(filter, 'orderId', isString, 'an order number');
    const { field, direction } = query.sort;
    // The whole log is kept in time order already; only a subset or an id sort needs sorting.
    const sorted =
      orderIds || field !== 'at'
        ? sortBy(
            orderIds
              ? [...orderIds].flatMap((id) => db.calls.forOrder(id))
              : db.calls.inTimeOrder(),
            field,
            direction,
          )
        : direction === 'ASC'
          ? db.calls.inTimeOrder()
          : [...db.calls.inTimeOrder()].reverse();
    const view =
      user.role === 'support'
        ? (call: CallAttempt) => ({ ...call, note: maskNote(call.note) })
        : undefined;
    return respondList('calls', sorted, tests, query.range, view);
  }),
  otherMethods('/api/calls', ['GET']),
  route('get', '/api/calls/:id', ({ request, params }) => {
    const user = authenticate(request);
    const call = db.calls.get(params.id ?? '');
    if (!call) throw notFound('Call');
    return json(user.role === 'support' ? { ...call, note: maskNote(call.note) } : call);
  }),
  otherMethods('/api/calls/:id', ['GET']),
];
