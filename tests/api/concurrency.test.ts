import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { server as mswServer } from '../../mocks/node';
import type { AuditEvent, Order } from '../../src/domain/types';

/**
 * Claims under contention over real HTTP: `npm run api` in a child process (MSW's in-process
 * interception is paused for this file), four reviewers and a supervisor firing hundreds of
 * simultaneous `claim` and `claim-next` requests. No order may end up with two people, every
 * successful claim must be an order now held by its caller, with exactly one audit event, and the
 * number of orders in review must go up by exactly the number of successes.
 */

const PORT = Number(process.env.CONCURRENCY_API_PORT ?? 18951);
const BASE = `http://127.0.0.1:${PORT}/api`;
const CLAIMERS = ['reviewer1', 'reviewer2', 'reviewer3', 'reviewer4', 'supervisor1'];
const REQUESTS = 400;

let child: ChildProcess | undefined;

function startApi(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const started = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
      env: { ...process.env, PORT: String(PORT), ORDERS: '300', SEED: '7' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      started.kill('SIGTERM');
      reject(new Error(`the API did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`mock API listening on http://127.0.0.1:${PORT}`)) {
        clearTimeout(timer);
        resolve(started);
      }
    };
    started.stdout.on('data', onData);
    started.stderr.on('data', onData);
    started.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code}:\n${output}`));
    });
  });
}

beforeAll(async () => {
  mswServer.close();
  child = await startApi();
}, 70_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  mswServer.listen({ onUnhandledRequest: 'error' });
});

interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

async function call<T>(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      ...headers,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as T,
    headers: response.headers,
  };
}

async function login(username: string): Promise<string> {
  const result = await call<{ token: string }>('POST', '/auth/login', null, {
    username,
    password: 'demo1234',
  });
  expect(result.status).toBe(200);
  return result.body.token;
}

const query = (filter: unknown, range: [number, number]) =>
  `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}`;

async function total(token: string, resource: string, filter: unknown): Promise<number> {
  const result = await call<unknown[]>('GET', `/${resource}${query(filter, [0, 0])}`, token);
  expect(result.status).toBe(200);
  return Number((result.headers.get('Content-Range') ?? '').split('/')[1]);
}

async function all<T>(token: string, resource: string, filter: unknown): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; ; start += 100) {
    const page = await call<T[]>('GET', `/${resource}${query(filter, [start, start + 99])}`, token);
    expect(page.status).toBe(200);
    out.push(...page.body);
    if (page.body.length < 100) return out;
  }
}

test('hundreds of simultaneous claims never give one order to two people', async () => {
  const supervisor = await login('supervisor1');
  // A frozen clock and a fresh data set: no lease lapses in the middle of the count.
  expect(
    (
      await call('POST', '/_dev/clock', supervisor, {
        now: '2026-11-27T10:00:00+08:00',
        frozen: true,
      })
    ).status,
  ).toBe(200);
  expect((await call('POST', '/_dev/reset', supervisor, { orders: 300, seed: 7 })).status).toBe(
    200,
  );
  const tokens = new Map<string, string>();
  for (const username of CLAIMERS) tokens.set(username, await login(username));
  const ids = new Map([...CLAIMERS].map((u) => [tokens.get(u)!, `u-${u}`]));

  const pending = await all<Order>(supervisor, 'orders', { status: 'pending_review' });
  const inReviewBefore = await total(supervisor, 'orders', { status: 'in_review' });
  const claimsBefore = await total(supervisor, 'audit_events', { action: 'claim' });
  const eventsBefore = await total(supervisor, 'audit_events', {});
  // A small pool of targets, so that most direct claims collide.
  const targets = pending.slice(0, 40);

  const requests = Array.from({ length: REQUESTS }, (_, i) => {
    const token = tokens.get(CLAIMERS[i % CLAIMERS.length]!)!;
    if (i % 2 === 0) return { token, promise: call<Order>('POST', '/orders/claim-next', token) };
    const target = targets[(i * 7) % targets.length]!;
    return {
      token,
      promise: call<Order>('POST', `/orders/${target.id}/claim`, token, {
        version: target.version,
      }),
    };
  });
  const answers = await Promise.all(requests.map((r) => r.promise));

  const statuses = new Map<number, number>();
  for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  expect([...statuses.keys()].every((s) => [200, 204, 409].includes(s))).toBe(true);
  const successes = answers
    .map((answer, i) => ({ answer, caller: ids.get(requests[i]!.token)! }))
    .filter(({ answer }) => answer.status === 200);
  const claimedIds = successes.map(({ answer }) => answer.body.id);
  // Every success is a distinct order, answered as held by its caller.
  expect(new Set(claimedIds).size).toBe(claimedIds.length);
  for (const { answer, caller } of successes) {
    expect(answer.body.status).toBe('in_review');
    expect(answer.body.assigneeId).toBe(caller);
  }
  // … and the store agrees: each is held by that caller now.
  for (const { answer, caller } of successes) {
    const now = await call<Order>('GET', `/orders/${answer.body.id}`, supervisor);
    expect([now.body.status, now.body.assigneeId]).toEqual(['in_review', caller]);
  }
  for (const answer of answers.filter((a) => a.status === 409)) {
    expect(['ALREADY_CLAIMED', 'VERSION_CONFLICT']).toContain(
      (answer.body as unknown as { error: { code: string } }).error.code,
    );
  }
  expect(await total(supervisor, 'orders', { status: 'in_review' })).toBe(
    inReviewBefore + successes.length,
  );
  // Exactly one audit event per successful claim, and nothing else.
  expect(await total(supervisor, 'audit_events', { action: 'claim' })).toBe(
    claimsBefore + successes.length,
  );
  expect(await total(supervisor, 'audit_events', {})).toBe(eventsBefore + successes.length);
  const claimedNow = await all<AuditEvent>(supervisor, 'audit_events', {
    action: 'claim',
    orderId: claimedIds,
  });
  const newEvents = claimedNow.filter((e) => e.at === '2026-11-27T10:00:00.000+08:00');
  expect(newEvents.map((e) => e.orderId).sort()).toEqual([...claimedIds].sort());
  for (const event of newEvents) {
    const success = successes.find(({ answer }) => answer.body.id === event.orderId)!;
    expect(event.actorId).toBe(success.caller);
  }
  expect(successes.length).toBeGreaterThan(40);
  console.info(
    `concurrency: ${REQUESTS} simultaneous claims over HTTP → ${successes.length} orders claimed, ` +
      `each by one person; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
}, 120_000);

test('simultaneous duplicates with one Idempotency-Key act once over HTTP', async () => {
  const token = await login('reviewer1');
  const supervisor = await login('supervisor1');
  expect((await call('POST', '/_dev/reset', supervisor, { orders: 300, seed: 7 })).status).toBe(
    200,
  );
  const [order] = await all<Order>(supervisor, 'orders', { status: 'pending_review' });
  const eventsBefore = await total(supervisor, 'audit_events', { orderId: order!.id });
  const answers = await Promise.all(
    Array.from({ length: 30 }, () =>
      call<Order>(
        'POST',
        `/orders/${order!.id}/claim`,
        token,
        { version: order!.version },
        {
          'Idempotency-Key': `concurrent-${order!.id}`,
        },
      ),
    ),
  );
  expect(answers.every((a) => a.status === 200)).toBe(true);
  expect(answers.filter((a) => a.headers.get('Idempotent-Replayed') === 'true')).toHaveLength(29);
  expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
  expect(await total(supervisor, 'audit_events', { orderId: order!.id })).toBe(eventsBefore + 1);
}, 60_000);
