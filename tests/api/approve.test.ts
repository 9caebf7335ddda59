import { beforeEach, describe, expect, test } from 'vitest';
import type { Order } from '../../src/domain/types';
import { allOrders, login, stateOf, type ErrorBody } from './client';
import { acceptAll, claimFresh, eventsOf, logCall, materialsOf, post } from './reviewHelpers';

let reviewer1: string;
let reviewer2: string;
beforeEach(async () => {
  reviewer1 = await login('reviewer1');
  reviewer2 = await login('reviewer2');
});

const approve = (token: string, order: Order, overrides?: unknown) =>
  post(token, `/api/orders/${order.id}/approve`, {
    version: order.version,
    ...(overrides ? { overrides } : {}),
  });

function unmetOf(body: unknown): { code: string; materialId?: string; checkId?: string }[] {
  return (body as ErrorBody).error.details?.unmet as { code: string }[];
}

describe('approve', () => {
  test('with nothing done, every precondition is listed and nothing changes', async () => {
    const order = await claimFresh(reviewer1, { clean: true });
    const before = await stateOf(order.id);
    const result = await approve(reviewer1, order);
    expect(result.status).toBe(422);
    expect((result.body as unknown as ErrorBody).error.code).toBe('PRECONDITION_FAILED');
    const unmet = unmetOf(result.body);
    expect(unmet[0]).toMatchObject({ code: 'NO_CONNECTED_CALL', message: expect.any(String) });
    expect(unmet.filter((u) => u.code === 'MATERIAL_NOT_ACCEPTED').length).toBeGreaterThan(0);
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('without a connected call (only unanswered ones) it is refused', async () => {
    const order = await claimFresh(reviewer1, { clean: true });
    const called = await logCall(reviewer1, order, 'no_answer');
    const accepted = await acceptAll(reviewer1, called.body);
    const result = await approve(reviewer1, accepted);
    expect(unmetOf(result.body)).toEqual([expect.objectContaining({ code: 'NO_CONNECTED_CALL' })]);
  });

  test('with one material not accepted, that material is listed', async () => {
    const order = await claimFresh(reviewer1, { clean: true });
    const called = (await logCall(reviewer1, order, 'connected')).body;
    const accepted = await acceptAll(reviewer1, called);
    const materials = await materialsOf(reviewer1, order.id);
    const first = materials[0]!;
    const rejected = await post(
      reviewer1,
      `/api/orders/${order.id}/materials/${first.id}/verdict`,
      {
        version: accepted.version,
        verdict: 'rejected',
        reasonCode: 'DOCUMENT_UNCLEAR',
      },
    );
    const result = await approve(reviewer1, rejected.body);
    expect(unmetOf(result.body)).toEqual([
      expect.objectContaining({ code: 'MATERIAL_NOT_ACCEPTED', materialId: first.id }),
    ]);
  });

  test('a failing blocking check needs an override with a justification', async () => {
    const pending = await allOrders(reviewer1, { status: 'pending_review' });
    const failing = pending.find(
      (o) => o.revision === 1 && o.checks.some((c) => c.status === 'fail' && c.blocking),
    );
    if (!failing) throw new Error('the seed has pending orders with a failing blocking check');
    const claimed = (
      await post(reviewer1, `/api/orders/${failing.id}/claim`, { version: failing.version })
    ).body;
    const called = (await logCall(reviewer1, claimed, 'connected')).body;
    const ready = await acceptAll(reviewer1, called);
    const check = failing.checks.find((c) => c.status === 'fail' && c.blocking)!;
    const blocked = await approve(reviewer1, ready);
    expect(unmetOf(blocked.body)).toContainEqual(
      expect.objectContaining({ code: 'CHECK_FAILED', checkId: check.id }),
    );
    const blank = await approve(reviewer1, ready, [{ checkId: check.id, justification: '  ' }]);
    expect(blank.status).toBe(422);
    const unknown = await approve(reviewer1, ready, [
      { checkId: 'NO_SUCH_CHECK', justification: 'x' },
    ]);
    expect((unknown.body as unknown as ErrorBody).error.code).toBe('VALIDATION_FAILED');
    const overrides = failing.checks
      .filter((c) => c.status === 'fail' && c.blocking)
      .map((c) => ({ checkId: c.id, justification: '电话核实：申请人已提供情况说明' }));
    const result = await approve(reviewer1, ready, overrides);
    expect(result.status).toBe(200);
    expect((await eventsOf(failing.id)).at(-1)).toMatchObject({
      action: 'approve',
      details: { overrides },
    });
  });

  test("all met: bureau_pending with the province's bureau and its deadline; one audit event", async () => {
    const order = await claimFresh(reviewer1, { clean: true });
    const called = (await logCall(reviewer1, order, 'connected')).body;
    const ready = await acceptAll(reviewer1, called);
    const before = await stateOf(order.id);
    const result = await approve(reviewer1, ready);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'bureau_pending',
      version: ready.version + 1,
      bureau: {
        provinceCode: order.province,
        submittedAt: '2026-11-27T10:00:00.000+08:00',
        result: null,
      },
    });
    // 20 working days from Friday 2026-11-27 (30 in Zhejiang).
    expect(result.body.bureau?.dueAt).toBe(
      order.province === '33' ? '2027-01-08T10:00:00.000+08:00' : '2026-12-25T10:00:00.000+08:00',
    );
    expect((await stateOf(order.id)).events).toBe(before.events + 1);
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({
      action: 'approve',
      fromStatus: 'in_review',
      toStatus: 'bureau_pending',
      details: { overrides: [] },
    });
  });

  test('by someone who does not hold the order: 403 NOT_ASSIGNEE', async () => {
    const order = await claimFresh(reviewer1, { clean: true });
    const result = await approve(reviewer2, order);
    expect((result.body as unknown as ErrorBody).error.code).toBe('NOT_ASSIGNEE');
  });
});
