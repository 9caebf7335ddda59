import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import { initialReviewDueAt } from '../../src/domain/sla';
import type { DashboardStats } from '../../src/domain/stats';
import type { AuditEvent } from '../../src/domain/types';
import { api, listQuery, login, TEST_NOW, totalOf, type ErrorBody } from './client';

/**
 * The dashboard's figures against counts made here, independently, from the raw seed: the audit
 * trail, the call log and the order list as the API serves it. CST dates are read straight off the
 * API's `+08:00` timestamps.
 */

let supervisor: string;
beforeEach(async () => {
  supervisor = await login('supervisor1');
});

const FROM = '2026-10-29';
const TO = '2026-11-27';
const dashboard = (token = supervisor, query = `?from=${FROM}&to=${TO}`) =>
  api<DashboardStats & ErrorBody>('GET', `/api/stats/dashboard${query}`, { token });

const events = () => db.audit.inTimeOrder();
const dayOf = (at: string) => at.slice(0, 10);
const inWindow = (at: string) => dayOf(at) >= FROM && dayOf(at) <= TO;

async function countOrders(filter: Record<string, unknown>): Promise<number> {
  const result = await api('GET', `/api/orders${listQuery({ filter, range: [0, 0] })}`, {
    token: supervisor,
  });
  return totalOf(result);
}

describe('GET /api/stats/dashboard', () => {
  test('today’s queue matches the queue’s own filters and the call log', async () => {
    const { body } = await dashboard();
    expect(body.queue.waiting).toBe(await countOrders({ status: 'pending_review' }));
    expect(body.queue.inReview).toBe(await countOrders({ status: 'in_review' }));
    expect(body.queue.dueWithin2h).toBe(await countOrders({ deadline: 'due_soon' }));
    expect(body.queue.overdue).toBe(await countOrders({ deadline: 'overdue' }));
    // A call-back is due when the current revision's last attempt failed an hour or more ago.
    let due = 0;
    for (const { summary } of db.orders.all()) {
      if (summary.status !== 'pending_review' && summary.status !== 'in_review') continue;
      const calls = db.calls.forOrder(summary.id).filter((c) => c.revision === summary.revision);
      const last = calls.sort((a, b) => a.at.localeCompare(b.at)).at(-1);
      if (last && last.outcome !== 'connected')
        if (Date.parse(TEST_NOW) - Date.parse(last.at) >= 60 * 60_000) due += 1;
    }
    expect(body.queue.callbacksDue).toBe(due);
    expect(body.queue.overdue + body.queue.waiting).toBeGreaterThan(0);
  });

  test('throughput per day, shares and top rejection reasons', async () => {
    const { body } = await dashboard();
    expect(body.throughput).toHaveLength(30);
    expect(body.throughput[0]?.date).toBe(FROM);
    expect(body.throughput.at(-1)?.date).toBe(TO);
    const perDay = new Map<string, { approved: number; rejected: number }>();
    const reasons = new Map<string, number>();
    for (const e of events()) {
      if (!inWindow(e.at) || (e.action !== 'approve' && e.action !== 'reject')) continue;
      const day = perDay.get(dayOf(e.at)) ?? { approved: 0, rejected: 0 };
      if (e.action === 'approve') day.approved += 1;
      else day.rejected += 1;
      perDay.set(dayOf(e.at), day);
      for (const r of (e.details.reasons ?? []) as { code: string }[])
        reasons.set(r.code, (reasons.get(r.code) ?? 0) + 1);
    }
    for (const day of body.throughput) {
      const mine = perDay.get(day.date) ?? { approved: 0, rejected: 0 };
      expect([day.date, day.approved, day.rejected]).toEqual([
        day.date,
        mine.approved,
        mine.rejected,
      ]);
    }
    const approved = [...perDay.values()].reduce((s, d) => s + d.approved, 0);
    const rejected = [...perDay.values()].reduce((s, d) => s + d.rejected, 0);
    expect(approved + rejected).toBeGreaterThan(20);
    expect(body.decisions.approved).toBe(approved);
    expect(body.decisions.rejected).toBe(rejected);
    expect(body.decisions.approvalShare).toBeCloseTo(approved / (approved + rejected), 10);
    const top = [...reasons.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    expect(body.topReasons[0]).toEqual({ code: top[0]?.[0], count: top[0]?.[1] });
    expect(body.topReasons.map((r) => r.count)).toEqual(top.slice(0, 8).map(([, n]) => n));
  });

  test('deadline compliance per day against the revision’s own deadline', async () => {
    const { body } = await dashboard();
    const submitted = new Map<string, string>();
    const perDay = new Map<string, { decided: number; onTime: number }>();
    for (const e of events()) {
      if (e.action === 'submit' || e.action === 'resubmit') submitted.set(e.orderId ?? '', e.at);
      if (e.action !== 'approve' && e.action !== 'reject') continue;
      if (!inWindow(e.at)) continue;
      const due = initialReviewDueAt(new Date(submitted.get(e.orderId ?? '') ?? ''));
      const day = perDay.get(dayOf(e.at)) ?? { decided: 0, onTime: 0 };
      day.decided += 1;
      if (due && Date.parse(e.at) <= due.getTime()) day.onTime += 1;
      perDay.set(dayOf(e.at), day);
    }
    for (const day of body.sla) {
      const mine = perDay.get(day.date) ?? { decided: 0, onTime: 0 };
      expect({ date: day.date, decided: day.decided, onTime: day.onTime }).toEqual({
        date: day.date,
        ...mine,
      });
      expect(day.compliance).toBe(mine.decided ? mine.onTime / mine.decided : null);
    }
  });

  test('call outcomes from the call log; bureau results from the orders', async () => {
    const { body } = await dashboard();
    const outcomes: Record<string, number> = {};
    for (const call of db.calls.inTimeOrder())
      if (inWindow(call.at)) outcomes[call.outcome] = (outcomes[call.outcome] ?? 0) + 1;
    for (const [outcome, count] of Object.entries(body.callOutcomes))
      expect([outcome, count]).toEqual([outcome, outcomes[outcome] ?? 0]);
    const hours: number[] = [];
    let approved = 0;
    let rejected = 0;
    for (const { summary } of db.orders.all()) {
      const order = db.order(summary.id);
      const bureau = order?.bureau;
      if (!bureau?.result || !bureau.decidedAt || !inWindow(bureau.decidedAt)) continue;
      if (bureau.result === 'approved') approved += 1;
      else rejected += 1;
      hours.push((Date.parse(bureau.decidedAt) - Date.parse(bureau.submittedAt)) / 3_600_000);
    }
    hours.sort((a, b) => a - b);
    const mid = Math.floor(hours.length / 2);
    const median = hours.length % 2 ? hours[mid] : ((hours[mid - 1] ?? 0) + (hours[mid] ?? 0)) / 2;
    expect(approved + rejected).toBeGreaterThan(0);
    expect(body.bureau.approved).toBe(approved);
    expect(body.bureau.rejected).toBe(rejected);
    expect(body.bureau.approvalRate).toBeCloseTo(approved / (approved + rejected), 10);
    expect(body.bureau.medianHoursAtBureau).toBeCloseTo(median ?? 0, 6);
  });

  test('supervisors only (reviewers and support 403); bad windows are 400', async () => {
    for (const username of ['reviewer1', 'support1']) {
      const result = await dashboard(await login(username));
      expect(result.status, username).toBe(403);
      expect(result.body.error.code).toBe('FORBIDDEN');
    }
    for (const query of [
      '?from=2026-11-31',
      '?from=2026-11-27&to=2026-11-01',
      '?from=2026-01-01&to=2026-12-31',
      '?days=7',
      '?from=2026-11-01&from=2026-11-02',
    ]) {
      const result = await dashboard(supervisor, query);
      expect(result.status, query).toBe(400);
      expect(result.body.error.code).toBe('BAD_QUERY');
    }
    const fallback = await dashboard(supervisor, '');
    expect([fallback.body.from, fallback.body.to]).toEqual([FROM, TO]);
  });
});

describe('GET /api/stats/me', () => {
  test('a reviewer gets their own numbers; support gets 403', async () => {
    const token = await login('reviewer1');
    const mine = await api<{ held: number; decisions: { approved: number; rejected: number } }>(
      'GET',
      `/api/stats/me?from=${FROM}&to=${TO}`,
      { token },
    );
    expect(mine.status).toBe(200);
    const decided = events().filter(
      (e: AuditEvent) =>
        e.actorId === 'u-reviewer1' && inWindow(e.at) && ['approve', 'reject'].includes(e.action),
    );
    expect(mine.body.decisions.approved + mine.body.decisions.rejected).toBe(decided.length);
    expect(mine.body.held).toBe(
      await countOrders({ status: 'in_review', assigneeId: 'u-reviewer1' }),
    );
    const support = await api('GET', '/api/stats/me', { token: await login('support1') });
    expect(support.status).toBe(403);
  });
});
