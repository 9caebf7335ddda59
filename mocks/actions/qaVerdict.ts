import { QA_VERDICTS } from '../../src/domain/qa';
import { db } from '../db';
import { ApiError, notFound } from '../http/errors';
import type { RouteContext } from '../http/route';
import { object, oneOf, optional, required, text, validateBody } from '../http/validate';
import { handlePost } from './pipeline';
import { qaReviewsNow } from './qaReviews';
import { qaStore } from '../store/qaReviews';

/**
 * `POST /api/qa_reviews/:id/verdict {verdict, note?}`: the second reviewer's verdict, given once.
 * Same precedence as the order actions: authentication, idempotency, body syntax, role (support
 * 403), the review exists (404), ownership (403 NOT_ASSIGNEE), body (400), state (409).
 */

const verdictBody = object({
  verdict: required(oneOf(QA_VERDICTS)),
  note: optional(text({ max: 2000, multiline: true })),
});

export function giveQaVerdict({ request, params }: RouteContext): Promise<Response> {
  return handlePost(request, (context) => {
    if (context.user.role === 'support')
      throw new ApiError(403, 'FORBIDDEN', 'Support does not take part in second reviews');
    const review = qaReviewsNow().find((r) => r.id === params.id);
    if (!review) throw notFound('Second review');
    if (review.reviewerId !== context.user.id) {
      throw new ApiError(403, 'NOT_ASSIGNEE', 'Only the assigned second reviewer may do that', {
        assigneeId: review.reviewerId,
      });
    }
    const body = validateBody(context.body, verdictBody);
    if (review.status === 'done') {
      throw new ApiError(409, 'INVALID_STATE', 'This second review already has its verdict', {
        status: review.status,
      });
    }
    qaStore.give(db.params, review.id, {
      verdict: body.verdict,
      note: body.note ?? '',
      at: context.nowIso,
    });
    db.touch();
    const done = qaReviewsNow().find((r) => r.id === review.id);
    return { status: 200, body: done };
  });
}
