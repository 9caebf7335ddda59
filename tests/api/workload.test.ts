import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import type { ReviewerLoad } from '../../src/domain/stats';
import type { Order } from '../../src/domain/types';
import { allOrders, api, login, type ErrorBody } from './client';

/** Per-reviewer workload against the seed, and the supervisor's reassign/release rules. */

let supervisor: string;
beforeEach(async () => {
  supervisor = await login('supervisor1');
});

type Row = ReviewerLoad & { id: string; name: string };
const workload = async (token = supervisor) =>
  api<Row[] & ErrorBody>('GET', '/api/stats/workload', { token });
const rowOf = (rows: Row[], id: string) => rows.find((r) => r.id === id) as Row;

describe('GET /api/stats/workload', () => {
  test('held, overdue, decided today and handling time per reviewer, from the seed', async () => {
    const { status, body } = await workload();
    expect(status).toBe(200);
    expect(body.map((r) => r.id)).toEqual([
      'u-reviewer1',
      'u-reviewer2',
      'u-reviewer3',
      'u-reviewer4',
    ]);
    const inReview = await allOrders(supervisor, { status: 'in_review' });
    const overdue = await allOrders(supervisor, { status: 'in_review', deadline: 'overdue' });
    for (const row of body) {
      expect(row.name).toBe(db.user(row.id)?.name);
      expect(row.held).toBe(inReview.filter((o) => o.assigneeId === row.id).length);
      expect(row.overdue).toBe(overdue.filter((o) => o.assigneeId === row.id).length);
      // Independently: decisions today, and claim (or reassignment) to decision in the window.
      const since = new Map<string, number>();
      const minutes: number[] = [];
      let today = 0;
      for (const e of db.audit.inTimeOrder()) {
        if (e.action === 'claim' || e.action === 'reassign')
          since.set(e.orderId ?? '', Date.parse(e.at));
        if (e.action !== 'approve' && e.action !== 'reject') continue;
        const start = since.get(e.orderId ?? '');
        since.delete(e.orderId ?? '');
        if (e.actorId !== row.id) continue;
        if (e.at.startsWith('2026-11-27')) today += 1;
        if (start !== undefined && e.at.slice(0, 10) >= '2026-10-29')
          minutes.push((Date.parse(e.at) - start) / 60_000);
      }
      expect(row.decidedToday).toBe(today);
      expect(minutes.length).toBeGreaterThan(0);
      expect(row.avgHandlingMinutes).toBeCloseTo(
        minutes.reduce((a, b) => a + b, 0) / minutes.length,
        6,
      );
    }
    expect(body.some((r) => r.held > 0)).toBe(true);
  });

  test('supervisors only', async () => {
    for (const username of ['reviewer1', 'support1'])
      expect((await workload(await login(username))).status).toBe(403);
  });
});

describe('reassign and release by a supervisor', () => {
  const act = (id: string, action: string, body: unknown, token = supervisor) =>
    api<Order & ErrorBody>('POST', `/api/orders/${id}/${action}`, { token, body });

  test('bulk reassign moves each order to the new reviewer; the workload follows', async () => {
    const before = await workload();
    const held = (await allOrders(supervisor, { status: 'in_review' })).filter(
      (o) => o.assigneeId !== 'u-reviewer4',
    );
    const moved = held.slice(0, 3);
    expect(moved).toHaveLength(3);
    for (const order of moved) {
      const result = await act(order.id, 'reassign', {
        version: order.version,
        assigneeId: 'u-reviewer4',
      });
      expect(result.status).toBe(200);
      expect(result.body.assigneeId).toBe('u-reviewer4');
    }
    const after = await workload();
    expect(rowOf(after.body, 'u-reviewer4').held).toBe(rowOf(before.body, 'u-reviewer4').held + 3);
    const total = (rows: Row[]) => rows.reduce((s, r) => s + r.held, 0);
    expect(total(after.body)).toBe(total(before.body));
  });

  test('partial failures: a stale version, a non-reviewer and a reviewer’s attempt change nothing', async () => {
    const [first, second] = await allOrders(supervisor, { status: 'in_review' });
    if (!first || !second) throw new Error('seed has too few orders in review');
    const stale = await act(first.id, 'reassign', {
      version: first.version - 1,
      assigneeId: 'u-reviewer4',
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const toSupervisor = await act(first.id, 'reassign', {
      version: first.version,
      assigneeId: 'u-supervisor1',
    });
    expect([toSupervisor.status, toSupervisor.body.error.code]).toEqual([422, 'VALIDATION_FAILED']);
    const byReviewer = await act(
      second.id,
      'reassign',
      { version: second.version, assigneeId: 'u-reviewer4' },
      await login('reviewer1'),
    );
    expect([byReviewer.status, byReviewer.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect(db.order(first.id)?.version).toBe(first.version);
    expect(db.order(second.id)?.assigneeId).toBe(second.assigneeId);
  });

  test('release of an order held by an absent reviewer puts it back in the queue', async () => {
    const [order] = await allOrders(supervisor, { status: 'in_review' });
    if (!order) throw new Error('no order in review');
    const holder = order.assigneeId as string;
    const before = rowOf((await workload()).body, holder).held;
    const result = await act(order.id, 'release', { version: order.version });
    expect(result.status).toBe(200);
    expect([result.body.status, result.body.assigneeId]).toEqual(['pending_review', null]);
    expect(rowOf((await workload()).body, holder).held).toBe(before - 1);
  });
});
