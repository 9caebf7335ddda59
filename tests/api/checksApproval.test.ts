import { expect, test } from 'vitest';
import { ruleOf } from '../../src/domain/checks/proposedReasons';
import type { Order } from '../../src/domain/types';
import { allOrders, login, type ErrorBody } from './client';
import { acceptAll, eventsOf, logCall, post } from './reviewHelpers';

/** Failing blocking checks gate the approval: each is named in `unmet` until overridden in writing. */

const blockingFailures = (order: Order) =>
  order.checks.filter((c) => c.status === 'fail' && c.blocking);

/** One pending order per blocking rule that fails somewhere in the seed. */
async function oneOrderPerRule(token: string): Promise<Map<string, Order>> {
  const byRule = new Map<string, Order>();
  for (const order of await allOrders(token, {
    status: 'pending_review',
    hasFailingChecks: true,
  })) {
    for (const check of blockingFailures(order)) {
      if (!byRule.has(ruleOf(check.id))) byRule.set(ruleOf(check.id), order);
    }
  }
  return byRule;
}

/** Claimed, called (connected) and every material accepted: only the checks stand in the way. */
async function readyToApprove(token: string, order: Order): Promise<Order | null> {
  const claimed = await post(token, `/api/orders/${order.id}/claim`, { version: order.version });
  if (claimed.status !== 200) return null;
  const called = await logCall(token, claimed.body, 'connected');
  // An order whose call-back is not yet due cannot be called now; another order will do.
  if (called.status !== 200) return null;
  return acceptAll(token, called.body);
}

test('approval is blocked by each blocking check and allowed with written overrides', async () => {
  const token = await login('reviewer1');
  const byRule = await oneOrderPerRule(token);
  expect([...byRule.keys()]).toEqual(
    expect.arrayContaining(['ID_CHECKSUM', 'USCC_CHECKSUM', 'TLD_APPROVED', 'LEGAL_REP']),
  );
  let tried = 0;
  for (const [rule, pending] of byRule) {
    const ready = await readyToApprove(token, pending);
    if (!ready) continue;
    tried += 1;
    const failing = blockingFailures(ready);
    const check = failing.find((c) => ruleOf(c.id) === rule)!;

    const blocked = await post(token, `/api/orders/${ready.id}/approve`, {
      version: ready.version,
    });
    expect(blocked.status, rule).toBe(422);
    const unmet = (blocked.body as unknown as ErrorBody).error.details?.unmet;
    expect(unmet, rule).toContainEqual(
      expect.objectContaining({ code: 'CHECK_FAILED', checkId: check.id }),
    );

    const unjustified = await post(token, `/api/orders/${ready.id}/approve`, {
      version: ready.version,
      overrides: failing.map((c) => ({ checkId: c.id, justification: '' })),
    });
    expect(unjustified.status, rule).toBe(422);

    const overrides = failing.map((c) => ({
      checkId: c.id,
      justification: `已电话核实并留存说明：${c.message}`,
    }));
    const approved = await post(token, `/api/orders/${ready.id}/approve`, {
      version: ready.version,
      overrides,
    });
    expect(approved.status, rule).toBe(200);
    expect(approved.body.status).toBe('bureau_pending');
    const event = (await eventsOf(ready.id)).at(-1);
    expect(event).toMatchObject({ action: 'approve', details: { overrides } });
  }
  expect(tried).toBeGreaterThanOrEqual(4);
});
