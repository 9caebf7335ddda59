import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import type { AuditEvent } from '../../src/domain/types';
import { api, listQuery, login, totalOf, type ErrorBody } from './client';

/**
 * The supervisor's audit log as the console pages through it: several filters at once, pages that
 * join up into the whole filtered trail, and no way to change an event.
 */

let supervisor: string;
beforeEach(async () => {
  supervisor = await login('supervisor1');
});

const page = (filter: Record<string, unknown>, range: [number, number], token = supervisor) =>
  api<AuditEvent[]>('GET', `/api/audit_events${listQuery({ filter, range })}`, { token });

/** The trail straight from the store, newest first (ties: later appended first). */
const seeded = (test: (e: AuditEvent) => boolean) =>
  [...db.audit.inTimeOrder()].reverse().filter(test);

describe('audit log for supervisors', () => {
  test('person, role, action and time range combine; pages join up newest first', async () => {
    const from = '2026-11-20T00:00:00+08:00';
    const to = '2026-11-26T23:59:59+08:00';
    const filter = {
      actorId: 'u-reviewer2',
      actorRole: 'reviewer',
      action: ['claim', 'call'],
      at_gte: from,
      at_lte: to,
    };
    const expected = seeded(
      (e) =>
        e.actorId === 'u-reviewer2' &&
        ['claim', 'call'].includes(e.action) &&
        Date.parse(e.at) >= Date.parse(from) &&
        Date.parse(e.at) <= Date.parse(to),
    );
    expect(expected.length).toBeGreaterThan(12);
    const collected: AuditEvent[] = [];
    for (let start = 0; start < expected.length; start += 10) {
      const result = await page(filter, [start, start + 9]);
      expect(result.status).toBe(200);
      expect(totalOf(result)).toBe(expected.length);
      collected.push(...result.body);
    }
    expect(collected.map((e) => e.id)).toEqual(expected.map((e) => e.id));
  });

  test('one order and an action: exactly that order’s events of that kind', async () => {
    const decision = seeded((e) => e.action === 'reject')[0] as AuditEvent;
    const result = await page({ orderId: decision.orderId, action: 'reject' }, [0, 99]);
    expect(result.body.map((e) => e.id)).toEqual(
      seeded((e) => e.orderId === decision.orderId && e.action === 'reject').map((e) => e.id),
    );
    expect(result.body[0]?.details.reasons).toBeDefined();
  });

  test('a page beyond the end is empty with */total; more than 100 rows is 400', async () => {
    const total = db.audit.size;
    const past = await page({}, [total + 5, total + 10]);
    expect(past.body).toEqual([]);
    expect(past.headers.get('Content-Range')).toBe(`audit_events */${total}`);
    const wide = await page({}, [0, 100]);
    expect(wide.status).toBe(400);
  });

  test('events cannot be changed: every write is 405 and the trail stays as it was', async () => {
    const before = db.audit.size;
    const id = db.audit.inTimeOrder()[0]?.id ?? '';
    for (const [method, path] of [
      ['POST', '/api/audit_events'],
      ['PUT', `/api/audit_events/${id}`],
      ['PATCH', `/api/audit_events/${id}`],
      ['DELETE', `/api/audit_events/${id}`],
      ['DELETE', '/api/audit_events'],
    ] as const) {
      const result = await api<ErrorBody>(method, path, {
        token: supervisor,
        body: { action: 'approve' },
      });
      expect(result.status, `${method} ${path}`).toBe(405);
      expect(result.body.error.code).toBe('METHOD_NOT_ALLOWED');
    }
    expect(db.audit.size).toBe(before);
    const again = await api<AuditEvent>('GET', `/api/audit_events/${id}`, { token: supervisor });
    expect(again.body).toEqual(db.audit.inTimeOrder()[0]);
  });

  test('support may not read the log (403); reviewers may', async () => {
    const support = await page({}, [0, 0], await login('support1'));
    expect(support.status).toBe(403);
    const reviewer = await page({}, [0, 0], await login('reviewer1'));
    expect(reviewer.status).toBe(200);
  });
});
