import { http, HttpResponse } from 'msw';
import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import type { AuditEvent } from '../../src/domain/types';
import { createDataProvider } from '../../src/providers/dataProvider';
import { explainConflict } from '../../src/reliability/conflict';
import { startLeaseKeeper } from '../../src/reliability/leaseKeeper';
import { screen } from '@testing-library/react';
import type { Order } from '../../src/domain/types';
import { API, api, listOrders, renderApp, signInAs } from './helpers';

/**
 * The console side of claim leases (contracts.md): the heartbeat against the contract's
 * `POST /api/orders/:id/lease` (stubbed here: the server side is another branch's), and the words
 * for a claim that lapsed.
 */

const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

function keeper(options: { lastActivity: () => number; renew: () => Promise<unknown> }) {
  const onLost = vi.fn();
  const stop = startLeaseKeeper({
    intervalMs: 5 * MINUTE,
    idleLimitMs: 30 * MINUTE,
    renew: options.renew,
    onLost,
    lastActivityAt: options.lastActivity,
  });
  return { onLost, stop };
}

describe('the lease heartbeat', () => {
  it('renews every five minutes while the holder works, and stops when they walk away', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-27T02:00:00Z') });
    const renew = vi.fn(() => Promise.resolve({}));
    let lastActivity = Date.now();
    const { stop } = keeper({ lastActivity: () => lastActivity, renew });
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(renew).toHaveBeenCalledTimes(1);
    lastActivity = Date.now(); // a keystroke at minute 5
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    // Beats at 10…35: active within 30 minutes up to minute 35.
    expect(renew).toHaveBeenCalledTimes(7);
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(renew).toHaveBeenCalledTimes(7);
    lastActivity = Date.now(); // back at the desk
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(renew).toHaveBeenCalledTimes(8);
    stop();
  });

  it('reports a refused renewal once and stops; a network failure is tried again', async () => {
    vi.useFakeTimers();
    const failures = [
      new HttpError('app.errors.NETWORK', 0, null),
      new HttpError('app.errors.NOT_ASSIGNEE', 403, { error: { code: 'NOT_ASSIGNEE' } }),
    ];
    const renew = vi.fn(() => Promise.reject(failures.shift() ?? new Error('no more beats')));
    const { onLost } = keeper({ lastActivity: () => Date.now(), renew });
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(onLost).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(onLost).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20 * MINUTE);
    expect(renew).toHaveBeenCalledTimes(2);
  });

  it('posts the heartbeat of the contract, with an idempotency key', async () => {
    await signInAs('reviewer1');
    const seen: { key: string | null; auth: string | null }[] = [];
    server.use(
      http.post(`${API}/orders/:id/lease`, ({ request, params }) => {
        seen.push({
          key: request.headers.get('Idempotency-Key'),
          auth: request.headers.get('Authorization'),
        });
        return HttpResponse.json({
          orderId: params.id,
          assigneeId: 'u-reviewer1',
          claimedAt: '2026-11-27T10:00:00+08:00',
          leaseExpiresAt: '2026-11-27T10:35:00+08:00',
        });
      }),
    );
    const lease = await createDataProvider(API).renewLease('BA2026112700', {
      idempotencyKey: 'beat-1',
    });
    expect(lease.leaseExpiresAt).toBe('2026-11-27T10:35:00+08:00');
    expect(seen).toEqual([{ key: 'beat-1', auth: expect.stringMatching(/^Bearer /) }]);
  });
});

describe('the holder', () => {
  it('sees until when their claim is kept', async () => {
    await signInAs('reviewer1');
    const { orders } = await listOrders({ status: 'pending_review' });
    const { json: order } = await api<Order>('reviewer1', `/orders/${orders[0]!.id}/claim`, {
      method: 'POST',
      body: { version: orders[0]!.version },
    });
    // The lease field of the contract (served by the other branch's API; stubbed here).
    server.use(
      http.get(`${API}/orders/${order.id}`, () =>
        HttpResponse.json({ ...order, leaseExpiresAt: '2026-11-27T10:30:00+08:00' }),
      ),
    );
    renderApp({ route: `/orders/${order.id}/show` });
    expect(
      await screen.findByText('领取保留至 10:30（有操作时自动续期）', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  }, 60_000);
});

describe('a lapsed claim in words', () => {
  const lapsed: AuditEvent = {
    id: 'e1',
    at: '2026-11-27T10:31:00+08:00',
    actorId: 'system',
    actorRole: 'system',
    action: 'lease_expired',
    orderId: 'BA1',
    fromStatus: 'in_review',
    toStatus: 'pending_review',
    details: {
      previousAssigneeId: 'u-reviewer1',
      claimedAt: '2026-11-27T10:00:00+08:00',
      leaseExpiresAt: '2026-11-27T10:30:00+08:00',
    },
  };
  const names: Record<string, string> = { 'u-reviewer1': '王晓燕', 'u-reviewer2': '李建国' };
  const input = (events: AuditEvent[], me: string) => ({
    code: 'NOT_ASSIGNEE',
    details: null,
    events,
    me,
    nameOf: (id: string) => names[id] ?? id,
    leaseMinutes: 30,
  });

  it('tells the holder when their claim lapsed and after how long', () => {
    expect(explainConflict(input([lapsed], 'u-reviewer1'), '2026-11-27')).toEqual({
      message: 'app.reliability.conflict.lease_expired_mine',
      args: { time: '10:30', minutes: 30 },
    });
  });

  it('names who took the order after the lapse, with the date when not today', () => {
    const claim: AuditEvent = {
      ...lapsed,
      id: 'e2',
      at: '2026-11-27T10:42:00+08:00',
      actorId: 'u-reviewer2',
      actorRole: 'reviewer',
      action: 'claim',
      details: {},
    };
    expect(explainConflict(input([claim, lapsed], 'u-reviewer1'), '2026-11-28')).toEqual({
      message: 'app.reliability.conflict.claimed_by',
      args: { actor: '李建国', time: '2026-11-27 10:42' },
    });
  });
});
