import { beforeEach, describe, expect, test } from 'vitest';
import { callbackDue } from '../../src/domain/callPolicy';
import type { CallAttempt, Order } from '../../src/domain/types';
import { allOrders, api, listQuery, login, TEST_NOW, type ErrorBody } from './client';

let reviewer: string;
beforeEach(async () => {
  reviewer = await login('reviewer3');
});

const claimNext = (token: string, body?: unknown) =>
  api<Order>('POST', '/api/orders/claim-next', { token, ...(body !== undefined ? { body } : {}) });

async function callsOf(token: string, orderId: string): Promise<CallAttempt[]> {
  const result = await api<CallAttempt[]>(
    'GET',
    `/api/calls${listQuery({ filter: { orderId } })}`,
    { token },
  );
  return result.body;
}

/** The queue in the documented order of urgency, computed independently from the public data. */
async function expectedQueue(token: string, now = new Date(TEST_NOW)): Promise<string[]> {
  const pending = await allOrders(token, { status: 'pending_review' });
  const keyed = await Promise.all(
    pending.map(async (order) => ({
      order,
      due: callbackDue(await callsOf(token, order.id), order.revision, now),
    })),
  );
  keyed.sort((a, b) => {
    if (a.due !== b.due) return a.due ? -1 : 1;
    const [sa, sb] = [a.order.slaDueAt, b.order.slaDueAt];
    if (sa !== sb) {
      if (sa === null) return 1;
      if (sb === null) return -1;
      return Date.parse(sa) - Date.parse(sb);
    }
    const submitted = Date.parse(a.order.submittedAt) - Date.parse(b.order.submittedAt);
    return submitted !== 0 ? submitted : a.order.id < b.order.id ? -1 : 1;
  });
  return keyed.map((k) => k.order.id);
}

describe('claim-next', () => {
  test('due call-backs come first, then the earliest deadline', async () => {
    const queue = await expectedQueue(reviewer);
    const now = new Date(TEST_NOW);
    const first = (await allOrders(reviewer, { id: queue[0] }))[0]!;
    // The seed has call-backs that are due: the most urgent order is one of them.
    expect(callbackDue(await callsOf(reviewer, first.id), first.revision, now)).toBe(true);
    for (const expected of queue.slice(0, 8)) {
      const result = await claimNext(reviewer);
      expect(result.status).toBe(200);
      expect(result.body.id).toBe(expected);
      expect(result.body).toMatchObject({ status: 'in_review', assigneeId: 'u-reviewer3' });
    }
  });

  test('a call-back not yet due waits its turn, and jumps ahead once its retry time has come', async () => {
    const now = new Date(TEST_NOW);
    let waiting: Order | undefined;
    for (const order of await allOrders(reviewer, { status: 'pending_review' })) {
      const calls = (await callsOf(reviewer, order.id)).filter(
        (c) => c.revision === order.revision,
      );
      if (calls.length > 0 && !callbackDue(calls, order.revision, now)) waiting = order;
    }
    expect(waiting).toBeDefined();
    const before = await expectedQueue(reviewer);
    const dueBefore = before.indexOf(waiting!.id);
    await api('POST', '/api/_dev/clock', { token: reviewer, body: { advanceMinutes: 61 } });
    const after = await expectedQueue(reviewer, new Date(Date.parse(TEST_NOW) + 61 * 60_000));
    expect(after.indexOf(waiting!.id)).toBeLessThan(dueBefore);
    const result = await claimNext(reviewer);
    expect(result.body.id).toBe(after[0]);
  });

  test('an empty body, {} and no body are all fine; any field is 400', async () => {
    expect((await claimNext(reviewer)).status).toBe(200);
    expect((await claimNext(reviewer, {})).status).toBe(200);
    const bad = await api<ErrorBody>('POST', '/api/orders/claim-next', {
      token: reviewer,
      body: { version: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  test('204 when nothing is pending', async () => {
    await api('POST', '/api/_dev/reset', { token: reviewer, body: { orders: 12 } });
    const pending = await allOrders(reviewer, { status: 'pending_review' });
    expect(pending.length).toBeGreaterThan(0);
    for (let i = 0; i < pending.length; i += 1)
      expect((await claimNext(reviewer)).status).toBe(200);
    const none = await claimNext(reviewer);
    expect(none.status).toBe(204);
    expect(none.text).toBe('');
    expect(none.headers.get('X-Server-Time')).toBeTruthy();
  });

  test('support may not (403 FORBIDDEN); nothing is claimed', async () => {
    const support = await login('support1');
    const before = (await allOrders(reviewer, { status: 'pending_review' })).length;
    const result = await api<ErrorBody>('POST', '/api/orders/claim-next', { token: support });
    expect(result.status).toBe(403);
    expect(result.body.error.code).toBe('FORBIDDEN');
    expect((await allOrders(reviewer, { status: 'pending_review' })).length).toBe(before);
  });
});
