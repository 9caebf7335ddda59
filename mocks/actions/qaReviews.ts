import { db } from '../db';
import { qaStore, type QaReview } from '../store/qaReviews';

/** Every second review of the current data set, oldest decision first. */
export function qaReviewsNow(): QaReview[] {
  const reviewerIds = db.users.filter((u) => u.role === 'reviewer').map((u) => u.id);
  return qaStore.reviews(db.params, db.audit.inTimeOrder(), reviewerIds, db.params.anchor);
}
