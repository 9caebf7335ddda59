import { callAllowedNow, nextCallAllowedAt } from '../../src/domain/callPolicy';
import { CALL_OUTCOMES, CALL_SCRIPT_POINTS } from '../../src/domain/callScript';
import { toCstIso } from '../../src/domain/time';
import type { CallAttempt, CallOutcome } from '../../src/domain/types';
import { db } from '../db';
import { ApiError } from '../http/errors';
import { arrayOf, integer, object, oneOf, optional, required, text } from '../http/validate';
import { orderAction } from './pipeline';

/**
 * `POST /api/orders/:id/calls {version, outcome, note?, confirmed?}`: the assignee logs a call to
 * the applicant. After an attempt that did not connect the next waits the policy's interval
 * (`409 CALL_RETRY_TOO_EARLY` with `details.retryAt`).
 */

interface CallBody {
  version: number;
  outcome: CallOutcome;
  note?: string;
  confirmed?: string[];
}

const callBody = object({
  version: required(integer({ min: 1 })),
  outcome: required(oneOf(CALL_OUTCOMES)),
  note: optional(text({ max: 1000, multiline: true })),
  confirmed: optional(arrayOf(oneOf(CALL_SCRIPT_POINTS), { max: CALL_SCRIPT_POINTS.length })),
});

export const calls = orderAction<CallBody>({
  action: 'call',
  body: callBody,
  validate: (body) =>
    body.confirmed && body.confirmed.length > 0 && body.outcome !== 'connected'
      ? { confirmed: 'points can be confirmed only on a connected call' }
      : null,
  perform: (order, body, context) => {
    const previous = db.calls.forOrder(order.id);
    if (!callAllowedNow(previous, order.revision, context.now)) {
      const retryAt = nextCallAllowedAt(previous, order.revision) as Date;
      throw new ApiError(409, 'CALL_RETRY_TOO_EARLY', 'The next attempt is not allowed yet', {
        retryAt: toCstIso(retryAt),
      });
    }
    const confirmed = [...new Set(body.confirmed ?? [])];
    const call: CallAttempt = {
      id: `${order.id}-C${previous.length + 1}`,
      orderId: order.id,
      revision: order.revision,
      at: context.nowIso,
      callerId: context.user.id,
      outcome: body.outcome,
      note: body.note?.trim() ?? '',
      ...(body.outcome === 'connected' ? { confirmed } : {}),
    };
    return {
      order,
      call,
      details: {
        callId: call.id,
        outcome: call.outcome,
        note: call.note,
        ...(call.confirmed ? { confirmed } : {}),
      },
    };
  },
});
