import type { Order } from '../../src/domain/types';

/** A small client for the mock API as the console calls it: JSON, bearer token, any origin. */

export const BASE = 'http://localhost';
export const TEST_NOW = '2026-11-27T10:00:00+08:00';
export const TEST_SEED = 20261127;

export interface ApiResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is, without JSON encoding. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function api<T = unknown>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${BASE}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('Content-Type') ?? '').includes('application/json')) {
    parsed = JSON.parse(text) as unknown;
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export async function login(username: string): Promise<string> {
  const result = await api<{ token: string }>('POST', '/api/auth/login', {
    body: { username, password: 'demo1234' },
  });
  if (result.status !== 200) throw new Error(`login ${username} failed: ${result.text}`);
  return result.body.token;
}

/** `?sort=...&range=...&filter=...` with JSON values, as ra-data-simple-rest sends them. */
export function listQuery(parts: { sort?: unknown; range?: unknown; filter?: unknown }): string {
  const params = new URLSearchParams();
  if (parts.sort !== undefined) params.set('sort', JSON.stringify(parts.sort));
  if (parts.range !== undefined) params.set('range', JSON.stringify(parts.range));
  if (parts.filter !== undefined) params.set('filter', JSON.stringify(parts.filter));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export async function listOrders(
  token: string,
  parts: { sort?: unknown; range?: unknown; filter?: unknown },
): Promise<ApiResult<Order[]>> {
  return api<Order[]>('GET', `/api/orders${listQuery(parts)}`, { token });
}

/** Every order matching a filter, page by page. */
export async function allOrders(
  token: string,
  filter: unknown = {},
  sort: unknown = ['id', 'ASC'],
): Promise<Order[]> {
  const out: Order[] = [];
  for (let start = 0; ; start += 100) {
    const page = await listOrders(token, { filter, sort, range: [start, start + 99] });
    if (page.status !== 200) throw new Error(page.text);
    out.push(...page.body);
    if (page.body.length < 100) return out;
  }
}

export function totalOf(result: ApiResult): number {
  const range = result.headers.get('Content-Range') ?? '';
  return Number(range.split('/')[1]);
}

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** The order and the number of audit events, to check that a refusal changed nothing. */
export async function stateOf(
  orderId: string,
): Promise<{ order: Order; events: number; total: number }> {
  const token = await login('supervisor1');
  const order = await api<Order>('GET', `/api/orders/${orderId}`, { token });
  const events = await api(
    'GET',
    `/api/audit_events${listQuery({ filter: { orderId }, range: [0, 0] })}`,
    {
      token,
    },
  );
  const all = await api('GET', `/api/audit_events${listQuery({ range: [0, 0] })}`, { token });
  await api('POST', '/api/auth/logout', { token });
  return { order: order.body, events: totalOf(events), total: totalOf(all) };
}

/**
 * The first order matching a filter (in order-number order), as the single read gives it: lists
 * carry personal data masked for every role, the single read is full for reviewers.
 */
export async function firstOrder(token: string, filter: Record<string, unknown>): Promise<Order> {
  const page = await listOrders(token, { filter, range: [0, 0] });
  const listed = page.body[0];
  if (!listed) throw new Error(`no order matches ${JSON.stringify(filter)}`);
  return (await api<Order>('GET', `/api/orders/${listed.id}`, { token })).body;
}
