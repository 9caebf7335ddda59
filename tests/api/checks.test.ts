import { describe, expect, test } from 'vitest';
import { ruleOf } from '../../src/domain/checks/proposedReasons';
import ruleset from '../../src/domain/rules/ruleset.json';
import type { Order } from '../../src/domain/types';
import { seedDefects, type Defect } from '../../mocks/seed/defects';
import { seedMaterialDefects } from '../../mocks/seed/materialDefects';
import { allOrders, api, listOrders, login, stateOf, totalOf, type ErrorBody } from './client';

/** The checks as the API serves them: the whole seed walked, the filter, the re-run. */

/** The check each planted defect is there for. */
const TARGET: Record<Defect, string> = {
  ID_CHECKSUM: 'ID_CHECKSUM',
  ID_BIRTH_DATE: 'ID_BIRTH_DATE',
  UNDERAGE: 'ID_BIRTH_DATE',
  USCC_CHECKSUM: 'USCC_CHECKSUM',
  ID_PROVINCE_MISMATCH: 'ID_PROVINCE',
  PHONE_SHARED: 'PHONES_DISTINCT',
  TLD_NOT_APPROVED: 'TLD_APPROVED',
  SITE_NAME: 'SITE_NAME',
  RESOURCE_EXPIRED: 'RESOURCE_ELIGIBLE',
  RESOURCE_POSTPAID: 'RESOURCE_ELIGIBLE',
  RESOURCE_OVERSEAS: 'RESOURCE_ELIGIBLE',
  PRINCIPAL_NOT_LEGAL_REP: 'LEGAL_REP',
  HOSTILE_TEXT: 'SITE_NAME',
};

const failingRules = (order: Order) =>
  [...new Set(order.checks.filter((c) => c.status === 'fail').map((c) => ruleOf(c.id)))].sort();

describe('the whole seed', () => {
  test('every planted defect fails exactly its check; clean orders fail none', async () => {
    const token = await login('supervisor1');
    const orders = await allOrders(token);
    expect(orders.length).toBe(300);
    const caught = new Map<string, number>();
    let clean = 0;
    for (const order of orders) {
      const expected = new Set((seedDefects.get(order.id) ?? []).map((d) => TARGET[d]));
      // A missing upload (the materials' own planted defect) is what the materials check is for.
      if (seedMaterialDefects.get(order.id)?.defect === 'MISSING')
        expected.add('MATERIALS_REQUIRED');
      expect(failingRules(order), order.id).toEqual([...expected].sort());
      for (const rule of expected) caught.set(rule, (caught.get(rule) ?? 0) + 1);
      if (expected.size === 0) clean += 1;
      expect(order.checks.every((c) => c.ruleSetVersion === ruleset.version)).toBe(true);
    }
    expect(caught.size).toBe(new Set([...Object.values(TARGET), 'MATERIALS_REQUIRED']).size);
    // The counts, for whoever reads the test log.
    const summary = [...caught].map(([rule, n]) => `${rule} ${n}`).join(', ');
    process.stdout.write(`seed walk: ${clean} clean orders fail no check; caught ${summary}\n`);
  });
});

describe('GET /api/orders with hasFailingChecks', () => {
  test('splits the queue into orders with and without a failing check', async () => {
    const token = await login('reviewer1');
    const all = totalOf(await listOrders(token, { range: [0, 0] }));
    const failing = await allOrders(token, { hasFailingChecks: true });
    const passing = totalOf(
      await listOrders(token, { filter: { hasFailingChecks: false }, range: [0, 0] }),
    );
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.length + passing).toBe(all);
    for (const order of failing) expect(order.checks.some((c) => c.status === 'fail')).toBe(true);
  });

  test('combines with other filters and refuses a value that is not a boolean', async () => {
    const token = await login('reviewer1');
    const pending = await allOrders(token, { status: 'pending_review', hasFailingChecks: true });
    expect(pending.every((o) => o.status === 'pending_review')).toBe(true);
    const bad = await listOrders(token, { filter: { hasFailingChecks: 'yes' } });
    expect(bad.status).toBe(400);
    expect((bad.body as unknown as ErrorBody).error.code).toBe('BAD_QUERY');
  });
});

describe('GET /api/orders/:id/checks (re-run)', () => {
  test('answers the order with freshly computed checks; version and audit untouched', async () => {
    const token = await login('reviewer1');
    const [order] = await allOrders(token, { hasFailingChecks: true });
    const before = await stateOf(order!.id);
    const result = await api<Order>('GET', `/api/orders/${order!.id}/checks`, { token });
    expect(result.status).toBe(200);
    expect(result.body.version).toBe(order!.version);
    expect(result.body.checks).toEqual(order!.checks);
    expect(await stateOf(order!.id)).toEqual(before);
  });

  test('masks personal data for support, 404 for an unknown order, 405 for other methods', async () => {
    const support = await login('support1');
    const [order] = await allOrders(support, { hasFailingChecks: true });
    const masked = await api<Order>('GET', `/api/orders/${order!.id}/checks`, { token: support });
    expect(masked.body.subjectPrincipal.mobile).toMatch(/\*/);
    expect((await api('GET', '/api/orders/BA0000000000/checks', { token: support })).status).toBe(
      404,
    );
    expect(
      (await api('POST', `/api/orders/${order!.id}/checks`, { token: support, body: {} })).status,
    ).toBe(405);
    expect((await api('GET', `/api/orders/${order!.id}/checks`)).status).toBe(401);
  });
});
