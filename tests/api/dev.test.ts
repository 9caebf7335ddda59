import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import { api, listOrders, login, totalOf, type ErrorBody } from './client';

let token: string;
beforeEach(async () => {
  token = await login('support1');
});

const clockCall = (body: unknown) =>
  api<{ now: string; frozen: boolean } & ErrorBody>('POST', '/api/_dev/clock', { token, body });

describe('POST /api/_dev/clock', () => {
  test('advanceMinutes moves the clock; every answer carries the new X-Server-Time', async () => {
    const moved = await clockCall({ advanceMinutes: 61 });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ now: '2026-11-27T11:01:00.000+08:00', frozen: true });
    const list = await listOrders(token, { range: [0, 0] });
    expect(list.headers.get('X-Server-Time')).toBe('2026-11-27T11:01:00.000+08:00');
    expect((await clockCall({ advanceMinutes: -1.5 })).body.now).toBe(
      '2026-11-27T10:59:30.000+08:00',
    );
  });

  test('now sets it; frozen false lets it run from there', async () => {
    expect((await clockCall({ now: '2026-12-01T09:00:00Z' })).body.now).toBe(
      '2026-12-01T17:00:00.000+08:00',
    );
    // Four days on, the session signed in at the start has expired (12 h): sign in again.
    token = await login('support1');
    const running = await clockCall({ frozen: false });
    expect(running.body.frozen).toBe(false);
    const later = Date.parse(
      (await api('GET', '/api/auth/me', { token })).headers.get('X-Server-Time')!,
    );
    expect(later).toBeGreaterThanOrEqual(Date.parse('2026-12-01T17:00:00+08:00'));
    expect(later).toBeLessThan(Date.parse('2026-12-01T17:01:00+08:00'));
    expect((await clockCall({ frozen: true, now: '2026-11-27T10:00:00+08:00' })).body).toEqual({
      now: '2026-11-27T10:00:00.000+08:00',
      frozen: true,
    });
  });

  test.each([
    [{}],
    [{ advanceMinutes: '5' }],
    [{ now: 'tomorrow' }],
    [{ now: '2026-11-27T10:00:00' }],
    [{ advanceMinutes: 5, now: '2026-11-27T10:00:00+08:00' }],
    [{ minutes: 5 }],
    [{ frozen: 'yes' }],
  ])('bad body %j is 400 VALIDATION_FAILED and moves nothing', async (body) => {
    const result = await clockCall(body);
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('VALIDATION_FAILED');
    expect((await api('GET', '/api/auth/me', { token })).headers.get('X-Server-Time')).toBe(
      '2026-11-27T10:00:00.000+08:00',
    );
  });

  test('needs a signed-in user', async () => {
    expect((await api('POST', '/api/_dev/clock', { body: { advanceMinutes: 5 } })).status).toBe(
      401,
    );
  });
});

describe('POST /api/_dev/reset', () => {
  test('rebuilds with the given seed and size, keeps sessions and the clock', async () => {
    await clockCall({ advanceMinutes: 90 });
    const reset = await api<{ seed: number; orders: number; anchor: string; now: string }>(
      'POST',
      '/api/_dev/reset',
      {
        token,
        body: { seed: 5, orders: 40 },
      },
    );
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({
      seed: 5,
      orders: 40,
      anchor: '2026-11-27T11:00:00.000+08:00',
      now: '2026-11-27T11:30:00.000+08:00',
    });
    expect(totalOf(await listOrders(token, {}))).toBe(40);
    expect((await api('POST', '/api/_dev/reset', { token })).status).toBe(200);
    expect(totalOf(await listOrders(token, {}))).toBe(300);
  });

  test('a reset undoes changes', async () => {
    const reviewer = await login('reviewer1');
    const [order] = (
      await listOrders(reviewer, { filter: { status: 'pending_review' }, range: [0, 0] })
    ).body;
    await api('POST', `/api/orders/${order!.id}/claim`, {
      token: reviewer,
      body: { version: order!.version },
    });
    await api('POST', '/api/_dev/reset', { token, body: {} });
    const again = await api<{ status: string; version: number }>(
      'GET',
      `/api/orders/${order!.id}`,
      { token: reviewer },
    );
    expect(again.body).toMatchObject({ status: 'pending_review', version: order!.version });
  });

  test.each([
    [{ orders: 0 }],
    [{ orders: 100001 }],
    [{ orders: 2.5 }],
    [{ seed: -1 }],
    [{ seed: 'abc' }],
    [{ size: 10 }],
    [[]],
  ])('bad body %j is 400', async (body) => {
    const result = await api<ErrorBody>('POST', '/api/_dev/reset', { token, body });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('VALIDATION_FAILED');
    expect(totalOf(await listOrders(token, {}))).toBe(300);
  });
});

describe('a large data set', () => {
  test('100,000 orders: reset, a page, a search, a claim', async () => {
    const started = performance.now();
    const reset = await api('POST', '/api/_dev/reset', { token, body: { orders: 100_000 } });
    expect(reset.status).toBe(200);
    // Generous for a loaded CI machine; typically a few seconds.
    expect(performance.now() - started).toBeLessThan(45_000);
    const reviewer = await login('reviewer4');
    const page = await listOrders(reviewer, {
      sort: ['slaDueAt', 'ASC'],
      filter: { status: 'pending_review' },
    });
    expect(page.headers.get('Content-Range')).toMatch(/^orders 0-99\/\d{5}$/);
    const last = page.body.at(-1)!;
    // List rows carry phones masked (api.md "Masking"): search by the full number from the store.
    const mobile = db.order(last.id)!.subjectPrincipal.mobile;
    const found = await listOrders(reviewer, { filter: { q: mobile } });
    expect(found.body.map((o) => o.id)).toEqual([last.id]);
    const claimed = await api<{ status: string }>('POST', '/api/orders/claim-next', {
      token: reviewer,
    });
    expect(claimed.body.status).toBe('in_review');
    expect(totalOf(await listOrders(token, {}))).toBe(100_000);
  }, 90_000);
});
