import { beforeEach, describe, expect, test } from 'vitest';
import { maskOrder } from '../../src/domain/masking';
import type { Order } from '../../src/domain/types';
import { allOrders, api, listOrders, listQuery, login, totalOf } from './client';

let token: string;
beforeEach(async () => {
  token = await login('reviewer1');
});

describe('paging', () => {
  test('Content-Range names the rows and the total; X-Server-Time is the frozen clock', async () => {
    const page = await listOrders(token, { range: [0, 24] });
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(25);
    expect(page.headers.get('Content-Range')).toBe('orders 0-24/300');
    expect(page.headers.get('X-Server-Time')).toBe('2026-11-27T10:00:00.000+08:00');
    const next = await listOrders(token, { range: [25, 49] });
    expect(next.headers.get('Content-Range')).toBe('orders 25-49/300');
    expect(next.body[0]?.id).not.toBe(page.body[0]?.id);
  });

  test('the last page is short and says so; a page past the end is empty with */total', async () => {
    const last = await listOrders(token, { range: [290, 389] });
    expect(last.body).toHaveLength(10);
    expect(last.headers.get('Content-Range')).toBe('orders 290-299/300');
    const beyond = await listOrders(token, { range: [300, 309] });
    expect(beyond.status).toBe(200);
    expect(beyond.body).toEqual([]);
    expect(beyond.headers.get('Content-Range')).toBe('orders */300');
    const none = await listOrders(token, { filter: { q: 'no-such-order-anywhere' } });
    expect(none.headers.get('Content-Range')).toBe('orders */0');
  });

  test('a page holds at most 100 rows; without range the first 100 come', async () => {
    expect((await listOrders(token, { range: [0, 99] })).body).toHaveLength(100);
    const wider = await listOrders(token, { range: [0, 100] });
    expect(wider.status).toBe(400);
    const plain = await api<Order[]>('GET', '/api/orders', { token });
    expect(plain.body).toHaveLength(100);
    expect(plain.headers.get('Content-Range')).toBe('orders 0-99/300');
  });

  test('list rows carry the same fields as the single read, version included', async () => {
    const [row] = (await listOrders(token, { range: [0, 0] })).body;
    const one = await api<Order>('GET', `/api/orders/${row?.id}`, { token });
    expect(one.status).toBe(200);
    // Lists mask personal data for every role; the single read is full for a reviewer.
    expect(maskOrder(one.body)).toEqual(row);
    expect(one.body.subjectPrincipal.mobile).not.toContain('*');
    expect(one.body.version).toBeGreaterThanOrEqual(1);
  });

  test('an unknown order is 404 NOT_FOUND', async () => {
    const result = await api<{ error: { code: string } }>('GET', '/api/orders/BA0000000000', {
      token,
    });
    expect(result.status).toBe(404);
    expect(result.body.error.code).toBe('NOT_FOUND');
  });
});

describe('bad list queries are 400 BAD_QUERY', () => {
  const cases: [string, string][] = [
    ['sort not JSON', '?sort=id'],
    ['range not JSON', '?range=0-24'],
    ['filter not JSON', '?filter={status:1}'],
    ['negative range', `?range=${encodeURIComponent('[-1,5]')}`],
    ['reversed range', `?range=${encodeURIComponent('[10,5]')}`],
    ['range wider than 100', `?range=${encodeURIComponent('[0,150]')}`],
    ['range of three', `?range=${encodeURIComponent('[0,1,2]')}`],
    ['range not integers', `?range=${encodeURIComponent('[0.5,3]')}`],
    ['unknown sort field', listQuery({ sort: ['subject', 'ASC'] })],
    ['unknown sort order', listQuery({ sort: ['id', 'UP'] })],
    ['lower-case sort order', listQuery({ sort: ['id', 'asc'] })],
    ['unknown filter field', listQuery({ filter: { colour: 'red' } })],
    ['bad status', listQuery({ filter: { status: 'approved' } })],
    ['bad status in an array', listQuery({ filter: { status: ['pending_review', 'nope'] } })],
    ['bad type', listQuery({ filter: { type: 'renewal' } })],
    ['bad filer kind', listQuery({ filter: { filerKind: 'company' } })],
    ['bad deadline', listQuery({ filter: { deadline: 'late' } })],
    ['bad province', listQuery({ filter: { province: '99' } })],
    ['number for q', listQuery({ filter: { q: 42 } })],
    ['filter not an object', listQuery({ filter: ['status'] })],
    ['unknown parameter', '?page=2'],
    ['parameter twice', '?sort=%5B%22id%22%2C%22ASC%22%5D&sort=%5B%22id%22%2C%22DESC%22%5D'],
  ];
  test.each(cases)('%s', async (_name, query) => {
    const result = await api<{ error: { code: string } }>('GET', `/api/orders${query}`, { token });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('BAD_QUERY');
  });
});

describe('sorting', () => {
  function isSorted(orders: Order[], field: keyof Order, direction: 'ASC' | 'DESC'): boolean {
    const values = orders.map((o) => o[field]);
    for (let i = 1; i < values.length; i += 1) {
      const [a, b] = [values[i - 1], values[i]];
      if (a === null || b === null) continue;
      if (direction === 'ASC' ? a! > b! : a! < b!) return false;
    }
    return true;
  }

  test.each([
    'id',
    'submittedAt',
    'updatedAt',
    'status',
    'province',
    'type',
    'filerKind',
    'revision',
  ] as const)('by %s, both directions, over every page', async (field) => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const orders = await allOrders(token, {}, [field, direction]);
      expect(orders).toHaveLength(300);
      expect(new Set(orders.map((o) => o.id)).size).toBe(300);
      expect(isSorted(orders, field, direction)).toBe(true);
    }
  });

  test('ties are broken by order number, so pages never overlap', async () => {
    const orders = await allOrders(token, {}, ['status', 'DESC']);
    for (let i = 1; i < orders.length; i += 1) {
      const [a, b] = [orders[i - 1]!, orders[i]!];
      if (a.status === b.status) expect(a.id < b.id).toBe(true);
    }
  });

  test('slaDueAt and assigneeId: nulls last ascending, first descending', async () => {
    // Orders submitted on the last day of 2026 have no deadline: the calendar does not cover 2027.
    const supervisor = await login('supervisor1');
    await api('POST', '/api/_dev/clock', {
      token: supervisor,
      body: { now: '2026-12-31T18:00:00+08:00' },
    });
    // Five weeks on, the sessions signed in before have expired (12 h).
    token = await login('supervisor1');
    await api('POST', '/api/_dev/reset', { token, body: { orders: 300 } });
    for (const field of ['slaDueAt', 'assigneeId'] as const) {
      const ascending = await allOrders(token, {}, [field, 'ASC']);
      const firstNull = ascending.findIndex((o) => o[field] === null);
      expect(firstNull).toBeGreaterThan(0);
      expect(ascending.slice(firstNull).every((o) => o[field] === null)).toBe(true);
      expect(isSorted(ascending.slice(0, firstNull), field, 'ASC')).toBe(true);
      const descending = await allOrders(token, {}, [field, 'DESC']);
      const lastNull = descending.map((o) => o[field] === null).lastIndexOf(true);
      expect(descending.slice(0, lastNull + 1).every((o) => o[field] === null)).toBe(true);
      expect(isSorted(descending.slice(lastNull + 1), field, 'DESC')).toBe(true);
    }
  });

  test('sorting follows changes: a claimed order moves in the assignee order', async () => {
    const [first] = (await listOrders(token, { sort: ['assigneeId', 'DESC'], range: [0, 0] })).body;
    expect(first?.assigneeId).toBeNull();
    const claim = await api<Order>('POST', `/api/orders/${first?.id}/claim`, {
      token,
      body: { version: first?.version },
    });
    if (first?.status === 'pending_review') {
      expect(claim.status).toBe(200);
      const again = await allOrders(token, { assigneeId: 'u-reviewer1' }, ['assigneeId', 'ASC']);
      expect(again.map((o) => o.id)).toContain(first.id);
    }
    expect(totalOf(await listOrders(token, {}))).toBe(300);
  });
});
