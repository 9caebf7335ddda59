import { calendar as defaultCalendar, type WorkingCalendar } from './calendar';
import { REVIEW_POLICY } from './policy';
import { cstDate } from './time';
import type { Order, OrderStatus } from './types';

/**
 * What support tells an applicant who asks "where is my filing?": the stage in plain words, what
 * happens next, and by when (a working-day deadline of sla.ts: the initial review's `slaDueAt`, the
 * bureau's `bureau.dueAt`). Pure; the console words it in the user's language.
 */

export type NextStep =
  /** Waiting in the queue or being reviewed: the initial review ends by `expectedAt`. */
  | 'initial_review'
  /** Returned to the applicant: nothing happens until they fix and resubmit. */
  | 'applicant_fixes'
  /** At the provincial bureau: its result is due by `expectedAt`. */
  | 'bureau_review'
  /** Filed: nothing more to do. */
  | 'done'
  /** The bureau refused: the applicant files again with the fixes. */
  | 'file_again';

export interface SupportOutlook {
  status: OrderStatus;
  next: NextStep;
  /** When the next step is due (ISO), or null where none applies or the calendar does not cover it. */
  expectedAt: string | null;
  /** Working days from today (CST) to `expectedAt`; 0 = today; negative = late. */
  workingDaysLeft: number | null;
  /** How many working days the step takes by policy (1 for the initial review, 20/30 for a bureau). */
  policyWorkingDays: number | null;
  /** The review is past its deadline. */
  late: boolean;
}

const NEXT: Readonly<Record<OrderStatus, NextStep>> = {
  pending_review: 'initial_review',
  in_review: 'initial_review',
  rejected: 'applicant_fixes',
  bureau_pending: 'bureau_review',
  bureau_approved: 'done',
  bureau_rejected: 'file_again',
};

function daysLeft(cal: WorkingCalendar, now: Date, due: string): number | null {
  const today = cstDate(now);
  const dueDate = cstDate(new Date(due));
  try {
    if (dueDate >= today) return cal.workingDaysBetween(today, dueDate);
    return -cal.workingDaysBetween(dueDate, today);
  } catch {
    return null;
  }
}

export function supportOutlook(
  order: Pick<Order, 'status' | 'slaDueAt' | 'bureau' | 'province'>,
  now: Date,
  cal: WorkingCalendar = defaultCalendar,
): SupportOutlook {
  const next = NEXT[order.status];
  let expectedAt: string | null = null;
  let policyWorkingDays: number | null = null;
  if (next === 'initial_review') {
    expectedAt = order.slaDueAt;
    policyWorkingDays = REVIEW_POLICY.initialReviewWorkingDays;
  } else if (next === 'bureau_review') {
    expectedAt = order.bureau?.dueAt ?? null;
    policyWorkingDays =
      REVIEW_POLICY.bureauWorkingDaysByProvince[order.province] ?? REVIEW_POLICY.bureauWorkingDays;
  }
  const workingDaysLeft = expectedAt === null ? null : daysLeft(cal, now, expectedAt);
  return {
    status: order.status,
    next,
    expectedAt,
    workingDaysLeft,
    policyWorkingDays,
    late: expectedAt !== null && Date.parse(expectedAt) < now.getTime(),
  };
}
