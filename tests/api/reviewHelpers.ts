import { REVIEW_POLICY } from '../../src/domain/policy';
import type { AuditEvent, Material, Order } from '../../src/domain/types';
import { allOrders, api, listQuery, login, type ApiResult } from './client';

/** Shared steps of the review-loop API tests: claim a clean order, call, accept, advance the clock. */

export const post = <T = Order>(token: string, path: string, body?: unknown) =>
  api<T>('POST', path, { token, ...(body !== undefined ? { body } : {}) });

/**
 * Moves the mock clock on while `token`'s user stays at work: like the console, it renews the
 * leases of the orders they hold (in steps shorter than a lease), so their claims do not lapse.
 */
export async function advanceClock(token: string, minutes: number): Promise<void> {
  const step = REVIEW_POLICY.claimLeaseMinutes - 5;
  for (let left = minutes; left > 0; left -= step) {
    const me = await api<{ id: string }>('GET', '/api/auth/me', { token });
    const held = await allOrders(token, { assigneeId: me.body.id, status: 'in_review' });
    for (const order of held) {
      const renewed = await post(token, `/api/orders/${order.id}/lease`, {});
      if (renewed.status !== 200) throw new Error(renewed.text);
    }
    const result = await post(token, '/api/_dev/clock', { advanceMinutes: Math.min(step, left) });
    if (result.status !== 200) throw new Error(result.text);
  }
}

async function callsOf(token: string, orderId: string): Promise<number> {
  const result = await api<unknown[]>('GET', `/api/calls${listQuery({ filter: { orderId } })}`, {
    token,
  });
  return result.body.length;
}

/**
 * Claims, as `token`'s user, a pending order of revision 1 without calls; `clean` asks for one
 * without failing blocking checks.
 */
export async function claimFresh(token: string, options: { clean?: boolean } = {}): Promise<Order> {
  const pending = await allOrders(token, { status: 'pending_review' });
  for (const order of pending) {
    if (order.revision !== 1) continue;
    if (options.clean && order.checks.some((c) => c.status === 'fail' && c.blocking)) continue;
    if ((await callsOf(token, order.id)) > 0) continue;
    const claimed = await post(token, `/api/orders/${order.id}/claim`, { version: order.version });
    if (claimed.status !== 200) throw new Error(claimed.text);
    return claimed.body;
  }
  throw new Error('no fresh pending order');
}

export async function logCall(
  token: string,
  order: Order,
  outcome: string,
  extra: Record<string, unknown> = {},
): Promise<ApiResult<Order>> {
  return post(token, `/api/orders/${order.id}/calls`, {
    version: order.version,
    outcome,
    ...extra,
  });
}

export async function materialsOf(token: string, orderId: string): Promise<Material[]> {
  const result = await api<Material[]>(
    'GET',
    `/api/materials${listQuery({ filter: { orderId } })}`,
    { token },
  );
  return result.body;
}

/** Accepts every material of the order; answers the order as it then is. */
export async function acceptAll(token: string, order: Order): Promise<Order> {
  let current = order;
  for (const material of await materialsOf(token, order.id)) {
    const result = await post(token, `/api/orders/${order.id}/materials/${material.id}/verdict`, {
      version: current.version,
      verdict: 'accepted',
    });
    if (result.status !== 200) throw new Error(result.text);
    current = result.body;
  }
  return current;
}

export async function eventsOf(orderId: string): Promise<AuditEvent[]> {
  const token = await login('supervisor1');
  const result = await api<AuditEvent[]>(
    'GET',
    `/api/audit_events${listQuery({ filter: { orderId }, sort: ['id', 'ASC'], range: [0, 99] })}`,
    { token },
  );
  return result.body;
}
