import type { AuditEvent } from './types';

/**
 * Second review (QA): a share of decisions is drawn for a blind second review by another reviewer.
 * The draw is deterministic (a hash of the decision), so that the server, a test and a rebuilt demo
 * agree on which decisions are sampled and who reviews them, without any stored randomness.
 */

export const QA_POLICY = {
  /** Share of decisions sampled for a second review (0…1). A business choice: change it here. */
  sampleShare: 0.2,
} as const;

export type QaVerdict = 'approve' | 'reject';
export const QA_VERDICTS: readonly QaVerdict[] = ['approve', 'reject'];

/** FNV-1a, 32 bits: stable across platforms, enough to spread ids evenly. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Whether a decision (its audit event) is sampled, for a share in 0…1. */
export function isSampled(decisionEventId: string, share: number = QA_POLICY.sampleShare): boolean {
  return (stableHash(`qa:${decisionEventId}`) % 10_000) / 10_000 < share;
}

/** The second reviewer: one of the reviewers other than the one who decided; null if none. */
export function secondReviewerFor(
  decisionEventId: string,
  deciderId: string,
  reviewerIds: readonly string[],
): string | null {
  const others = reviewerIds.filter((id) => id !== deciderId);
  if (others.length === 0) return null;
  return others[stableHash(`qa-reviewer:${decisionEventId}`) % others.length] ?? null;
}

/** The first verdict a decision event stands for. */
export function verdictOf(event: Pick<AuditEvent, 'action'>): QaVerdict | null {
  if (event.action === 'approve') return 'approve';
  if (event.action === 'reject') return 'reject';
  return null;
}

export interface AgreementRow {
  /** The first reviewer, whose decisions were checked. */
  reviewerId: string;
  reviewed: number;
  agreed: number;
  rate: number | null;
}

/** Agreement per first reviewer over second reviews that are done. */
export function agreementRates(
  reviews: readonly { firstReviewerId: string; agree: boolean | null }[],
): AgreementRow[] {
  const rows = new Map<string, AgreementRow>();
  for (const review of reviews) {
    if (review.agree === null) continue;
    const row = rows.get(review.firstReviewerId) ?? {
      reviewerId: review.firstReviewerId,
      reviewed: 0,
      agreed: 0,
      rate: null,
    };
    row.reviewed += 1;
    if (review.agree) row.agreed += 1;
    row.rate = row.agreed / row.reviewed;
    rows.set(review.firstReviewerId, row);
  }
  return [...rows.values()].sort((a, b) => (a.reviewerId < b.reviewerId ? -1 : 1));
}
