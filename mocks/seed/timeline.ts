import { calendar } from '../../src/domain/calendar';
import { initialReviewDueAt } from '../../src/domain/sla';
import { addDays, cstDate, cstParts, fromCst } from '../../src/domain/time';
import type { CallOutcome, OrderStatus } from '../../src/domain/types';
import { REJECTION_REASONS, UNREACHABLE_REASON_CODE } from '../../src/domain/reasons';
import type { CallPlan, OrderPlan, RevisionPlan } from './plan';
import type { Rng } from './prng';

/**
 * When things happened to a seeded order. Every instant is at or before the anchor. Open orders were
 * submitted within the last working days, so that the queue shows every deadline state at the
 * anchor; decided ones over the last three weeks.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Whole seconds: the anchor is on the hour, so every seeded instant is too.
const between = (rng: Rng, from: number, to: number) =>
  from + Math.floor((rng.next() * (to - from)) / 1000) * 1000;
const minutes = (rng: Rng, from: number, to: number) => between(rng, from * MINUTE, to * MINUTE);

const UNANSWERED: readonly CallOutcome[] = [
  'no_answer',
  'no_answer',
  'busy',
  'powered_off',
  'declined',
  'invalid_number',
];

/**
 * A submission instant whose review deadline falls 15–110 minutes after the anchor (due soon), or
 * null where the calendar gives no such instant (the anchor is on a day off, or not covered).
 */
function dueSoonSubmission(rng: Rng, anchor: number): number | null {
  const target = new Date(anchor + minutes(rng, 15, 110));
  try {
    const date = cstDate(target);
    if (!calendar.isWorkingDay(date)) return null;
    let previous = addDays(date, -1);
    while (!calendar.isWorkingDay(previous)) previous = addDays(previous, -1);
    const p = cstParts(target);
    const submitted = fromCst(previous, p.hour, p.minute, p.second);
    return initialReviewDueAt(submitted)?.getTime() === target.getTime() &&
      submitted.getTime() < anchor
      ? submitted.getTime()
      : null;
  } catch {
    return null;
  }
}

export function openSubmissionTime(
  rng: Rng,
  anchor: number,
  openCount: number,
  dueSoon: boolean,
): number {
  const slot = dueSoon || rng.chance(0.04) ? dueSoonSubmission(rng, anchor) : null;
  if (slot !== null) return slot;
  // Large data sets spread evenly so that no day needs more than 9999 order numbers.
  if (openCount > 3000) {
    const days = Math.max(4, Math.ceil(openCount / 4000));
    return anchor - between(rng, 5 * MINUTE, days * DAY);
  }
  const band = rng.weighted([
    [[5 * MINUTE, DAY], 65],
    [[DAY, 2 * DAY], 20],
    [[2 * DAY, 4 * DAY], 15],
  ] as const);
  return anchor - between(rng, band[0], band[1]);
}

export const REVIEWER_WEIGHTS: readonly (readonly [string, number])[] = [
  ['u-reviewer1', 3],
  ['u-reviewer2', 3],
  ['u-reviewer3', 2],
  ['u-reviewer4', 2],
  ['u-supervisor1', 0.5],
];

const ORDINARY_REASONS = REJECTION_REASONS.map((r) => r.code).filter(
  (code) => code !== UNREACHABLE_REASON_CODE,
);

export function rejectionReasons(rng: Rng, unreachable: boolean): string[] {
  if (unreachable) return [UNREACHABLE_REASON_CODE];
  const first = rng.pick(ORDINARY_REASONS);
  const second = rng.chance(0.25) ? rng.pick(ORDINARY_REASONS) : first;
  return first === second ? [first] : [first, second];
}

function reviewer(rng: Rng): string {
  return rng.weighted(REVIEWER_WEIGHTS);
}

/** Earlier revisions, each rejected, ending `gap` before `before`; oldest first. */
function earlierRevisions(rng: Rng, count: number, before: number): RevisionPlan[] {
  const revisions: RevisionPlan[] = [];
  let resubmittedAt = before;
  for (let revision = count; revision >= 1; revision -= 1) {
    const decidedAt = resubmittedAt - between(rng, 2 * HOUR, 3 * DAY);
    const reviewerId = reviewer(rng);
    const unreachable = rng.chance(0.25);
    const calls: CallPlan[] = unreachable
      ? [
          {
            at: decidedAt - minutes(rng, 70, 150),
            outcome: rng.pick(UNANSWERED),
            callerId: reviewerId,
          },
          {
            at: decidedAt - minutes(rng, 2, 9),
            outcome: rng.pick(UNANSWERED),
            callerId: reviewerId,
          },
        ]
      : [{ at: decidedAt - minutes(rng, 5, 40), outcome: 'connected', callerId: reviewerId }];
    const claimedAt = (calls[0]?.at ?? decidedAt) - minutes(rng, 3, 120);
    const submittedAt = claimedAt - between(rng, 30 * MINUTE, 20 * HOUR);
    revisions.unshift({
      revision,
      submittedAt,
      claimedAt,
      reviewerId,
      calls,
      releasedAt: null,
      decidedAt,
      rejectReasons: rejectionReasons(rng, unreachable),
    });
    resubmittedAt = submittedAt;
  }
  return revisions;
}

function current(revision: number, submittedAt: number): RevisionPlan {
  return {
    revision,
    submittedAt,
    claimedAt: null,
    reviewerId: null,
    calls: [],
    releasedAt: null,
    decidedAt: null,
    rejectReasons: null,
  };
}

export function planOpenTimeline(
  rng: Rng,
  input: {
    status: OrderStatus;
    revisionCount: number;
    anchor: number;
    submittedAt: number;
    callback: 'due' | 'not_due' | null;
  },
): Pick<OrderPlan, 'revisions' | 'bureau'> {
  const { anchor } = input;
  let submittedAt = input.submittedAt;
  const now = current(input.revisionCount, submittedAt);
  const callback =
    input.callback ??
    (input.status === 'pending_review' && rng.chance(0.1)
      ? rng.chance(0.6)
        ? 'due'
        : 'not_due'
      : null);
  if (input.status === 'pending_review' && callback) {
    // A reviewer called, nobody answered, and the order went back to the queue.
    const callAt =
      callback === 'due' ? anchor - minutes(rng, 61, 300) : anchor - minutes(rng, 5, 50);
    now.reviewerId = reviewer(rng);
    now.claimedAt = callAt - minutes(rng, 2, 15);
    submittedAt = Math.min(submittedAt, now.claimedAt - minutes(rng, 10, 240));
    now.submittedAt = submittedAt;
    now.calls = [{ at: callAt, outcome: rng.pick(UNANSWERED), callerId: now.reviewerId }];
    now.releasedAt = callAt + minutes(rng, 1, 4);
  } else if (input.status === 'in_review') {
    now.reviewerId = reviewer(rng);
    now.claimedAt = between(rng, submittedAt + MINUTE, anchor);
    const roll = rng.next();
    const window = anchor - now.claimedAt;
    if (roll < 0.35 && window > 2 * MINUTE) {
      const first = between(rng, now.claimedAt + MINUTE, anchor);
      now.calls.push({ at: first, outcome: rng.pick(UNANSWERED), callerId: now.reviewerId });
      if (anchor - first > 65 * MINUTE && rng.chance(0.4)) {
        const second = between(rng, first + 61 * MINUTE, anchor);
        now.calls.push({ at: second, outcome: rng.pick(UNANSWERED), callerId: now.reviewerId });
      }
    } else if (roll < 0.5 && window > 2 * MINUTE) {
      const at = between(rng, now.claimedAt + MINUTE, anchor);
      now.calls.push({ at, outcome: 'connected', callerId: now.reviewerId });
    }
  }
  return {
    revisions: [...earlierRevisions(rng, input.revisionCount - 1, submittedAt), now],
    bureau: null,
  };
}

export function planDecidedTimeline(
  rng: Rng,
  input: { status: OrderStatus; revisionCount: number; anchor: number },
): Pick<OrderPlan, 'revisions' | 'bureau'> {
  const { anchor, status } = input;
  const submittedAt = anchor - between(rng, 2 * DAY, 21 * DAY);
  const now = current(input.revisionCount, submittedAt);
  now.reviewerId = reviewer(rng);
  now.claimedAt = submittedAt + between(rng, 10 * MINUTE, 20 * HOUR);
  const unreachable = status === 'rejected' && rng.chance(0.2);
  if (unreachable) {
    const first = now.claimedAt + minutes(rng, 5, 30);
    const second = first + minutes(rng, 61, 120);
    now.calls = [
      { at: first, outcome: rng.pick(UNANSWERED), callerId: now.reviewerId },
      { at: second, outcome: rng.pick(UNANSWERED), callerId: now.reviewerId },
    ];
    now.decidedAt = second + minutes(rng, 2, 20);
  } else {
    let at = now.claimedAt + minutes(rng, 5, 60);
    if (rng.chance(0.2)) {
      // Nobody answered the first time; the reviewer called back after the retry interval.
      now.calls.push({ at, outcome: rng.pick(UNANSWERED), callerId: now.reviewerId });
      at += minutes(rng, 61, 120);
    }
    now.calls.push({ at, outcome: 'connected', callerId: now.reviewerId });
    now.decidedAt = at + minutes(rng, 5, 90);
  }
  if (status === 'rejected') now.rejectReasons = rejectionReasons(rng, unreachable);
  let bureau: OrderPlan['bureau'] = null;
  if (status.startsWith('bureau_')) {
    const bureauSubmittedAt = Math.min(now.decidedAt + between(rng, 0, 6 * HOUR), anchor - HOUR);
    const decided = status !== 'bureau_pending';
    bureau = {
      submittedAt: bureauSubmittedAt,
      decidedAt: decided ? between(rng, bureauSubmittedAt + HOUR, anchor) : null,
      result: status === 'bureau_approved' ? 'approved' : decided ? 'rejected' : null,
    };
  }
  return {
    revisions: [...earlierRevisions(rng, input.revisionCount - 1, now.submittedAt), now],
    bureau,
  };
}
