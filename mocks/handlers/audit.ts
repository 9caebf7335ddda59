import { maskDetails } from '../../src/domain/personalFields';
import { ACTOR_ROLES, type AuditEvent, type User } from '../../src/domain/types';
import { db } from '../db';
import { authenticate } from '../http/auth';
import { ApiError, badQuery, notFound } from '../http/errors';
import { isOneOf, isString, oneOrMany, parseListQuery, respondList } from '../http/listQuery';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';

/**
 * The audit trail: append-only (every write method is 405), readable by staff who review, never
 * by `support` (403).
 */

function reader(request: Request): User {
  const user = authenticate(request);
  if (user.role === 'support')
    throw new ApiError(403, 'FORBIDDEN', 'The audit trail is not open to support');
  return user;
}

/** The trail as it is read: personal data in the details masked, for every role (api.md). */
function viewEvent(event: AuditEvent): AuditEvent {
  return { ...event, details: maskDetails(event.details) };
}

function instantBound(filter: Record<string, unknown>, field: string): number | null {
  const value = filter[field];
  if (value === undefined) return null;
  const ms =
    typeof value === 'string' && /T.*(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms))
    throw badQuery('filter', `${field} must be an ISO 8601 time with an offset`);
  return ms;
}

export const auditHandlers = [
  route('get', '/api/audit_events', ({ request, url }) => {
    reader(request);
    const query = parseListQuery(url, {
      sortFields: ['at', 'id'] as const,
      defaultSort: { field: 'at', direction: 'DESC' },
      filterFields: ['id', 'orderId', 'actorId', 'action', 'actorRole', 'at_gte', 'at_lte'],
    });
    const { filter } = query;
    const tests: ((event: AuditEvent) => boolean)[] = [];
    const sets: [keyof AuditEvent, Set<string> | null][] = [
      ['id', oneOrMany(filter, 'id', isString, 'an event id')],
      ['actorId', oneOrMany(filter, 'actorId', isString, 'a user id')],
      ['action', oneOrMany(filter, 'action', isString, 'an action')],
      ['actorRole', oneOrMany(filter, 'actorRole', isOneOf(ACTOR_ROLES), 'an actor role')],
    ];
    for (const [field, wanted] of sets)
      if (wanted) tests.push((event) => wanted.has(event[field] as string));
    const from = instantBound(filter, 'at_gte');
    const to = instantBound(filter, 'at_lte');
    if (from !== null) tests.push((event) => Date.parse(event.at) >= from);
    if (to !== null) tests.push((event) => Date.parse(event.at) <= to);
    // One order's events come from its own index rather than a scan of the whole trail.
    const orderIds = oneOrMany(filter, 'orderId', isString, 'an order number');
    let events: readonly AuditEvent[];
    if (orderIds) {
      const byId = (a: AuditEvent, b: AuditEvent) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const byTime = (a: AuditEvent, b: AuditEvent) =>
        a.at < b.at ? -1 : a.at > b.at ? 1 : byId(a, b);
      events = [...orderIds]
        .flatMap((id) => db.audit.forOrder(id))
        .sort(query.sort.field === 'at' ? byTime : byId);
    } else {
      events = query.sort.field === 'at' ? db.audit.inTimeOrder() : db.audit.inInsertionOrder();
    }
    const ordered = query.sort.direction === 'ASC' ? events : [...events].reverse();
    return respondList('audit_events', ordered, tests, query.range, viewEvent);
  }),
  otherMethods('/api/audit_events', ['GET']),
  route('get', '/api/audit_events/:id', ({ request, params }) => {
    reader(request);
    const event = db.audit.get(params.id ?? '');
    if (!event) throw notFound('Audit event');
    return json(viewEvent(event));
  }),
  otherMethods('/api/audit_events/:id', ['GET']),
];
