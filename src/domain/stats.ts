import { initialReviewDueAt, deadlineState } from './sla';
import { addDays, cstDate } from './time';
import type { AuditEvent, BureauInfo, CallOutcome, OrderStatus } from './types';

/**
 * Supervisor aggregates, computed by the server from the audit trail and the order table (never by
 * the console from every order). Pure: the caller passes what it read and the instant "now". Days
 * are CST calendar days.
 */

export interface OrderFacts {
  id: string;
  status: OrderStatus;
  assigneeId: string | null;
  slaDueAt: string | null;
  /** A call-back is due now (an unanswered attempt whose retry time has passed). */
  callbackDue: boolean;
  /** The bureau's part, for orders that reached it. */
  bureau?: Pick<BureauInfo, 'submittedAt' | 'decidedAt' | 'result'> | null;
}

export interface QueueCounts {
  waiting: number;
  inReview: number;
  callbacksDue: number;
  dueWithin2h: number;
  overdue: number;
}

export interface DayDecisions {
  date: string;
  approved: number;
  rejected: number;
}

export interface DaySla {
  date: string;
  decided: number;
  onTime: number;
  /** onTime / decided, null on a day without decisions. */
  compliance: number | null;
}

export interface BureauStats {
  approved: number;
  rejected: number;
  approvalRate: number | null;
  /** Median hours from the approval to the bureau's result. */
  medianHoursAtBureau: number | null;
}

export interface DashboardStats {
  from: string;
  to: string;
  queue: QueueCounts;
  throughput: DayDecisions[];
  decisions: { approved: number; rejected: number; approvalShare: number | null };
  topReasons: { code: string; count: number }[];
  sla: DaySla[];
  callOutcomes: Record<CallOutcome, number>;
  bureau: BureauStats;
}

export const CALL_OUTCOMES: readonly CallOutcome[] = [
  'connected',
  'no_answer',
  'busy',
  'powered_off',
  'invalid_number',
  'declined',
];

const DECISIONS = new Set(['approve', 'reject']);
export const isDecision = (event: AuditEvent) => DECISIONS.has(event.action);

/** The CST days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Whether an instant falls on a CST day of [from, to]. */
export function inDays(at: string, from: string, to: string): boolean {
  const day = cstDate(new Date(at));
  return day >= from && day <= to;
}

export function queueCounts(orders: readonly OrderFacts[], now: Date): QueueCounts {
  const counts: QueueCounts = {
    waiting: 0,
    inReview: 0,
    callbacksDue: 0,
    dueWithin2h: 0,
    overdue: 0,
  };
  for (const order of orders) {
    if (order.status === 'pending_review') counts.waiting += 1;
    else if (order.status === 'in_review') counts.inReview += 1;
    else continue;
    if (order.callbackDue) counts.callbacksDue += 1;
    const state = deadlineState(order, now);
    if (state === 'due_soon') counts.dueWithin2h += 1;
    if (state === 'overdue') counts.overdue += 1;
  }
  return counts;
}

/**
 * The review deadline each decision was held against: one working day after the submission (or
 * resubmission) that opened the revision decided.
 */
export function decisionDeadlines(events: readonly AuditEvent[]): Map<string, number | null> {
  const submittedAt = new Map<string, string>();
  const deadlines = new Map<string, number | null>();
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const event of ordered) {
    if (event.orderId === null) continue;
    if (event.action === 'submit' || event.action === 'resubmit')
      submittedAt.set(event.orderId, event.at);
    if (isDecision(event)) {
      const submitted = submittedAt.get(event.orderId);
      const due = submitted ? initialReviewDueAt(new Date(submitted)) : null;
      deadlines.set(event.id, due ? due.getTime() : null);
    }
  }
  return deadlines;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Bureau results decided in the window, and how long orders stayed at the bureau. */
function bureauStats(orders: readonly OrderFacts[], from: string, to: string): BureauStats {
  const hours: number[] = [];
  let approved = 0;
  let rejected = 0;
  for (const { bureau } of orders) {
    if (!bureau?.result || !bureau.decidedAt || !inDays(bureau.decidedAt, from, to)) continue;
    if (bureau.result === 'approved') approved += 1;
    else rejected += 1;
    hours.push((Date.parse(bureau.decidedAt) - Date.parse(bureau.submittedAt)) / 3_600_000);
  }
  return {
    approved,
    rejected,
    approvalRate: ratio(approved, approved + rejected),
    medianHoursAtBureau: median(hours),
  };
}

/** Everything the supervisor dashboard shows for the CST days [from, to]. */
export function dashboardStats(
  orders: readonly OrderFacts[],
  events: readonly AuditEvent[],
  window: { from: string; to: string },
  now: Date,
): DashboardStats {
  const { from, to } = window;
  const days = daysBetween(from, to);
  const throughput = new Map(days.map((date) => [date, { date, approved: 0, rejected: 0 }]));
  const sla = new Map(
    days.map((date) => [date, { date, decided: 0, onTime: 0, compliance: null as number | null }]),
  );
  const reasons = new Map<string, number>();
  const callOutcomes = Object.fromEntries(CALL_OUTCOMES.map((o) => [o, 0])) as Record<
    CallOutcome,
    number
  >;
  const deadlines = decisionDeadlines(events);
  for (const event of events) {
    const date = cstDate(new Date(event.at));
    if (date < from || date > to) continue;
    if (event.action === 'call') {
      const outcome = event.details.outcome as CallOutcome;
      if (outcome in callOutcomes) callOutcomes[outcome] += 1;
    }
    if (!isDecision(event)) continue;
    const day = throughput.get(date);
    const daySla = sla.get(date);
    if (!day || !daySla) continue;
    if (event.action === 'approve') day.approved += 1;
    else day.rejected += 1;
    daySla.decided += 1;
    const due = deadlines.get(event.id);
    if (due != null && Date.parse(event.at) <= due) daySla.onTime += 1;
    if (event.action === 'reject') {
      const list = (event.details.reasons ?? []) as { code?: unknown }[];
      for (const reason of list)
        if (typeof reason.code === 'string')
          reasons.set(reason.code, (reasons.get(reason.code) ?? 0) + 1);
    }
  }
  for (const day of sla.values()) day.compliance = ratio(day.onTime, day.decided);
  const approved = [...throughput.values()].reduce((sum, d) => sum + d.approved, 0);
  const rejected = [...throughput.values()].reduce((sum, d) => sum + d.rejected, 0);
  return {
    from,
    to,
    queue: queueCounts(orders, now),
    throughput: [...throughput.values()],
    decisions: { approved, rejected, approvalShare: ratio(approved, approved + rejected) },
    topReasons: [...reasons.entries()]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1))
      .slice(0, 8),
    sla: [...sla.values()],
    callOutcomes,
    bureau: bureauStats(orders, from, to),
  };
}

/** The default window: the 30 CST days ending today. */
export function lastDays(now: Date, count = 30): { from: string; to: string } {
  const to = cstDate(now);
  return { from: addDays(to, -(count - 1)), to };
}

export interface ReviewerLoad {
  userId: string;
  held: number;
  decidedToday: number;
  /** Mean minutes from claim (or reassignment) to decision over the window; null without any. */
  avgHandlingMinutes: number | null;
  overdue: number;
}

/** Per reviewer: what they hold now, what they decided today, how long decisions take. */
export function workload(
  userIds: readonly string[],
  orders: readonly OrderFacts[],
  events: readonly AuditEvent[],
  window: { from: string; to: string },
  now: Date,
): ReviewerLoad[] {
  const today = cstDate(now);
  const rows = new Map<string, ReviewerLoad & { handled: number[] }>(
    userIds.map((userId) => [
      userId,
      { userId, held: 0, decidedToday: 0, avgHandlingMinutes: null, overdue: 0, handled: [] },
    ]),
  );
  for (const order of orders) {
    const row =
      order.status === 'in_review' && order.assigneeId ? rows.get(order.assigneeId) : null;
    if (!row) continue;
    row.held += 1;
    if (deadlineState(order, now) === 'overdue') row.overdue += 1;
  }
  // Who holds each order since when, replayed in time order.
  const heldSince = new Map<string, number>();
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const event of ordered) {
    if (event.orderId === null) continue;
    if (event.action === 'claim' || event.action === 'reassign')
      heldSince.set(event.orderId, Date.parse(event.at));
    if (!isDecision(event)) continue;
    const row = rows.get(event.actorId);
    const since = heldSince.get(event.orderId);
    heldSince.delete(event.orderId);
    if (!row) continue;
    const date = cstDate(new Date(event.at));
    if (date === today) row.decidedToday += 1;
    if (since !== undefined && date >= window.from && date <= window.to)
      row.handled.push((Date.parse(event.at) - since) / 60_000);
  }
  return [...rows.values()].map(({ handled, ...row }) => ({
    ...row,
    avgHandlingMinutes:
      handled.length === 0 ? null : handled.reduce((a, b) => a + b, 0) / handled.length,
  }));
}
