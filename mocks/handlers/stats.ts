import { callbackDue } from '../../src/domain/callPolicy';
import { agreementRates } from '../../src/domain/qa';
import {
  dashboardStats,
  isDecision,
  lastDays,
  workload,
  type OrderFacts,
} from '../../src/domain/stats';
import { isValidIsoDate } from '../../src/domain/time';
import type { User } from '../../src/domain/types';
import { qaReviewsNow } from '../actions/qaReviews';
import { clock } from '../clock';
import { db } from '../db';
import { authenticate } from '../http/auth';
import { ApiError, badQuery } from '../http/errors';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';

/**
 * Aggregates for supervisors (dashboard, workload) and a reviewer's own numbers, computed here from
 * the store with the pure functions of `src/domain/stats.ts`, so the console never downloads every
 * order to count them.
 */

const MAX_DAYS = 92;

function requireRole(request: Request, roles: readonly User['role'][]): User {
  const user = authenticate(request);
  if (!roles.includes(user.role))
    throw new ApiError(403, 'FORBIDDEN', `The role ${user.role} may not read these figures`);
  return user;
}

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD` (CST days, both included); default the last 30 days. */
function windowOf(url: URL, now: Date): { from: string; to: string } {
  for (const name of new Set(url.searchParams.keys())) {
    if (name !== 'from' && name !== 'to')
      throw badQuery(name, 'is not a known parameter (from, to)');
    if (url.searchParams.getAll(name).length > 1) throw badQuery(name, 'given more than once');
  }
  const fallback = lastDays(now);
  const from = url.searchParams.get('from') ?? fallback.from;
  const to = url.searchParams.get('to') ?? fallback.to;
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isValidIsoDate(value)) throw badQuery(name, 'must be a date YYYY-MM-DD');
  }
  if (from > to) throw badQuery('from', 'must not be after to');
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (span > MAX_DAYS) throw badQuery('to', `a window holds at most ${MAX_DAYS} days`);
  return { from, to };
}

const AT_BUREAU = new Set(['bureau_pending', 'bureau_approved', 'bureau_rejected']);

export function orderFacts(now: Date): OrderFacts[] {
  return db.orders.all().map((row) => {
    const { summary } = row;
    const open = summary.status === 'pending_review' || summary.status === 'in_review';
    const calls = open ? db.calls.forOrder(summary.id) : [];
    // Only orders that reached the bureau are built in full, for their bureau dates.
    const bureau = AT_BUREAU.has(summary.status) ? db.orders.materialize(row).bureau : null;
    return {
      bureau,
      id: summary.id,
      status: summary.status,
      assigneeId: summary.assigneeId,
      slaDueAt: summary.slaDueAt,
      callbackDue: calls.length > 0 && callbackDue(calls, summary.revision, now),
    };
  });
}

const reviewerIds = () => db.users.filter((u) => u.role === 'reviewer').map((u) => u.id);

export const statsHandlers = [
  route('get', '/api/stats/dashboard', ({ request, url }) => {
    requireRole(request, ['supervisor']);
    const now = clock.now();
    const window = windowOf(url, now);
    const stats = dashboardStats(orderFacts(now), db.audit.inTimeOrder(), window, now);
    return json({ ...stats, agreement: agreementRates(qaReviewsNow()) });
  }),
  otherMethods('/api/stats/dashboard', ['GET']),
  route('get', '/api/stats/workload', ({ request, url }) => {
    requireRole(request, ['supervisor']);
    const now = clock.now();
    const window = windowOf(url, now);
    const rows = workload(reviewerIds(), orderFacts(now), db.audit.inTimeOrder(), window, now);
    return json(rows.map((row) => ({ id: row.userId, name: db.user(row.userId)?.name, ...row })));
  }),
  otherMethods('/api/stats/workload', ['GET']),
  route('get', '/api/stats/me', ({ request, url }) => {
    const user = requireRole(request, ['reviewer', 'supervisor']);
    const now = clock.now();
    const window = windowOf(url, now);
    const events = db.audit.inTimeOrder();
    const [load] = workload([user.id], orderFacts(now), events, window, now);
    const mine = events.filter((e) => e.actorId === user.id && isDecision(e));
    const own = dashboardStats([], mine, window, now);
    const agreement = agreementRates(qaReviewsNow().filter((r) => r.firstReviewerId === user.id));
    return json({
      ...load,
      from: window.from,
      to: window.to,
      decisions: own.decisions,
      throughput: own.throughput,
      agreement: agreement[0] ?? null,
    });
  }),
  otherMethods('/api/stats/me', ['GET']),
];
