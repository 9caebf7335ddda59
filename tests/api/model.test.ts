import fc from 'fast-check';
import { getResponse } from 'msw';
import { expect, test } from 'vitest';
import { clock } from '../../mocks/clock';
import { db } from '../../mocks/db';
import { handlers } from '../../mocks/handlers';
import { CALL_SCRIPT_POINTS } from '../../src/domain/callScript';
import { canTransition } from '../../src/domain/status';
import type { AuditEvent, CallOutcome, Order } from '../../src/domain/types';
import { BASE, TEST_NOW } from './client';

/**
 * Model-based randomized test: random sequences of actions by several users (reviewers, a
 * supervisor, support, the applicant) go through the real request handlers (msw's `getResponse`,
 * the same handlers `npm run api` serves) against a 30-order data set, and after every request the
 * invariants of the review process are checked against the store:
 *
 * - statuses move only along the status machine, event by event (`fromStatus` is where the order
 *   was, `toStatus` is allowed from there), and end where the order is;
 * - an order in review has exactly one holder and a lease; any other order has neither;
 * - an approval needs a connected call and every material accepted in that revision; a rejection
 *   carries at least one reason;
 * - a successful action appends exactly one audit event by its actor, a refused one or a replay or
 *   a heartbeat none (lapsed leases are the system's events, counted apart);
 * - every order's version goes up by exactly the number of its new events, and an order without new
 *   events is unchanged (apart from a renewed lease).
 *
 * Seeded: FC_SEED overrides the seed; the seed and the counts are printed.
 */

const USERS = ['u-reviewer1', 'u-reviewer2', 'u-reviewer3', 'u-supervisor1', 'u-support1'];
const OUTCOMES: CallOutcome[] = ['connected', 'no_answer', 'busy', 'powered_off', 'declined'];
const NUM_RUNS = Number(process.env.FC_RUNS ?? 1000);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261129;

type Step =
  | {
      kind: 'claim' | 'release' | 'lease' | 'note' | 'approve' | 'reject';
      user: number;
      pick: number;
      stale: boolean;
      key: boolean;
      variant: number;
    }
  | { kind: 'claimNext'; user: number; key: boolean }
  | { kind: 'reassign'; pick: number; to: number; stale: boolean }
  | { kind: 'call'; user: number; pick: number; outcome: number; stale: boolean; key: boolean }
  | { kind: 'verdict' | 'acceptAll'; user: number; pick: number; reject: boolean }
  | { kind: 'bureau'; pick: number; approved: boolean }
  | { kind: 'resubmit'; pick: number }
  | { kind: 'clock'; minutes: number }
  | { kind: 'replay' }
  | { kind: 'work'; user: number };

const user = fc.nat(USERS.length - 1);
const pick = fc.nat(1000);
const flag = fc.boolean();
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('claim' as const),
      user,
      pick,
      stale: flag,
      key: flag,
      variant: fc.nat(3),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('claimNext' as const), user, key: flag }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('release' as const, 'lease' as const, 'note' as const),
      user,
      pick,
      stale: flag,
      key: flag,
      variant: fc.nat(3),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('approve' as const, 'reject' as const),
      user,
      pick,
      stale: flag,
      key: flag,
      variant: fc.nat(3),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reassign' as const),
      pick,
      to: fc.nat(4),
      stale: flag,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('call' as const),
      user,
      pick,
      outcome: fc.nat(OUTCOMES.length - 1),
      stale: flag,
      key: flag,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('verdict' as const, 'acceptAll' as const),
      user,
      pick,
      reject: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('bureau' as const), pick, approved: flag }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resubmit' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      minutes: fc.oneof(fc.integer({ min: 1, max: 35 }), fc.constantFrom(29, 30, 31, 61)),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'replay' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('work' as const), user: fc.nat(3) }) },
);

interface Sent {
  method: string;
  path: string;
  body?: unknown;
  key?: string;
  userId: string;
}

interface World {
  tokens: Map<string, string>;
  last: Sent | null;
  keys: number;
  stats: {
    requests: number;
    ok: number;
    refused: number;
    lapses: number;
    approvals: number;
    rejections: number;
    replays: number;
  };
}

function signIn(world: World, userId: string): string {
  const token = db.sessions.create(userId, clock.nowIso()).token;
  world.tokens.set(userId, token);
  return token;
}

/**
 * msw matches a request against every handler in turn, compiling each path as it goes; the model
 * test sends tens of thousands of requests, so it hands `getResponse` only the handlers whose
 * method and path could match (in their order). The handlers that answer are the real ones.
 */
const ROUTES = handlers.map((handler) => {
  const info = handler.info as { method: string | RegExp; path: string | RegExp };
  const path = String(info.path)
    .replace(/^\*/, '')
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/:[A-Za-z]+/g, '[^/]+');
  const method = info.method;
  return {
    handler,
    accepts: (m: string) => (typeof method === 'string' ? method === m : method.test(m)),
    path: new RegExp(`${path}$`),
  };
});

function candidates(method: string, pathname: string) {
  return ROUTES.filter((route) => route.accepts(method) && route.path.test(pathname)).map(
    (route) => route.handler,
  );
}

async function send(
  world: World,
  sent: Sent,
): Promise<{ status: number; body: unknown; replayed: boolean }> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${world.tokens.get(sent.userId) ?? signIn(world, sent.userId)}`,
  };
  if (sent.key) headers['Idempotency-Key'] = sent.key;
  if (sent.body !== undefined) headers['Content-Type'] = 'application/json';
  const request = new Request(`${BASE}${sent.path}`, {
    method: sent.method,
    headers,
    ...(sent.body !== undefined ? { body: JSON.stringify(sent.body) } : {}),
  });
  const response = await getResponse(
    candidates(sent.method, new URL(request.url).pathname),
    request,
  );
  if (!response) throw new Error(`no handler for ${sent.method} ${sent.path}`);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    replayed: response.headers.get('Idempotent-Replayed') === 'true',
  };
}

/** The orders as stored (changes replace them, so the objects themselves are the snapshot). */
const currentOrders = (): Order[] =>
  db.orders.all().map((row) => row.order ?? db.orders.materialize(row));

/** What must not change without a new version: the order minus its lease and derived checks. */
const essence = (order: Order) =>
  JSON.stringify({ ...order, leaseExpiresAt: undefined, checks: undefined });

function choose(orders: Order[], userId: string, n: number, prefer: (o: Order) => boolean): Order {
  const preferred = orders.filter((o) => prefer(o));
  const mine = orders.filter((o) => o.assigneeId === userId && o.status === 'in_review');
  const pool =
    n % 4 !== 0 && mine.length > 0
      ? mine
      : n % 3 !== 0 && preferred.length > 0
        ? preferred
        : orders;
  return pool[n % pool.length]!;
}

/**
 * The requests one step makes, each built from the state just before it is sent (acceptAll makes
 * one per material not yet accepted; work claims the next order and takes it to an approval).
 */
function requestsOf(s: Step, world: World): (() => Sent | null)[] {
  if (s.kind === 'acceptAll') {
    const first = requestOf(s, world, currentOrders());
    const count = first ? 12 : 0;
    return Array.from(
      { length: count },
      (_, i) => () => (i === 0 ? first : requestOf(s, world, currentOrders())),
    );
  }
  if (s.kind === 'work') {
    const steps: Step[] = [
      { kind: 'claimNext', user: s.user, key: false },
      { kind: 'call', user: s.user, pick: 1, outcome: 0, stale: false, key: false },
      ...Array.from({ length: 12 }, () => ({
        kind: 'verdict' as const,
        user: s.user,
        pick: 1,
        reject: false,
      })),
      { kind: 'approve', user: s.user, pick: 1, stale: false, key: false, variant: 1 },
    ];
    return steps.map((inner) => () => requestOf(inner, world, currentOrders()));
  }
  return [() => requestOf(s, world, currentOrders())];
}

function requestOf(s: Step, world: World, orders: Order[]): Sent | null {
  const nextKey = () => `k-${(world.keys += 1)}`;
  switch (s.kind) {
    case 'work':
      return null;
    case 'clock':
      return {
        method: 'POST',
        path: '/api/_dev/clock',
        body: { advanceMinutes: s.minutes },
        userId: 'u-supervisor1',
      };
    case 'replay':
      return world.last?.key ? world.last : null;
    case 'claimNext':
      return {
        method: 'POST',
        path: '/api/orders/claim-next',
        userId: USERS[s.user]!,
        ...(s.key ? { key: nextKey() } : {}),
      };
    case 'reassign': {
      const order = choose(
        orders,
        '',
        s.pick,
        (o) => o.status === 'in_review' || o.status === 'pending_review',
      );
      return {
        method: 'POST',
        path: `/api/orders/${order.id}/reassign`,
        body: { version: order.version - (s.stale ? 1 : 0), assigneeId: USERS[s.to] },
        userId: 'u-supervisor1',
      };
    }
    case 'bureau': {
      const order = choose(orders, '', s.pick, (o) => o.status === 'bureau_pending');
      const body = s.approved
        ? { version: order.version, result: 'approved', filingNumbers: ['京ICP备00000000号'] }
        : { version: order.version, result: 'rejected', reason: '网站内容与备案信息不符' };
      return {
        method: 'POST',
        path: `/api/orders/${order.id}/bureau-result`,
        body,
        userId: 'u-supervisor1',
      };
    }
    case 'resubmit': {
      const order = choose(orders, '', s.pick, (o) => o.status === 'rejected');
      return {
        method: 'POST',
        path: '/api/_dev/resubmit',
        body: { orderId: order.id },
        userId: 'u-supervisor1',
      };
    }
    case 'verdict':
    case 'acceptAll': {
      const userId = USERS[s.user]!;
      const order = choose(orders, userId, s.pick, (o) => o.status === 'in_review');
      const material = (db.materialsOf(order.id) ?? []).find((m) => m.verdict !== 'accepted');
      if (!material) return null;
      const body =
        s.reject && s.kind === 'verdict'
          ? { version: order.version, verdict: 'rejected', reasonCode: 'DOCUMENT_UNCLEAR' }
          : { version: order.version, verdict: 'accepted' };
      return {
        method: 'POST',
        path: `/api/orders/${order.id}/materials/${material.id}/verdict`,
        body,
        userId,
      };
    }
    default: {
      const userId = USERS[s.user]!;
      const order = choose(orders, userId, s.pick, (o) =>
        s.kind === 'claim' ? o.status === 'pending_review' : o.status === 'in_review',
      );
      const version = order.version - (s.stale ? 1 : 0);
      const key = s.key ? { key: nextKey() } : {};
      const path = (action: string) => `/api/orders/${order.id}/${action}`;
      switch (s.kind) {
        case 'claim':
          return { method: 'POST', path: path('claim'), body: { version }, userId, ...key };
        case 'release':
          return { method: 'POST', path: path('release'), body: { version }, userId, ...key };
        case 'lease':
          return { method: 'POST', path: path('lease'), body: {}, userId, ...key };
        case 'note':
          return {
            method: 'POST',
            path: path('notes'),
            body: { version, text: `备注 ${s.variant}` },
            userId,
            ...key,
          };
        case 'call': {
          const outcome = OUTCOMES[(s as { outcome: number }).outcome]!;
          const body =
            outcome === 'connected'
              ? { version, outcome, confirmed: [...CALL_SCRIPT_POINTS] }
              : { version, outcome };
          return { method: 'POST', path: path('calls'), body, userId, ...key };
        }
        case 'approve': {
          const failing = order.checks.filter((c) => c.status === 'fail' && c.blocking);
          const overrides =
            s.variant > 0
              ? failing.map((c) => ({ checkId: c.id, justification: '已电话核实，材料无误' }))
              : [];
          return {
            method: 'POST',
            path: path('approve'),
            body: { version, ...(overrides.length ? { overrides } : {}) },
            userId,
            ...key,
          };
        }
        case 'reject': {
          const reasons = [
            [{ code: 'APPLICANT_UNREACHABLE', message: '多次致电均未接通' }],
            [{ code: 'SITE_NAME_NOT_ALLOWED', message: '网站名称不符合要求，请修改' }],
            [],
            [{ code: 'SITE_NAME_NOT_ALLOWED', message: '   ' }],
          ][s.variant]!;
          return {
            method: 'POST',
            path: path('reject'),
            body: { version, reasons },
            userId,
            ...key,
          };
        }
      }
    }
  }
  return null;
}

function checkInvariants(
  before: Order[],
  after: Order[],
  events: readonly AuditEvent[],
  sent: Sent,
  answer: { status: number; replayed: boolean },
  world: World,
): void {
  const label = `${sent.method} ${sent.path} ${JSON.stringify(sent.body ?? null)} → ${answer.status}`;
  const byOrder = new Map<string, AuditEvent[]>();
  for (const event of events) {
    if (event.orderId) byOrder.set(event.orderId, [...(byOrder.get(event.orderId) ?? []), event]);
  }
  const system = events.filter((e) => e.actorRole === 'system');
  const others = events.filter((e) => e.actorRole !== 'system');
  for (const event of system) expect(event.action, label).toBe('lease_expired');
  world.stats.lapses += system.length;
  // One event per successful action; none for a refusal, a replay, a heartbeat, the clock.
  const acts =
    answer.status === 200 &&
    !answer.replayed &&
    !sent.path.endsWith('/lease') &&
    !sent.path.startsWith('/api/_dev/clock');
  expect(others.length, label).toBe(acts ? 1 : 0);
  if (acts) {
    const actorId = others[0]!.actorRole === 'applicant' ? null : others[0]!.actorId;
    if (actorId !== null) expect(actorId, label).toBe(sent.userId);
  }
  const previous = new Map(before.map((o) => [o.id, o]));
  for (const order of after) {
    const was = previous.get(order.id)!;
    const own = byOrder.get(order.id) ?? [];
    // Versions: up by exactly the number of the order's new events; otherwise nothing changed.
    expect(order.version - was.version, `${label} ${order.id} version`).toBe(own.length);
    if (own.length === 0 && order !== was)
      expect(essence(order), `${label} ${order.id}`).toBe(essence(was));
    // Status: event by event along the machine.
    let status = was.status;
    for (const event of own) {
      expect(event.fromStatus, label).toBe(status);
      if (event.toStatus !== status)
        expect(canTransition(status, event.toStatus!), `${label} ${status}→${event.toStatus}`).toBe(
          true,
        );
      status = event.toStatus!;
      if (event.action === 'approve') {
        world.stats.approvals += 1;
        const calls = db.calls.forOrder(order.id).filter((c) => c.revision === order.revision);
        expect(
          calls.some((c) => c.outcome === 'connected'),
          `${label} approved without a connected call`,
        ).toBe(true);
        const materials = db.materialsOf(order.id) ?? [];
        expect(
          materials.every((m) => m.revision === order.revision && m.verdict === 'accepted'),
          label,
        ).toBe(true);
      }
      if (event.action === 'reject') {
        world.stats.rejections += 1;
        expect((event.details.reasons as unknown[]).length, label).toBeGreaterThan(0);
      }
      if (event.action === 'claim') expect(event.fromStatus, label).toBe('pending_review');
    }
    expect(order.status, label).toBe(status);
    // One holder with a lease while in review; nobody and no lease otherwise.
    if (order.status === 'in_review') {
      expect(order.assigneeId, label).not.toBeNull();
      expect(order.leaseExpiresAt, label).not.toBeNull();
      expect(Date.parse(order.leaseExpiresAt!), label).toBeGreaterThanOrEqual(
        clock.now().getTime(),
      );
    } else {
      expect(order.leaseExpiresAt, label).toBeNull();
      if (order.status === 'pending_review') expect(order.assigneeId, label).toBeNull();
    }
  }
}

test('random action sequences from several users keep every invariant', async () => {
  const world: World = {
    tokens: new Map(),
    last: null,
    keys: 0,
    stats: { requests: 0, ok: 0, refused: 0, lapses: 0, approvals: 0, rejections: 0, replays: 0 },
  };
  let sequences = 0;
  const property = fc.asyncProperty(
    fc.array(step, { minLength: 3, maxLength: 12 }),
    async (steps) => {
      sequences += 1;
      clock.restore({ offsetMs: 0, frozenAt: Date.parse(TEST_NOW) });
      db.reset({ seed: 7, orders: 30 });
      world.tokens.clear();
      world.last = null;
      for (const s of steps) {
        for (const next of requestsOf(s, world)) {
          const sent = next();
          if (!sent) continue;
          const before = currentOrders();
          const auditBefore = db.audit.size;
          const answer = await send(world, sent);
          world.stats.requests += 1;
          if (answer.replayed) world.stats.replays += 1;
          if (answer.status < 300) world.stats.ok += 1;
          else world.stats.refused += 1;
          const events = db.audit.inInsertionOrder().slice(auditBefore);
          checkInvariants(before, currentOrders(), events, sent, answer, world);
          if (answer.status === 401) signIn(world, sent.userId);
          if (s.kind !== 'replay') world.last = sent;
        }
      }
    },
  );
  await fc.assert(property, { numRuns: NUM_RUNS, seed: SEED });
  const { stats } = world;
  console.info(
    `model test (seed ${SEED}): ${sequences} sequences, ${stats.requests} requests ` +
      `(${stats.ok} succeeded, ${stats.refused} refused, ${stats.replays} replays); ` +
      `${stats.approvals} approvals, ${stats.rejections} rejections, ${stats.lapses} lapsed leases`,
  );
  expect(stats.approvals).toBeGreaterThan(0);
  expect(stats.rejections).toBeGreaterThan(0);
  expect(stats.lapses).toBeGreaterThan(0);
  expect(stats.replays).toBeGreaterThan(0);
}, 600_000);
