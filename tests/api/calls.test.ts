import { beforeEach, describe, expect, test } from 'vitest';
import type { Order } from '../../src/domain/types';
import { api, listQuery, login, stateOf, type ErrorBody } from './client';
import { advanceClock, claimFresh, eventsOf, logCall } from './reviewHelpers';

let reviewer1: string;
let reviewer2: string;
let support: string;
beforeEach(async () => {
  reviewer1 = await login('reviewer1');
  reviewer2 = await login('reviewer2');
  support = await login('support1');
});

describe('calls: the one-hour call-back rule', () => {
  test('a call is logged with its outcome, note and confirmed points, and one audit event', async () => {
    const order = await claimFresh(reviewer1);
    const before = await stateOf(order.id);
    const result = await logCall(reviewer1, order, 'connected', {
      note: '本人确认',
      confirmed: ['identity', 'filed_this_order', 'website_purpose', 'contact_details'],
    });
    expect(result.status).toBe(200);
    expect(result.body.version).toBe(order.version + 1);
    const calls = await api<{ outcome: string; confirmed: string[] }[]>(
      'GET',
      `/api/calls${listQuery({ filter: { orderId: order.id } })}`,
      { token: reviewer1 },
    );
    expect(calls.body).toEqual([
      expect.objectContaining({ outcome: 'connected', note: '本人确认', callerId: 'u-reviewer1' }),
    ]);
    expect(calls.body[0]?.confirmed).toHaveLength(4);
    expect((await stateOf(order.id)).events).toBe(before.events + 1);
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({
      action: 'call',
      fromStatus: 'in_review',
      toStatus: 'in_review',
      details: { outcome: 'connected', note: '本人确认', confirmed: expect.any(Array) },
    });
  });

  test.each([
    [59, 409],
    [60, 200],
    [61, 200],
  ])('after an unanswered call, %i minutes later is %i', async (minutes, status) => {
    const order = await claimFresh(reviewer1);
    const first = await logCall(reviewer1, order, 'no_answer');
    expect(first.status).toBe(200);
    await advanceClock(reviewer1, minutes);
    const before = await stateOf(order.id);
    const second = await logCall(reviewer1, first.body, 'busy');
    expect(second.status).toBe(status);
    if (status === 409) {
      expect((second.body as unknown as ErrorBody).error).toMatchObject({
        code: 'CALL_RETRY_TOO_EARLY',
        details: { retryAt: '2026-11-27T11:00:00.000+08:00' },
      });
      expect(await stateOf(order.id)).toEqual(before);
    }
  });

  test('after a connected call the next may follow at once', async () => {
    const order = await claimFresh(reviewer1);
    const first = await logCall(reviewer1, order, 'connected');
    expect((await logCall(reviewer1, first.body, 'connected')).status).toBe(200);
  });

  test('only the assignee calls; support may not; nothing is written', async () => {
    const order = await claimFresh(reviewer1);
    const before = await stateOf(order.id);
    const other = await logCall(reviewer2, order, 'no_answer');
    expect(other.status).toBe(403);
    expect((other.body as unknown as ErrorBody).error.code).toBe('NOT_ASSIGNEE');
    const readOnly = await logCall(support, order, 'no_answer');
    expect((readOnly.body as unknown as ErrorBody).error.code).toBe('FORBIDDEN');
    expect(await stateOf(order.id)).toEqual(before);
  });

  test.each([
    [{ outcome: 'voicemail' }, 400],
    [{ outcome: 'no_answer', confirmed: ['identity'] }, 422],
    [{ outcome: 'connected', confirmed: ['shoe_size'] }, 400],
  ])('a bad body %j is %i', async (body, status) => {
    const order: Order = await claimFresh(reviewer1);
    const result = await api('POST', `/api/orders/${order.id}/calls`, {
      token: reviewer1,
      body: { version: order.version, ...body },
    });
    expect(result.status).toBe(status);
    expect((result.body as ErrorBody).error.code).toBe('VALIDATION_FAILED');
  });
});

describe('call-backs that are due', () => {
  test('filter callbackDue lists them once the hour has passed', async () => {
    const order = await claimFresh(reviewer1);
    await logCall(reviewer1, order, 'no_answer');
    const due = () =>
      api<Order[]>('GET', `/api/orders${listQuery({ filter: { callbackDue: true } })}`, {
        token: reviewer1,
      });
    expect((await due()).body.map((o) => o.id)).not.toContain(order.id);
    await advanceClock(reviewer1, 60);
    expect((await due()).body.map((o) => o.id)).toContain(order.id);
  });
});
