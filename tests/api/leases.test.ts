import { beforeEach, describe, expect, test } from 'vitest';
import type { AuditEvent, Order } from '../../src/domain/types';
import { api, firstOrder, login, stateOf, TEST_NOW, type ErrorBody } from './client';
import { eventsOf, post } from './reviewHelpers';

/** Claims are leases (api.md "Leases"): 30 minutes, renewed by the holder, lapsed by the server. */

const MINUTE = 60_000;
const cst = (minutes: number) => {
  const date = new Date(Date.parse(TEST_NOW) + minutes * MINUTE + 8 * 60 * MINUTE);
  return `${date.toISOString().slice(0, 23)}+08:00`;
};

let reviewer: string;
let supervisor: string;
beforeEach(async () => {
  reviewer = await login('reviewer1');
  supervisor = await login('supervisor1');
});

async function setClock(seconds: number): Promise<void> {
  const result = await post(supervisor, '/api/_dev/clock', {
    now: new Date(Date.parse(TEST_NOW) + seconds * 1000).toISOString(),
  });
  expect(result.status).toBe(200);
}

async function claimPending(token = reviewer): Promise<Order> {
  const order = await firstOrder(token, { status: 'pending_review' });
  const claimed = await post(token, `/api/orders/${order.id}/claim`, { version: order.version });
  expect(claimed.status).toBe(200);
  return claimed.body;
}

describe('claim leases', () => {
  test('a claim carries leaseExpiresAt = now + 30 min; the seed’s held orders run from the anchor', async () => {
    const order = await claimPending();
    expect(order.leaseExpiresAt).toBe(cst(30));
    const seeded = await firstOrder(supervisor, { status: 'in_review', assigneeId: 'u-reviewer2' });
    expect(seeded.leaseExpiresAt).toBe(cst(30));
    const pending = await firstOrder(supervisor, { status: 'pending_review' });
    expect(pending.leaseExpiresAt).toBeNull();
  });

  test('lapses at 30:01, not at 29:59 or 30:00; one lease_expired event by the system', async () => {
    const order = await claimPending();
    await setClock(29 * 60 + 59);
    expect((await api<Order>('GET', `/api/orders/${order.id}`, { token: reviewer })).body).toEqual(
      order,
    );
    await setClock(30 * 60);
    expect(
      (await api<Order>('GET', `/api/orders/${order.id}`, { token: reviewer })).body.status,
    ).toBe('in_review');
    const before = await stateOf(order.id);
    await setClock(30 * 60 + 1);
    const after = await api<Order>('GET', `/api/orders/${order.id}`, { token: reviewer });
    expect(after.body).toMatchObject({
      status: 'pending_review',
      assigneeId: null,
      claimedAt: null,
      leaseExpiresAt: null,
      version: order.version + 1,
    });
    const events = await eventsOf(order.id);
    const lapse = events.filter((e) => e.action === 'lease_expired');
    expect(lapse).toHaveLength(1);
    expect(lapse[0]).toMatchObject({
      actorId: 'system',
      actorRole: 'system',
      fromStatus: 'in_review',
      toStatus: 'pending_review',
      details: {
        previousAssigneeId: 'u-reviewer1',
        claimedAt: order.claimedAt,
        leaseExpiresAt: order.leaseExpiresAt,
      },
    });
    expect((await stateOf(order.id)).events).toBe(before.events + 1);
    // Reading again does not lapse it a second time.
    expect((await stateOf(order.id)).events).toBe(before.events + 1);
  });

  test('the holder’s next action is refused with NOT_ASSIGNEE saying the claim lapsed', async () => {
    const order = await claimPending();
    await setClock(31 * 60);
    const call = await post<ErrorBody>(reviewer, `/api/orders/${order.id}/calls`, {
      version: order.version,
      outcome: 'no_answer',
    });
    expect(call.status).toBe(403);
    expect(call.body.error.code).toBe('NOT_ASSIGNEE');
    expect(call.body.error.details).toMatchObject({
      assigneeId: null,
      leaseExpired: { leaseExpiresAt: order.leaseExpiresAt },
    });
    const heartbeat = await post<ErrorBody>(reviewer, `/api/orders/${order.id}/lease`, {});
    expect(heartbeat.status).toBe(403);
    expect(heartbeat.body.error.code).toBe('NOT_ASSIGNEE');
  });

  test('the holder’s actions renew it; a supervisor’s note does not', async () => {
    const order = await claimPending();
    await setClock(20 * 60);
    const noted = await post(reviewer, `/api/orders/${order.id}/notes`, {
      version: order.version,
      text: '申请人说下午方便接电话',
    });
    expect(noted.body.leaseExpiresAt).toBe(cst(50));
    await setClock(40 * 60);
    const other = await post(supervisor, `/api/orders/${order.id}/notes`, {
      version: noted.body.version,
      text: '主管备注',
    });
    expect(other.status).toBe(200);
    expect(other.body.leaseExpiresAt).toBe(cst(50));
    const call = await post(reviewer, `/api/orders/${order.id}/calls`, {
      version: other.body.version,
      outcome: 'no_answer',
    });
    expect(call.body.leaseExpiresAt).toBe(cst(70));
    await setClock(69 * 60);
    expect(
      (await api<Order>('GET', `/api/orders/${order.id}`, { token: reviewer })).body.status,
    ).toBe('in_review');
  });

  test('heartbeat: renews without a new version or an audit event; only the holder', async () => {
    const order = await claimPending();
    await setClock(25 * 60);
    const before = await stateOf(order.id);
    const renewed = await post(reviewer, `/api/orders/${order.id}/lease`);
    expect(renewed.status).toBe(200);
    expect(renewed.body).toEqual({
      orderId: order.id,
      assigneeId: 'u-reviewer1',
      claimedAt: order.claimedAt,
      leaseExpiresAt: cst(55),
    });
    const after = await stateOf(order.id);
    expect(after.order.version).toBe(order.version);
    expect(after.events).toBe(before.events);
    expect(after.total).toBe(before.total);
    expect(after.order.leaseExpiresAt).toBe(cst(55));
    await setClock(54 * 60);
    expect((await stateOf(order.id)).order.status).toBe('in_review');

    const other = await login('reviewer2');
    const refusals: [string, string, number, string][] = [
      [other, order.id, 403, 'NOT_ASSIGNEE'],
      [await login('support1'), order.id, 403, 'FORBIDDEN'],
      [reviewer, 'BA0000000000', 404, 'NOT_FOUND'],
    ];
    for (const [token, id, status, code] of refusals) {
      const result = await post<ErrorBody>(token, `/api/orders/${id}/lease`, {});
      expect([result.status, result.body.error.code]).toEqual([status, code]);
    }
    const withField = await post<ErrorBody>(reviewer, `/api/orders/${order.id}/lease`, {
      version: order.version,
    });
    expect(withField.status).toBe(400);
    expect(withField.body.error.details?.fields).toHaveProperty('version');
    expect((await stateOf(order.id)).events).toBe(before.events);
  });

  test('heartbeat on an order no longer in review is 409 INVALID_STATE', async () => {
    const decided = await firstOrder(supervisor, {
      status: 'bureau_pending',
      assigneeId: 'u-reviewer1',
    });
    const result = await post<ErrorBody>(reviewer, `/api/orders/${decided.id}/lease`, {});
    expect(result.status).toBe(409);
    expect(result.body.error).toMatchObject({
      code: 'INVALID_STATE',
      details: { status: 'bureau_pending' },
    });
  });

  test('moving the clock lapses every due lease at once; others keep theirs', async () => {
    const held = await api<Order[]>(
      'GET',
      `/api/orders?filter=${encodeURIComponent(JSON.stringify({ status: 'in_review' }))}`,
      { token: supervisor },
    );
    const seeded = held.body.length;
    expect(seeded).toBeGreaterThan(0);
    await setClock(10 * 60);
    const mine = await claimPending();
    const moved = await post(supervisor, '/api/_dev/clock', { advanceMinutes: 21 });
    expect(moved.status).toBe(200);
    const events = await api<AuditEvent[]>(
      'GET',
      `/api/audit_events?filter=${encodeURIComponent(JSON.stringify({ action: 'lease_expired' }))}`,
      { token: supervisor },
    );
    expect(events.body).toHaveLength(seeded);
    expect((await stateOf(mine.id)).order.status).toBe('in_review');
  });

  test('ALREADY_CLAIMED tells who holds the order and until when', async () => {
    const order = await claimPending();
    const other = await login('reviewer2');
    const result = await post<ErrorBody>(other, `/api/orders/${order.id}/claim`, {
      version: order.version,
    });
    expect(result.status).toBe(409);
    expect(result.body.error).toMatchObject({
      code: 'ALREADY_CLAIMED',
      details: {
        assigneeId: 'u-reviewer1',
        claimedAt: order.claimedAt,
        leaseExpiresAt: order.leaseExpiresAt,
      },
    });
  });
});
