import { beforeEach, describe, expect, test } from 'vitest';
import type { Order } from '../../src/domain/types';
import { PROVINCES } from '../../src/domain/provinces';
import { firstOrder, login, stateOf, type ErrorBody } from './client';
import { eventsOf, post } from './reviewHelpers';

let supervisor: string;
let reviewer1: string;
beforeEach(async () => {
  supervisor = await login('supervisor1');
  reviewer1 = await login('reviewer1');
});

function numbersFor(order: Order, char?: string): string[] {
  const c = char ?? PROVINCES.find((p) => p.code === order.province)?.icpChar ?? '';
  const subject = `${c}ICP备2026012345号`;
  return [subject, ...order.websites.map((_w, i) => `${subject}-${i + 1}`)];
}

const record = (token: string, order: Order, body: Record<string, unknown>) =>
  post(token, `/api/orders/${order.id}/bureau-result`, { version: order.version, ...body });

describe('bureau-result', () => {
  test('approved with the filing numbers: bureau_approved, one audit event', async () => {
    const order = await firstOrder(supervisor, { status: 'bureau_pending' });
    const before = await stateOf(order.id);
    const filingNumbers = numbersFor(order);
    const result = await record(supervisor, order, { result: 'approved', filingNumbers });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'bureau_approved',
      bureau: { result: 'approved', filingNumbers },
    });
    expect((await stateOf(order.id)).events).toBe(before.events + 1);
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({
      action: 'bureau_result',
      actorRole: 'supervisor',
      toStatus: 'bureau_approved',
      details: { result: 'approved', filingNumbers },
    });
  });

  test("rejected with the bureau's reason: bureau_rejected", async () => {
    const order = await firstOrder(supervisor, { status: 'bureau_pending' });
    const result = await record(supervisor, order, {
      result: 'rejected',
      reason: '网站名称与主办单位性质不符',
    });
    expect(result.body).toMatchObject({
      status: 'bureau_rejected',
      bureau: { reason: '网站名称与主办单位性质不符' },
    });
  });

  test.each([
    ['no numbers', { result: 'approved' }],
    ['too few numbers', { result: 'approved', filingNumbers: ['京ICP备2026012345号'] }],
    ['rejected without a reason', { result: 'rejected', reason: ' ' }],
  ])('%s: 422 VALIDATION_FAILED, nothing written', async (_label, body) => {
    const order = await firstOrder(supervisor, { status: 'bureau_pending' });
    const before = await stateOf(order.id);
    const result = await record(supervisor, order, body);
    expect(result.status).toBe(422);
    expect((result.body as unknown as ErrorBody).error.code).toBe('VALIDATION_FAILED');
    expect(await stateOf(order.id)).toEqual(before);
  });

  test("malformed numbers or another province's character are refused", async () => {
    const order = await firstOrder(supervisor, { status: 'bureau_pending' });
    const wrongChar = order.province === '11' ? '沪' : '京';
    for (const filingNumbers of [
      numbersFor(order, wrongChar),
      numbersFor(order).map((n) => n.replace('号', '')),
    ]) {
      const result = await record(supervisor, order, { result: 'approved', filingNumbers });
      expect(result.status).toBe(422);
    }
  });

  test('from another status: 409 INVALID_STATE; a reviewer: 403 FORBIDDEN', async () => {
    const order = await firstOrder(supervisor, { status: 'in_review' });
    const wrong = await record(supervisor, order, {
      result: 'approved',
      filingNumbers: numbersFor(order),
    });
    expect(wrong.status).toBe(409);
    expect((wrong.body as unknown as ErrorBody).error.code).toBe('INVALID_STATE');
    const pending = await firstOrder(supervisor, { status: 'bureau_pending' });
    const role = await record(reviewer1, pending, { result: 'rejected', reason: 'x' });
    expect((role.body as unknown as ErrorBody).error.code).toBe('FORBIDDEN');
  });
});
