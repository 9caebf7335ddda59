import { beforeEach, describe, expect, test } from 'vitest';
import type { Order } from '../../src/domain/types';
import { api, firstOrder, listOrders, login, stateOf, type ErrorBody } from './client';

let reviewer: string;
beforeEach(async () => {
  reviewer = await login('reviewer1');
});

const withKey = (key: string) => ({ 'Idempotency-Key': key });

describe('Idempotency-Key', () => {
  test('a repeat replays the first answer and acts once', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const first = await api<Order>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: order.version },
      headers: withKey('click-1'),
    });
    const afterFirst = await stateOf(order.id);
    const again = await api<Order>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: order.version },
      headers: withKey('click-1'),
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await stateOf(order.id)).toEqual(afterFirst);
  });

  test('errors are replayed too, even when the state has changed since', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const stale = { version: order.version + 5 };
    const first = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: stale,
      headers: withKey('k'),
    });
    expect(first.status).toBe(409);
    const again = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: stale,
      headers: withKey('k'),
    });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(first.body);
  });

  test('the JSON body is compared by value: key order and spacing do not matter', async () => {
    const order = await firstOrder(reviewer, { status: 'in_review', assigneeId: 'u-reviewer1' });
    const supervisor = await login('supervisor1');
    const send = (rawBody: string) =>
      api<Order>('POST', `/api/orders/${order.id}/reassign`, {
        token: supervisor,
        rawBody,
        headers: { ...withKey('same'), 'Content-Type': 'application/json' },
      });
    const first = await send(`{"version":${order.version},"assigneeId":"u-reviewer2"}`);
    const second = await send(`{ "assigneeId": "u-reviewer2", "version": ${order.version} }`);
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
  });

  test('the same key with another request is 422 IDEMPOTENCY_KEY_REUSED, before anything else', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const other = (
      await listOrders(reviewer, { filter: { status: 'pending_review' }, range: [1, 1] })
    ).body[0]!;
    await api('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: order.version },
      headers: withKey('k1'),
    });
    const before = await stateOf(other.id);
    const attempts = [
      { path: `/api/orders/${other.id}/claim`, body: { version: other.version } },
      { path: `/api/orders/${order.id}/claim`, body: { version: order.version + 1 } },
      { path: `/api/orders/${order.id}/release`, body: { version: order.version + 1 } },
      { path: '/api/orders/BA0000000000/claim', body: { version: 1 } },
    ];
    for (const attempt of attempts) {
      const result = await api<ErrorBody>('POST', attempt.path, {
        token: reviewer,
        body: attempt.body,
        headers: withKey('k1'),
      });
      expect(result.status, attempt.path).toBe(422);
      expect(result.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    }
    expect(await stateOf(other.id)).toEqual(before);
  });

  test('keys are scoped to the user', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    await api('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: order.version },
      headers: withKey('shared'),
    });
    const other = await login('reviewer2');
    const result = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
      token: other,
      body: { version: order.version },
      headers: withKey('shared'),
    });
    // Not a replay of reviewer1's answer: reviewer2's own request, refused on its own merits.
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('VERSION_CONFLICT');
  });

  test('claim-next replays its claimed order (or its 204)', async () => {
    const first = await api<Order>('POST', '/api/orders/claim-next', {
      token: reviewer,
      headers: withKey('next'),
    });
    const again = await api<Order>('POST', '/api/orders/claim-next', {
      token: reviewer,
      headers: withKey('next'),
    });
    expect(again.body.id).toBe(first.body.id);
    const mine = await listOrders(reviewer, {
      filter: { assigneeId: 'u-reviewer1', status: 'in_review' },
    });
    expect(mine.body.filter((o) => o.claimedAt === '2026-11-27T10:00:00.000+08:00')).toHaveLength(
      1,
    );
  });

  test('keys must have 1 to 200 characters (400)', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    for (const key of ['', 'k'.repeat(201)]) {
      const result = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
        token: reviewer,
        body: { version: order.version },
        headers: withKey(key),
      });
      expect(result.status).toBe(400);
      expect(result.body.error.code).toBe('INVALID_IDEMPOTENCY_KEY');
    }
    const longest = await api('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: order.version },
      headers: withKey('k'.repeat(200)),
    });
    expect(longest.status).toBe(200);
  });

  test('remembered for 24 hours of server time', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const send = () =>
      api('POST', `/api/orders/${order.id}/claim`, {
        token: reviewer,
        body: { version: order.version },
        headers: withKey('day'),
      });
    await send();
    await api('POST', '/api/_dev/clock', { token: reviewer, body: { advanceMinutes: 23 * 60 } });
    // A session lasts 12 hours; the remembered answers belong to the user, not to the session.
    reviewer = await login('reviewer1');
    expect((await send()).headers.get('Idempotent-Replayed')).toBe('true');
    await api('POST', '/api/_dev/clock', { token: reviewer, body: { advanceMinutes: 2 * 60 } });
    const late = await send();
    expect(late.headers.get('Idempotent-Replayed')).toBeNull();
    expect(late.status).toBe(409);
  });
});

describe('Idempotency-Key under retries', () => {
  test('a call retried with its key is logged once: one attempt, one audit event', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const claimed = await api<Order>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: order.version },
    });
    const callsOf = async () =>
      (
        await api<unknown[]>(
          'GET',
          `/api/calls?filter=${encodeURIComponent(JSON.stringify({ orderId: order.id }))}`,
          { token: reviewer },
        )
      ).body.length;
    const callsBefore = await callsOf();
    const send = () =>
      api<Order>('POST', `/api/orders/${order.id}/calls`, {
        token: reviewer,
        body: { version: claimed.body.version, outcome: 'no_answer', note: '无人接听' },
        headers: withKey('call-attempt-1'),
      });
    const first = await send();
    const afterFirst = await stateOf(order.id);
    const second = await send();
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(second.body).toEqual(first.body);
    expect(await stateOf(order.id)).toEqual(afterFirst);
    expect(await callsOf()).toBe(callsBefore + 1);
  });

  test('twenty simultaneous duplicates act once; the others replay the one answer', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const before = await stateOf(order.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        api<Order>('POST', `/api/orders/${order.id}/claim`, {
          token: reviewer,
          body: { version: order.version },
          headers: withKey('double-click'),
        }),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.headers.get('Idempotent-Replayed') === 'true')).toHaveLength(19);
    for (const result of results) expect(result.body).toEqual(results[0]!.body);
    const after = await stateOf(order.id);
    expect(after.events).toBe(before.events + 1);
    expect(after.total).toBe(before.total + 1);
    expect(after.order.version).toBe(order.version + 1);
  });

  test('the same key with a different body is 422 and changes nothing, even at once', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const before = await stateOf(order.id);
    const [a, b] = await Promise.all([
      api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
        token: reviewer,
        body: { version: order.version + 7 },
        headers: withKey('clash'),
      }),
      api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
        token: reviewer,
        body: { version: order.version + 8 },
        headers: withKey('clash'),
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([409, 422]);
    const reused = a.status === 422 ? a : b;
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await stateOf(order.id)).toEqual(before);
  });
});
