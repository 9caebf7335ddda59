import { callbackDue } from '../../src/domain/callPolicy';
import { ACTION_RULES } from '../../src/domain/status';
import type { Order } from '../../src/domain/types';
import { db } from '../db';
import type { OrderRow } from '../store/orderTable';
import type { RouteContext } from '../http/route';
import { object, validateBody } from '../http/validate';
import { claimOutcome } from './assignment';
import { commitOutcome, forbidden, handlePost } from './pipeline';

/**
 * `POST /api/orders/claim-next`: claims the most urgent order nobody holds. Urgency: a call-back
 * that is due (an unanswered attempt in the current revision whose retry time has passed) first,
 * then the earliest review deadline (orders without one last), then the earliest submission, then
 * the order number.
 */

interface Candidate {
  row: OrderRow;
  callbackDue: boolean;
  due: number;
  submitted: number;
}

function isMoreUrgent(a: Candidate, b: Candidate): boolean {
  if (a.callbackDue !== b.callbackDue) return a.callbackDue;
  if (a.due !== b.due) return a.due < b.due;
  if (a.submitted !== b.submitted) return a.submitted < b.submitted;
  return a.row.summary.id < b.row.summary.id;
}

export function mostUrgent(now: Date): Order | null {
  let best: Candidate | null = null;
  const claimable = ACTION_RULES.claim.from;
  for (const row of db.orders.all()) {
    const summary = row.summary;
    if (claimable !== 'any' && !claimable.includes(summary.status)) continue;
    const calls = db.calls.forOrder(summary.id);
    const candidate: Candidate = {
      row,
      callbackDue: calls.length > 0 && callbackDue(calls, summary.revision, now),
      due: summary.slaDueAt === null ? Number.POSITIVE_INFINITY : Date.parse(summary.slaDueAt),
      submitted: Date.parse(summary.submittedAt),
    };
    if (!best || isMoreUrgent(candidate, best)) best = candidate;
  }
  return best ? db.orders.materialize(best.row) : null;
}

export function claimNext({ request }: RouteContext): Promise<Response> {
  return handlePost(request, (context) => {
    const denied = forbidden('claim', context.user);
    if (denied) throw denied;
    validateBody(context.body, object({}));
    const order = mostUrgent(context.now);
    if (!order) return { status: 204 };
    const after = commitOutcome('claim', order, claimOutcome(order, context), context);
    return { status: 200, body: after };
  });
}
