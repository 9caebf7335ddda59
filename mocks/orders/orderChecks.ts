import { normalizeMobile } from '../../src/domain/identity';
import { runChecks } from '../../src/domain/checks/runChecks';
import type { CallAttempt, CheckResult, Material, Order } from '../../src/domain/types';

/**
 * The mock computes each order's checks itself, with the domain's functions, when the order is
 * first read in a given version: every action makes a new order object, so a WeakSet of the objects
 * already checked is a cache per version. A 100,000-order reset computes nothing up front.
 */

export interface CheckSources {
  materials(orderId: string): readonly Material[] | undefined;
  calls(orderId: string): readonly CallAttempt[];
  /** Which orders give a phone, across the data set (normalised mobile → order ids). */
  phoneOwners(): ReadonlyMap<string, readonly string[]>;
}

const checked = new WeakSet<Order>();

// Most orders pass most checks with identical results: one shared object each saves memory at 100k.
const sharedResults = new Map<string, CheckResult>();
function shared(check: CheckResult): CheckResult {
  const key = `${check.id}|${check.status}|${check.blocking}|${check.field ?? ''}|${check.materialId ?? ''}|${check.message}`;
  let existing = sharedResults.get(key);
  if (!existing) {
    existing = check;
    if (sharedResults.size < 50_000) sharedResults.set(key, check);
  }
  return existing;
}

export function computeChecks(order: Order, sources: CheckSources): CheckResult[] {
  const owners = sources.phoneOwners();
  return runChecks(order, {
    materials: sources.materials(order.id) ?? [],
    calls: sources.calls(order.id),
    phoneUsedByOtherFiler: (phone) =>
      (owners.get(normalizeMobile(phone)) ?? []).some((id) => id !== order.id),
  }).map(shared);
}

/** Attaches fresh checks to an order read for the first time in this version. */
export function ensureChecks(order: Order, sources: CheckSources): Order {
  if (checked.has(order)) return order;
  // Marked first: computing reads materials, which read the order again.
  checked.add(order);
  order.checks = computeChecks(order, sources);
  return order;
}

/** Forget an order's cached checks (a re-run asks for them afresh). */
export function recheck(order: Order, sources: CheckSources): Order {
  checked.delete(order);
  return ensureChecks(order, sources);
}

/** The phone index from the rows' search text: each secret line that is a mobile number. */
export function phoneIndex(
  rows: readonly { summary: { id: string }; secretText: string }[],
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const row of rows) {
    for (const line of row.secretText.split('\n')) {
      if (line.length !== 11 || line[0] !== '1') continue;
      const list = index.get(line);
      if (!list) index.set(line, [row.summary.id]);
      else if (!list.includes(row.summary.id)) list.push(row.summary.id);
    }
  }
  return index;
}
