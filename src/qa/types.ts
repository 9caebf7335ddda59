import type { QaVerdict } from '../domain/qa';
import type { RejectionReason } from '../domain/types';

/** A second review as `GET /api/qa_reviews` answers it; the first verdict only once it is done. */
export interface QaReviewRecord {
  id: string;
  orderId: string;
  decidedAt: string;
  reviewerId: string;
  status: 'pending' | 'done';
  verdict: QaVerdict | null;
  note: string | null;
  reviewedAt: string | null;
  firstReviewerId?: string;
  firstVerdict?: QaVerdict;
  firstReasons?: RejectionReason[];
  agree?: boolean | null;
}
