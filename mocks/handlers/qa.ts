import type { User } from '../../src/domain/types';
import { giveQaVerdict } from '../actions/qaVerdict';
import { qaReviewsNow } from '../actions/qaReviews';
import { authenticate } from '../http/auth';
import { ApiError, badQuery, notFound } from '../http/errors';
import { isOneOf, isString, oneOrMany, parseListQuery, respondList } from '../http/listQuery';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';
import { blindView, type QaReview } from '../store/qaReviews';

/**
 * Second reviews (QA). Supervisors read them all; a reviewer reads only those assigned to them,
 * blind (no first verdict, reasons or decider) until they give their own; support gets 403.
 */

function reader(request: Request): User {
  const user = authenticate(request);
  if (user.role === 'support')
    throw new ApiError(403, 'FORBIDDEN', 'Second reviews are not open to support');
  return user;
}

const viewFor = (user: User) => (review: QaReview) =>
  user.role === 'supervisor' ? review : blindView(review);

export const qaHandlers = [
  route('get', '/api/qa_reviews', ({ request, url }) => {
    const user = reader(request);
    const query = parseListQuery(url, {
      sortFields: ['decidedAt', 'id'] as const,
      defaultSort: { field: 'decidedAt', direction: 'DESC' },
      filterFields: ['id', 'orderId', 'reviewerId', 'firstReviewerId', 'status', 'agree'],
    });
    const { filter } = query;
    const tests: ((review: QaReview) => boolean)[] = [];
    if (user.role !== 'supervisor') tests.push((review) => review.reviewerId === user.id);
    const sets: [keyof QaReview, Set<string> | null][] = [
      ['id', oneOrMany(filter, 'id', isString, 'a review id')],
      ['orderId', oneOrMany(filter, 'orderId', isString, 'an order number')],
      ['reviewerId', oneOrMany(filter, 'reviewerId', isString, 'a user id')],
      ['firstReviewerId', oneOrMany(filter, 'firstReviewerId', isString, 'a user id')],
      ['status', oneOrMany(filter, 'status', isOneOf(['pending', 'done']), 'a status')],
    ];
    for (const [field, wanted] of sets) {
      if (!wanted) continue;
      // A blind reviewer may not learn the first decider by filtering on it.
      const blindField = field === 'firstReviewerId' && user.role !== 'supervisor';
      tests.push(
        (review) =>
          (!blindField || review.status === 'done') && wanted.has(review[field] as string),
      );
    }
    if (filter.agree !== undefined) {
      if (typeof filter.agree !== 'boolean') throw badQuery('filter', 'agree must be a boolean');
      tests.push((review) => review.agree === filter.agree);
    }
    const reviews = qaReviewsNow();
    if (query.sort.field === 'id') reviews.sort((a, b) => (a.id < b.id ? -1 : 1));
    const ordered = query.sort.direction === 'ASC' ? reviews : reviews.reverse();
    return respondList('qa_reviews', ordered, tests, query.range, viewFor(user));
  }),
  otherMethods('/api/qa_reviews', ['GET']),
  route('get', '/api/qa_reviews/:id', ({ request, params }) => {
    const user = reader(request);
    const review = qaReviewsNow().find((r) => r.id === params.id);
    if (!review) throw notFound('Second review');
    if (user.role !== 'supervisor' && review.reviewerId !== user.id) {
      throw new ApiError(403, 'NOT_ASSIGNEE', 'This second review is assigned to somebody else', {
        assigneeId: review.reviewerId,
      });
    }
    return json(viewFor(user)(review));
  }),
  otherMethods('/api/qa_reviews/:id', ['GET']),
  route('post', '/api/qa_reviews/:id/verdict', giveQaVerdict),
  otherMethods('/api/qa_reviews/:id/verdict', ['POST']),
];
