import { cstDate, cstParts } from '../../src/domain/time';
import type { AuditEvent, CallAttempt, Order } from '../../src/domain/types';
import { buildOrder, orderSummary, type OrderSummary } from './buildOrder';
import { flattenStrings } from './compact';
import { orderCore, orderExtras, type OrderCore } from './core';
import type { Defect } from './defects';
import { buildHistory, callsOf, type EventDraft } from './history';
import { chooseHostile, hostileCore, hostileOrder } from './hostile';
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

/**
 * A seeded data set. Plans, cores and summaries exist for every order from the start; full orders
 * and the audit trail are built when first asked for, identical to what an eager build would give.
 */
export interface Dataset {
  params: SeedParams;
  /** In order-number order; `cores` and `summaries` run parallel. */
  plans: OrderPlan[];
  cores: OrderCore[];
  summaries: OrderSummary[];
  /** How many call attempts the seed holds. */
  callCount: number;
  /** Every seeded call attempt in time order. */
  buildCalls(): CallAttempt[];
  defects: Map<string, Defect[]>;
  /** Orders with hostile applicant text: id → variant (`mocks/seed/hostile.ts`). */
  hostile: Map<string, number>;
  /** How many audit events the seed holds (known before they are built). */
  auditCount: number;
  buildOrder(position: number): Order;
  /** Every seeded audit event in time order; ids follow it. */
  buildAudit(): AuditEvent[];
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
  const anchorDate = cstDate(new Date(anchor));
  const plans = assignIds(
    planOrders(params.orders, anchor, createRng(hashSeed(params.seed, 'plan'))),
  );
  const context = {
    seed: params.seed,
    anchorDate,
    usedMobiles: new Set<string>(),
    usedDomains: new Set<string>(),
    filedUnits: new Map(),
  };
  // Cores are made in plan order (not id order), so that an order's content does not depend on
  // how its submission time sorts among the others.
  const cores: OrderCore[] = new Array<OrderCore>(plans.length);
  const byIndex = plans.map((plan, position) => ({ plan, position }));
  byIndex.sort((a, b) => a.plan.index - b.plan.index);
  for (const { plan, position } of byIndex)
    cores[position] = flattenStrings(orderCore(plan, context));
  const hostile = chooseHostile(plans);
  plans.forEach((plan, position) => {
    const variant = hostile.get(plan.id);
    const core = cores[position];
    if (variant !== undefined && core) cores[position] = flattenStrings(hostileCore(core, variant));
  });
  const summaries = plans.map(orderSummary);
  let callCount = 0;
  for (const plan of plans) {
    for (const revision of plan.revisions)
      if (revision.claimedAt !== null && revision.reviewerId) callCount += revision.calls.length;
  }
  const defects = new Map<string, Defect[]>(
    plans.map((plan) => [
      plan.id,
      hostile.has(plan.id) ? ['HOSTILE_TEXT'] : plan.defect ? [plan.defect] : [],
    ]),
  );
  const auditCount = summaries.reduce((sum, summary) => sum + summary.version, 0);
  const build = { seed: params.seed, anchorDate, anchor };
  return {
    params,
    plans,
    cores,
    summaries,
    callCount,
    buildCalls: () =>
      plans.flatMap(callsOf).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    defects,
    hostile,
    auditCount,
    buildOrder: (position) => {
      const plan = plans[position];
      const core = cores[position];
      if (!plan || !core) throw new RangeError(`No order at ${position}`);
      const order = buildOrder(plan, core, build);
      const variant = hostile.get(plan.id);
      return variant === undefined ? order : hostileOrder(order, variant);
    },
    buildAudit: () => buildAudit(plans, cores, build),
  };
}

function buildAudit(
  plans: readonly OrderPlan[],
  cores: readonly OrderCore[],
  context: { seed: number; anchorDate: string; anchor: number },
): AuditEvent[] {
  const drafts: EventDraft[] = [];
  plans.forEach((plan, position) => {
    const extras = orderExtras(plan, cores[position]?.sites.length ?? 1, context);
    const history = buildHistory(
      plan,
      { id: plan.id, accountId: extras.accountId, province: plan.province },
      { filingNumbers: extras.numbers.issued, reason: extras.bureauReason },
    );
    for (const event of history.events) drafts.push(event);
  });
  drafts.sort((a, b) => a.atMs - b.atMs);
  return drafts.map((draft, i) => ({
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
}
