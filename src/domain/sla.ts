import {
  calendar as defaultCalendar,
  CalendarNotCoveredError,
  type WorkingCalendar,
} from './calendar';
import { REVIEW_POLICY } from './policy';
import { OPEN_STATUSES } from './status';
import type { Order, OrderStatus } from './types';

export const DEADLINE_STATES = ['on_time', 'due_soon', 'overdue'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/**
 * The deadline of the initial review: one working day after submission. Null when the calendar does
 * not cover the dates, so that nobody is shown a guessed deadline.
 */
export function initialReviewDueAt(
  submittedAt: Date,
  cal: WorkingCalendar = defaultCalendar,
): Date | null {
  try {
    return cal.addWorkingDays(submittedAt, REVIEW_POLICY.initialReviewWorkingDays);
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return null;
    throw error;
  }
}

/** The bureau's review deadline (20 working days, 30 in Zhejiang), or null without a calendar. */
export function bureauDueAt(
  submittedAt: Date,
  provinceCode: string,
  cal: WorkingCalendar = defaultCalendar,
): Date | null {
  const days =
    REVIEW_POLICY.bureauWorkingDaysByProvince[provinceCode] ?? REVIEW_POLICY.bureauWorkingDays;
  try {
    return cal.addWorkingDays(submittedAt, days);
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return null;
    throw error;
  }
}

/**
 * Where an order stands against its deadline at `now`. Orders that left the initial review, or whose
 * deadline is unknown, have no deadline state.
 */
export function deadlineState(
  order: { status: OrderStatus; slaDueAt: string | null },
  now: Date,
): DeadlineState | null {
  if (!OPEN_STATUSES.includes(order.status) || order.slaDueAt === null) return null;
  const left = Date.parse(order.slaDueAt) - now.getTime();
  if (left <= 0) return 'overdue';
  if (left <= REVIEW_POLICY.dueSoonMinutes * 60_000) return 'due_soon';
  return 'on_time';
}

export function minutesLeft(order: Pick<Order, 'slaDueAt'>, now: Date): number | null {
  if (order.slaDueAt === null) return null;
  return Math.floor((Date.parse(order.slaDueAt) - now.getTime()) / 60_000);
}
