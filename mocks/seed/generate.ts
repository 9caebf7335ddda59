import { cstDate, cstParts } from '../../src/domain/time';
import type { AuditEvent, CallAttempt, Order } from '../../src/domain/types';
import { buildOrder } from './buildOrder';
import type { Defect } from './defects';
import type { EventDraft } from './history';
import { planOrders, type OrderPlan } from './plan';
import { createRng, hashSeed } from './prng';

/**
 * The seeded data set: deterministic in (seed, order count, anchor). The anchor is the instant the
 * data is generated "at"; nothing in it happens later.
 */

export interface SeedParams {
  seed: number;
  orders: number;
  /** ISO instant, on the hour. */
  anchor: string;
}

export interface Dataset {
  params: SeedParams;
  /** In order-number order. */
  orders: Order[];
  /** In time order; ids follow it. */
  audit: AuditEvent[];
  calls: CallAttempt[];
  defects: Map<string, Defect[]>;
}

export const DEFAULT_SEED = 20261127;
export const DEFAULT_ORDER_COUNT = 300;
export const MAX_ORDER_COUNT = 100_000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Order numbers: BA + CST yymmdd of the first submission + the day's 4-digit sequence. */
function assignIds(plans: OrderPlan[]): OrderPlan[] {
  const sorted = [...plans].sort(
    (a, b) =>
      (a.revisions[0]?.submittedAt ?? 0) - (b.revisions[0]?.submittedAt ?? 0) || a.index - b.index,
  );
  const perDay = new Map<string, number>();
  for (const plan of sorted) {
    const p = cstParts(new Date(plan.revisions[0]?.submittedAt ?? 0));
    const day = `${pad(p.year % 100, 2)}${pad(p.month, 2)}${pad(p.day, 2)}`;
    const sequence = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, sequence);
    // Beyond 9999 a day the number grows a digit rather than collide.
    plan.id = `BA${day}${pad(sequence, 4)}`;
  }
  return sorted;
}

export function auditEventId(sequence: number): string {
  const id = `ae-${pad(sequence, 8)}`;
  id.charCodeAt(0); // flat, not a rope: see compact.ts
  return id;
}

export function generateDataset(params: SeedParams): Dataset {
  const anchor = Date.parse(params.anchor);
  const plans = assignIds(
    planOrders(params.orders, anchor, createRng(hashSeed(params.seed, 'plan'))),
  );
  const context = {
    seed: params.seed,
    anchor,
    anchorDate: cstDate(new Date(anchor)),
    usedMobiles: new Set<string>(),
    usedDomains: new Set<string>(),
  };
  const orders: Order[] = [];
  const drafts: EventDraft[] = [];
  const calls: CallAttempt[] = [];
  const defects = new Map<string, Defect[]>();
  // Content is built in plan order (not id order) so that an order's content does not depend on
  // how its submission time sorts among the others.
  const byIndex = [...plans].sort((a, b) => a.index - b.index);
  const built = new Map<string, Order>();
  for (const plan of byIndex) {
    const { order, history } = buildOrder(plan, context);
    built.set(order.id, order);
    for (const event of history.events) drafts.push(event);
    for (const call of history.calls) calls.push(call);
    defects.set(order.id, plan.defect ? [plan.defect] : []);
  }
  for (const plan of plans) {
    const order = built.get(plan.id);
    if (order) orders.push(order);
  }
  drafts.sort((a, b) => a.atMs - b.atMs);
  const audit: AuditEvent[] = drafts.map((draft, i) => ({
    id: auditEventId(i + 1),
    at: draft.at,
    actorId: draft.actorId,
    actorRole: draft.actorRole,
    action: draft.action,
    orderId: draft.orderId,
    fromStatus: draft.fromStatus,
    toStatus: draft.toStatus,
    details: draft.details,
  }));
  calls.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { params, orders, audit, calls, defects };
}
