import { getResponse } from 'msw';
import { db } from '../../mocks/db';
import { handlers } from '../../mocks/handlers/index';
import { summarize, type Summary } from './stats';

const BASE = 'http://bench.local/api';

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await getResponse(handlers, new Request(`${BASE}${path}`, init));
  if (!response) throw new Error(`no handler for ${path}`);
  return response;
}

/**
 * The mock API's own handler time for one filtered, sorted page, measured in-process (no HTTP, no
 * JSON transfer to a client): what the index structures cost at `orders` orders.
 */
export async function measureApiHandler(
  orders: number,
  runs: number,
): Promise<{ resetMs: number; page: Summary; search: Summary; failingChecks: Summary }> {
  const started = performance.now();
  db.reset({ seed: 1, orders });
  const resetMs = performance.now() - started;
  const login = await call('/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'reviewer1', password: 'demo1234' }),
  });
  const { token } = (await login.json()) as { token: string };
  const headers = { Authorization: `Bearer ${token}` };
  const queries = [
    { filter: { status: 'pending_review' }, sort: ['slaDueAt', 'ASC'] },
    { filter: { province: '44', status: 'bureau_approved' }, sort: ['submittedAt', 'DESC'] },
    { filter: { type: 'new_filing', filerKind: 'personal' }, sort: ['id', 'DESC'] },
    { filter: { deadline: 'overdue' }, sort: ['slaDueAt', 'ASC'] },
  ];
  const timeQuery = async (filter: object, sort: string[]) => {
    const qs = new URLSearchParams({
      filter: JSON.stringify(filter),
      sort: JSON.stringify(sort),
      range: JSON.stringify([25, 49]),
    });
    const t0 = performance.now();
    const response = await call(`/orders?${qs.toString()}`, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`orders answered ${response.status}`);
    return performance.now() - t0;
  };
  // Warm-up: the first request after a reset builds lazy structures (the sorted index of a field,
  // the rows per value); the first failing-checks query computes the flags the background has not
  // yet reached.
  for (const q of queries) await timeQuery(q.filter, q.sort);
  // The HTTP server builds the search index in the background after a reset; this loop never
  // yields to it, so the first search builds it (untimed here, as on a running server).
  await timeQuery({ q: 'warm-up' }, ['slaDueAt', 'ASC']);
  const failingChecks = { hasFailingChecks: true, status: 'pending_review' };
  await timeQuery(failingChecks, ['slaDueAt', 'ASC']);
  const page: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const q of queries) page.push(await timeQuery(q.filter, q.sort));
  }
  const search: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    search.push(await timeQuery({ q: i % 2 ? 'tech' : '138' }, ['slaDueAt', 'ASC']));
  }
  const failing: number[] = [];
  for (let i = 0; i < runs; i += 1)
    failing.push(await timeQuery(failingChecks, ['slaDueAt', 'ASC']));
  return {
    resetMs,
    page: summarize(page),
    search: summarize(search),
    failingChecks: summarize(failing),
  };
}
