import { beforeEach, describe, expect, test } from 'vitest';
import type { AuditEvent, Order } from '../../src/domain/types';
import { api, firstOrder, listQuery, login, totalOf, type ErrorBody } from './client';

let supervisor: string;
beforeEach(async () => {
  supervisor = await login('supervisor1');
});

const events = (query: Parameters<typeof listQuery>[0], token = supervisor) =>
  api<AuditEvent[]>('GET', `/api/audit_events${listQuery(query)}`, { token });

async function allEvents(
  filter: Record<string, unknown>,
  sort: [string, string] = ['at', 'ASC'],
): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (let start = 0; ; start += 100) {
    const page = await events({ filter, sort, range: [start, start + 99] });
    out.push(...page.body);
    if (page.body.length < 100) return out;
  }
}

describe('audit events', () => {
  test('newest first by default, with Content-Range', async () => {
    const page = await events({ range: [0, 9] });
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(10);
    expect(page.headers.get('Content-Range')).toMatch(/^audit_events 0-9\/\d+$/);
    const times = page.body.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(times.every((at) => at <= '2026-11-27T10:00:00.000+08:00')).toBe(true);
  });

  test('each seeded order has a history consistent with its status', async () => {
    const reviewer = await login('reviewer1');
    for (const status of ['pending_review', 'in_review', 'bureau_approved', 'rejected'] as const) {
      const order = await firstOrder(reviewer, { status });
      const history = await allEvents({ orderId: order.id });
      expect(history[0]).toMatchObject({
        action: 'submit',
        actorRole: 'applicant',
        fromStatus: null,
        toStatus: 'pending_review',
      });
      expect(history.at(-1)?.toStatus).toBe(status);
      expect(history).toHaveLength(order.version);
      for (let i = 1; i < history.length; i += 1) {
        expect(history[i]!.fromStatus, `${order.id} #${i}`).toBe(history[i - 1]!.toStatus);
      }
      if (order.revision > 1)
        expect(history.filter((e) => e.action === 'resubmit')).toHaveLength(order.revision - 1);
    }
  });

  test('filters: orderId, actorId, action, actorRole, time range', async () => {
    const byActor = await allEvents({ actorId: 'u-reviewer2', action: 'claim' });
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actorId === 'u-reviewer2' && e.action === 'claim')).toBe(true);
    const applicants = await events({ filter: { actorRole: 'applicant' }, range: [0, 99] });
    expect(
      applicants.body.every((e) => e.actorRole === 'applicant' && /submit/.test(e.action)),
    ).toBe(true);
    const window = await allEvents({
      at_gte: '2026-11-26T00:00:00+08:00',
      at_lte: '2026-11-26T23:59:59+08:00',
    });
    expect(window.length).toBeGreaterThan(0);
    expect(
      window.every((e) => e.at >= '2026-11-26T00:00' && e.at <= '2026-11-26T23:59:59.999'),
    ).toBe(true);
    const several = await allEvents({ action: ['approve', 'reject'] });
    expect(new Set(several.map((e) => e.action))).toEqual(new Set(['approve', 'reject']));
  });

  test('sort by id, both ways', async () => {
    const ascending = await events({ sort: ['id', 'ASC'], range: [0, 4] });
    expect(ascending.body.map((e) => e.id)).toEqual([
      'ae-00000001',
      'ae-00000002',
      'ae-00000003',
      'ae-00000004',
      'ae-00000005',
    ]);
    const descending = await events({ sort: ['id', 'DESC'], range: [0, 0] });
    expect(descending.body[0]?.id).toBe(`ae-${String(totalOf(descending)).padStart(8, '0')}`);
  });

  test('a successful action appends exactly one event; a refused one none', async () => {
    const reviewer = await login('reviewer1');
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const total = totalOf(await events({ range: [0, 0] }));
    const refused = await api('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: 99 },
    });
    expect(refused.status).toBe(409);
    expect(totalOf(await events({ range: [0, 0] }))).toBe(total);
    const claimed = await api<Order>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: order.version },
    });
    expect(claimed.status).toBe(200);
    expect(totalOf(await events({ range: [0, 0] }))).toBe(total + 1);
    const [newest] = (await events({ range: [0, 0] })).body;
    expect(newest).toMatchObject({ orderId: order.id, action: 'claim', actorId: 'u-reviewer1' });
    expect(
      (await api(`GET`, `/api/audit_events/${newest?.id}`, { token: supervisor })).body,
    ).toEqual(newest);
  });

  test('bad filters are 400; support is 403 FORBIDDEN', async () => {
    expect((await events({ filter: { at_gte: 'yesterday' } })).status).toBe(400);
    expect((await events({ filter: { at_gte: '2026-11-26T00:00:00' } })).status).toBe(400);
    expect((await events({ filter: { actorRole: 'robot' } })).status).toBe(400);
    expect((await events({ sort: ['actorId', 'ASC'] })).status).toBe(400);
    const support = await login('support1');
    for (const path of ['/api/audit_events', '/api/audit_events/ae-00000001']) {
      const result = await api<ErrorBody>('GET', path, { token: support });
      expect(result.status).toBe(403);
      expect(result.body.error.code).toBe('FORBIDDEN');
    }
  });
});
