import { personalFieldValue, isPersonalFieldPath } from '../../src/domain/personalFields';
import { REVIEW_POLICY } from '../../src/domain/policy';
import { cstIso } from '../seed/compact';
import { handlePost } from '../actions/pipeline';
import { db } from '../db';
import { ApiError, notFound, validationFailed } from '../http/errors';
import { otherMethods, route } from '../http/route';
import { object, required, text, validateBody } from '../http/validate';

/**
 * `POST /api/orders/:id/reveal {field, reason}` (api.md "Reveal"): a reviewer or supervisor sees
 * one masked personal field in full for `REVIEW_POLICY.revealSeconds`, giving a reason. Every
 * reveal is one `reveal` audit event; the order's version does not change. Support may not reveal.
 */

interface RevealBody {
  field: string;
  reason: string;
}

const revealBody = object({
  field: required(text({ min: 1, max: 200 })),
  reason: required(text({ min: 2, max: 200 })),
});

export const revealHandlers = [
  route('post', '/api/orders/:id/reveal', ({ request, params }) =>
    handlePost(request, ({ user, body, now, nowIso }) => {
      if (user.role === 'support')
        throw new ApiError(403, 'FORBIDDEN', 'Support may not reveal personal data');
      const order = db.order(params.id ?? '');
      if (!order) throw notFound('Order');
      const { field, reason } = validateBody(body, revealBody) as RevealBody;
      const value = isPersonalFieldPath(field)
        ? personalFieldValue(order, field, db.materialsOf(order.id) ?? [])
        : null;
      if (value === null)
        throw validationFailed(422, { field: 'is not a personal field of this order' });
      const revealedUntil = cstIso(now.getTime() + REVIEW_POLICY.revealSeconds * 1000);
      db.record({
        at: nowIso,
        actorId: user.id,
        actorRole: user.role,
        action: 'reveal',
        orderId: order.id,
        fromStatus: order.status,
        toStatus: order.status,
        details: { field, reason: reason.trim() },
      });
      return { status: 200, body: { field, value, revealedUntil } };
    }),
  ),
  otherMethods('/api/orders/:id/reveal', ['POST']),
];
