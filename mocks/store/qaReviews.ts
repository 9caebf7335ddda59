import {
  isSampled,
  QA_POLICY,
  secondReviewerFor,
  stableHash,
  verdictOf,
  type QaVerdict,
} from '../../src/domain/qa';
import type { AuditEvent, RejectionReason } from '../../src/domain/types';
import { cstIso } from '../seed/compact';

/**
 * Second reviews, derived from the audit trail: every sampled decision has one. The seeded history
 * comes with second verdicts for decisions older than three days (mostly agreeing, as real teams do);
 * later ones wait for their second reviewer. Verdicts given through the API are kept here, beside
 * the trail, and never changed.
 */

export interface QaReview {
  id: string;
  orderId: string;
  decisionEventId: string;
  decidedAt: string;
  firstReviewerId: string;
  firstVerdict: QaVerdict;
  firstReasons: RejectionReason[];
  reviewerId: string;
  status: 'pending' | 'done';
  verdict: QaVerdict | null;
  note: string | null;
  reviewedAt: string | null;
  agree: boolean | null;
}

export interface GivenVerdict {
  verdict: QaVerdict;
  note: string;
  at: string;
}

// Seeded second reviews are done for decisions older than this; newer ones wait, so a demo has work.
const SEEDED_DONE_AFTER_MS = 3 * 24 * 60 * 60_000;

export const qaReviewId = (decisionEventId: string) => `qa-${decisionEventId}`;

function seededVerdict(event: AuditEvent, first: QaVerdict, anchorMs: number): GivenVerdict | null {
  const decidedMs = Date.parse(event.at);
  if (anchorMs - decidedMs < SEEDED_DONE_AFTER_MS) return null;
  // About one seeded second review in eight disagrees, so the agreement rates say something.
  const disagrees = stableHash(`qa-seed:${event.id}`) % 8 === 0;
  const verdict: QaVerdict = disagrees ? (first === 'approve' ? 'reject' : 'approve') : first;
  return { verdict, note: '', at: cstIso(decidedMs + 4 * 60 * 60_000) };
}

export class QaStore {
  private given = new Map<string, GivenVerdict>();
  private owner: object | null = null;

  /** Verdicts belong to one data set: a reset (a new `params` object) forgets them. */
  private sync(dataset: object): void {
    if (this.owner === dataset) return;
    this.owner = dataset;
    this.given = new Map();
  }

  give(dataset: object, reviewId: string, verdict: GivenVerdict): void {
    this.sync(dataset);
    this.given.set(reviewId, verdict);
  }

  reviews(
    dataset: object,
    events: readonly AuditEvent[],
    reviewerIds: readonly string[],
    anchor: string,
    share: number = QA_POLICY.sampleShare,
  ): QaReview[] {
    this.sync(dataset);
    const anchorMs = Date.parse(anchor);
    const out: QaReview[] = [];
    for (const event of events) {
      const first = verdictOf(event);
      if (!first || event.orderId === null || !isSampled(event.id, share)) continue;
      const reviewerId = secondReviewerFor(event.id, event.actorId, reviewerIds);
      if (!reviewerId) continue;
      const id = qaReviewId(event.id);
      const seededOnly = Date.parse(event.at) <= anchorMs;
      const second =
        this.given.get(id) ?? (seededOnly ? seededVerdict(event, first, anchorMs) : null);
      out.push({
        id,
        orderId: event.orderId,
        decisionEventId: event.id,
        decidedAt: event.at,
        firstReviewerId: event.actorId,
        firstVerdict: first,
        firstReasons: (event.details.reasons ?? []) as RejectionReason[],
        reviewerId,
        status: second ? 'done' : 'pending',
        verdict: second?.verdict ?? null,
        note: second?.note ?? null,
        reviewedAt: second?.at ?? null,
        agree: second ? second.verdict === first : null,
      });
    }
    return out;
  }
}

export const qaStore = new QaStore();

/** What the second reviewer may see before giving a verdict: nothing of the first decision. */
export function blindView(review: QaReview): Partial<QaReview> {
  if (review.status === 'done') return review;
  return {
    id: review.id,
    orderId: review.orderId,
    decidedAt: review.decidedAt,
    reviewerId: review.reviewerId,
    status: review.status,
    verdict: null,
    note: null,
    reviewedAt: null,
  };
}
