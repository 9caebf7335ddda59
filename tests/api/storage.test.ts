import { describe, expect, test } from 'vitest';
import { clock } from '../../mocks/clock';
import { db } from '../../mocks/db';
import {
  persistChanges,
  restoreState,
  STORAGE_PREFIX,
  type StorageLike,
} from '../../mocks/storage';
import type { Order } from '../../src/domain/types';
import { api, firstOrder, listQuery, login, totalOf } from './client';

/** The browser demo's persistence, with an in-memory stand-in for localStorage. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const listOrdersInReview = (token: string) =>
  api('GET', `/api/orders${listQuery({ filter: { status: 'in_review' }, range: [0, 0] })}`, {
    token,
  });

describe('demo persistence', () => {
  test('a reload keeps sessions, the clock, changed orders and appended events; nothing else is stored', async () => {
    const storage = new MemoryStorage();
    const stop = persistChanges(storage);
    const token = await login('reviewer1');
    const order = await firstOrder(token, { status: 'pending_review' });
    await api('POST', '/api/_dev/clock', { token, body: { advanceMinutes: 30 } });
    const claimed = await api<Order>('POST', `/api/orders/${order.id}/claim`, {
      token,
      body: { version: order.version },
      headers: { 'Idempotency-Key': 'persisted' },
    });
    const events = totalOf(
      await api('GET', `/api/audit_events${listQuery({ range: [0, 0] })}`, { token }),
    );
    stop();
    expect([...storage.items.keys()].every((key) => key.startsWith(STORAGE_PREFIX))).toBe(true);
    const changes = JSON.parse(storage.getItem(`${STORAGE_PREFIX}changes`)!) as {
      orders: Order[];
      audit: unknown[];
    };
    expect(changes.orders.map((o) => o.id)).toEqual([order.id]);
    expect(changes.audit).toHaveLength(1);
    expect([...storage.items.values()].join('').length).toBeLessThan(50_000);

    // "Reload": wipe the in-memory state, then restore.
    db.sessions.clear();
    clock.restore({ offsetMs: 0, frozenAt: 0 });
    db.reset({ seed: 1, orders: 5 });
    expect(restoreState(storage)).toBe(true);

    const me = await api('GET', '/api/auth/me', { token });
    expect(me.status).toBe(200);
    expect(me.headers.get('X-Server-Time')).toBe('2026-11-27T10:30:00.000+08:00');
    expect((await api<Order>('GET', `/api/orders/${order.id}`, { token })).body).toEqual(
      claimed.body,
    );
    expect(
      totalOf(await api('GET', `/api/audit_events${listQuery({ range: [0, 0] })}`, { token })),
    ).toBe(events);
    expect(db.orders.size).toBe(300);
    const replay = await api<Order>('POST', `/api/orders/${order.id}/claim`, {
      token,
      body: { version: order.version },
      headers: { 'Idempotency-Key': 'persisted' },
    });
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
  });

  test('leases survive a reload: a renewed lease, lapsed claims and their events; lapses go on after it', async () => {
    const storage = new MemoryStorage();
    const stop = persistChanges(storage);
    const token = await login('reviewer1');
    const order = await firstOrder(token, { status: 'pending_review' });
    const claimed = await api<Order>('POST', `/api/orders/${order.id}/claim`, {
      token,
      body: { version: order.version },
    });
    expect(claimed.status).toBe(200);
    await api('POST', '/api/_dev/clock', { token, body: { advanceMinutes: 25 } });
    const renewed = await api<{ leaseExpiresAt: string }>('POST', `/api/orders/${order.id}/lease`, {
      token,
    });
    expect(renewed.body.leaseExpiresAt).toBe('2026-11-27T10:55:00.000+08:00');
    // The seed's claims lapse at 10:30.
    await api('POST', '/api/_dev/clock', { token, body: { advanceMinutes: 10 } });
    const lapsed = totalOf(
      await api(
        'GET',
        `/api/audit_events${listQuery({ filter: { action: 'lease_expired' }, range: [0, 0] })}`,
        { token },
      ),
    );
    expect(lapsed).toBeGreaterThan(0);
    stop();

    db.sessions.clear();
    clock.restore({ offsetMs: 0, frozenAt: 0 });
    db.reset({ seed: 1, orders: 5 });
    expect(restoreState(storage)).toBe(true);
    const after = await api<Order>('GET', `/api/orders/${order.id}`, { token });
    expect(after.body).toMatchObject({
      status: 'in_review',
      leaseExpiresAt: '2026-11-27T10:55:00.000+08:00',
      version: claimed.body.version,
    });
    const filter = listQuery({ filter: { action: 'lease_expired' }, range: [0, 0] });
    expect(totalOf(await api('GET', `/api/audit_events${filter}`, { token }))).toBe(lapsed);
    expect(totalOf(await listOrdersInReview(token))).toBe(1);
    // The restored lease still lapses on time.
    await api('POST', '/api/_dev/clock', { token, body: { advanceMinutes: 21 } });
    expect((await api<Order>('GET', `/api/orders/${order.id}`, { token })).body.status).toBe(
      'pending_review',
    );
    expect(totalOf(await api('GET', `/api/audit_events${filter}`, { token }))).toBe(lapsed + 1);
  }, 30_000);

  test('unusable saved state falls back to a fresh seed and clears the keys', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${STORAGE_PREFIX}schema`, '1');
    storage.setItem(`${STORAGE_PREFIX}seed`, '{not json');
    expect(restoreState(storage)).toBe(false);
    expect(storage.items.size).toBe(0);
    expect(db.orders.size).toBe(300);
  });
});
