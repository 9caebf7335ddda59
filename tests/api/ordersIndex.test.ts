import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clock } from '../../mocks/clock';
import { db } from '../../mocks/db';
import type { OrderRow } from '../../mocks/store/orderTable';
import { hasFailingChecks } from '../../src/domain/checks/summary';
import { ORDER_FILTER_ENUMS, ORDER_SORT_FIELDS } from '../../src/domain/orderQuery';
import { PROVINCES } from '../../src/domain/provinces';
import { deadlineState } from '../../src/domain/sla';
import type { Order } from '../../src/domain/types';
import { api, listOrders, login, TEST_NOW, TEST_SEED, totalOf } from './client';

/**
 * The list answers come from indexes (mocks/orders/orderIndex.ts) that follow every change. Here
 * they are compared with the plainest possible implementation, a filter and a sort of every row,
 * for many random queries, between random writes (claim, release, reassign, reject, the clock).
 */

const ORDERS = 800;
const USERS = ['u-reviewer1', 'u-reviewer2', 'u-supervisor1'];

interface Query {
  filter: Record<string, unknown>;
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
}

type Value = string | number | null;
function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/** The reference: every row tested, all of them sorted, the page sliced. */
function reference(query: Query): { ids: string[]; total: number } {
  const { filter } = query;
  const now = clock.now();
  const inSet = (field: string, value: unknown) => {
    const wanted = filter[field];
    if (wanted === undefined) return true;
    return (Array.isArray(wanted) ? wanted : [wanted]).includes(value);
  };
  const rows = db.orders.all().filter((row: OrderRow) => {
    const s = row.summary;
    if (!inSet('status', s.status) || !inSet('province', s.province)) return false;
    if (!inSet('type', s.type) || !inSet('filerKind', s.filerKind)) return false;
    if (Object.hasOwn(filter, 'assigneeId') && !inSet('assigneeId', s.assigneeId)) return false;
    if (filter.deadline !== undefined && !inSet('deadline', deadlineState(s, now) ?? 'none'))
      return false;
    if (typeof filter.q === 'string') {
      const q = filter.q;
      if (!row.publicText.includes(q) && !row.secretText.includes(q)) return false;
    }
    if (filter.hasFailingChecks !== undefined) {
      const order = db.order(s.id) as Order;
      if (hasFailingChecks(order.checks) !== filter.hasFailingChecks) return false;
    }
    return true;
  });
  const [field, direction] = query.sort as [keyof OrderRow['summary'], string];
  const sign = direction === 'ASC' ? 1 : -1;
  rows.sort(
    (x, y) =>
      sign * compareValues(x.summary[field], y.summary[field]) ||
      (x.summary.id < y.summary.id ? -1 : 1),
  );
  const [start, end] = query.range;
  return { ids: rows.slice(start, end + 1).map((r) => r.summary.id), total: rows.length };
}

const subset = <T>(values: readonly T[]) =>
  fc.subarray([...values], { minLength: 1, maxLength: 3 }).map((v) => (v.length === 1 ? v[0] : v));

const queryArb: fc.Arbitrary<Query> = fc
  .record(
    {
      // Broad filters (or none) page by walking the sorted index; narrow ones sort their rows.
      status: subset(ORDER_FILTER_ENUMS.status),
      province: subset(PROVINCES.map((p) => p.code)),
      type: subset(ORDER_FILTER_ENUMS.type),
      filerKind: fc.constantFrom(...ORDER_FILTER_ENUMS.filerKind),
      assigneeId: fc.oneof(
        fc.constantFrom<string | null>(null, ...USERS),
        subset([null, ...USERS]),
      ),
      deadline: subset(ORDER_FILTER_ENUMS.deadline),
      hasFailingChecks: fc.boolean(),
      q: fc.constantFrom('ba26', '.com', '.cn', '138', '0', 'x', 'shop', '11'),
    },
    { requiredKeys: [] },
  )
  .chain((filter) =>
    fc.record({
      filter: fc.constant(filter as Record<string, unknown>),
      sort: fc.tuple(fc.constantFrom(...ORDER_SORT_FIELDS), fc.constantFrom('ASC', 'DESC')),
      range: fc
        .tuple(
          fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: ORDERS })),
          fc.integer({ min: 1, max: 100 }),
        )
        .map(([start, size]): [number, number] => [start, start + size - 1]),
    }),
  );

type Write =
  | { kind: 'claim' | 'release' | 'reassign' | 'reject'; pick: number; who: number }
  | { kind: 'clock'; minutes: number };

const writeArb: fc.Arbitrary<Write> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('claim', 'release', 'reassign', 'reject'),
    pick: fc.nat(),
    who: fc.nat(1),
  }) as fc.Arbitrary<Write>,
  fc.record({ kind: fc.constant('clock'), minutes: fc.integer({ min: 10, max: 1500 }) }),
);

const stepArb = fc.oneof(
  { weight: 3, arbitrary: queryArb.map((query) => ({ query })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        sort: fc.tuple(fc.constantFrom(...ORDER_SORT_FIELDS), fc.constantFrom('ASC', 'DESC')),
        start: fc.integer({ min: 0, max: ORDERS }),
        status: fc.constantFrom(undefined, 'pending_review', 'in_review'),
      })
      .map(({ sort, start, status }) => ({
        query: {
          filter: status ? { status } : {},
          sort,
          range: [start, start + 24],
        } as Query,
      })),
  },
  { weight: 2, arbitrary: writeArb.map((write) => ({ write })) },
);

async function applyWrite(write: Write, tokens: Record<string, string>): Promise<void> {
  const reviewers = ['reviewer1', 'reviewer2'];
  if (write.kind === 'clock') {
    await api('POST', '/api/_dev/clock', {
      token: tokens.supervisor1,
      body: { advanceMinutes: write.minutes },
    });
    return;
  }
  const rows = db.orders.all();
  const wantStatus = write.kind === 'claim' ? 'pending_review' : 'in_review';
  const pool = rows.filter((r) => r.summary.status === wantStatus);
  const row = pool[write.pick % Math.max(pool.length, 1)];
  if (!row) return;
  const { id, version, assigneeId } = row.summary;
  const holder = assigneeId === 'u-reviewer2' ? 'reviewer2' : 'reviewer1';
  const body = { version };
  const path = `/api/orders/${id}/${write.kind}`;
  let result;
  if (write.kind === 'claim') {
    result = await api('POST', path, { token: tokens[reviewers[write.who] as string], body });
  } else if (write.kind === 'release') {
    result = await api('POST', path, { token: tokens[holder], body });
  } else if (write.kind === 'reassign') {
    const to = assigneeId === 'u-reviewer1' ? 'u-reviewer2' : 'u-reviewer1';
    result = await api('POST', path, {
      token: tokens.supervisor1,
      body: { version, assigneeId: to },
    });
  } else {
    const reasons = [{ code: 'SITE_NAME_NOT_ALLOWED', message: '网站名称不符合要求' }];
    result = await api('POST', path, { token: tokens[holder], body: { version, reasons } });
  }
  // Refusals (a reviewer who does not hold the order, a rule) change nothing: still a fair step.
  expect(result.status).toBeLessThan(500);
}

async function warmSortedIndexes(token: string): Promise<void> {
  for (const field of ORDER_SORT_FIELDS) {
    expect((await listOrders(token, { sort: [field, 'ASC'], range: [0, 0] })).status).toBe(200);
  }
}

describe('the indexed order list agrees with a plain filter and sort', () => {
  test('for random queries, between random writes', { timeout: 240_000 }, async () => {
    const tokens: Record<string, string> = {};
    for (const name of ['reviewer1', 'reviewer2', 'supervisor1']) tokens[name] = await login(name);
    let writes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 4, maxLength: 14 }), async (steps) => {
        // Each run starts at the suite's instant: clock moves of earlier runs would otherwise add
        // up past a session's lifetime (REVIEW_POLICY.sessionTtlMinutes) and sign everyone out.
        clock.restore({ offsetMs: 0, frozenAt: Date.parse(TEST_NOW) });
        db.reset({ seed: TEST_SEED, orders: ORDERS });
        // Every sorted index exists before the first write, so that writes must move rows in it.
        await warmSortedIndexes(tokens.reviewer1 as string);
        for (const step of steps) {
          if ('write' in step) {
            await applyWrite(step.write, tokens);
            writes += 1;
            // Clock moves may outlast a session (REVIEW_POLICY.sessionTtlMinutes): sign in again.
            if (step.write.kind === 'clock') {
              for (const name of Object.keys(tokens)) tokens[name] = await login(name);
            }
            continue;
          }
          const { query } = step;
          const answer = await listOrders(tokens.reviewer1 as string, query);
          expect(answer.status).toBe(200);
          const expected = reference(query);
          expect({ ids: answer.body.map((o) => o.id), total: totalOf(answer) }).toEqual(expected);
        }
      }),
      { numRuns: 25 },
    );
    expect(writes).toBeGreaterThan(20);
  });

  test('a claimed order moves in every sorted view at once', async () => {
    db.reset({ seed: TEST_SEED, orders: ORDERS });
    const token = await login('reviewer1');
    await warmSortedIndexes(token);
    const byUpdated = { sort: ['updatedAt', 'DESC'], range: [0, 0] };
    const [pending] = (
      await listOrders(token, {
        filter: { status: 'pending_review' },
        sort: ['slaDueAt', 'ASC'],
        range: [0, 0],
      })
    ).body;
    const claimed = await api<Order>('POST', `/api/orders/${pending!.id}/claim`, {
      token,
      body: { version: pending!.version },
    });
    expect(claimed.status).toBe(200);
    expect((await listOrders(token, byUpdated)).body[0]?.id).toBe(pending!.id);
    const mine = await listOrders(token, {
      filter: { assigneeId: 'u-reviewer1', status: 'in_review' },
      sort: ['updatedAt', 'DESC'],
      range: [0, 0],
    });
    expect(mine.body[0]?.id).toBe(pending!.id);
    const stillPending = await listOrders(token, {
      filter: { status: 'pending_review', id: pending!.id },
    });
    expect(totalOf(stillPending)).toBe(0);
  });
});
