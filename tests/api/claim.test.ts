import { beforeEach, describe, expect, test } from 'vitest';
import type { AuditEvent, Order } from '../../src/domain/types';
import { api, firstOrder, listQuery, login, stateOf, type ErrorBody } from './client';

let reviewer1: string;
let reviewer2: string;
let supervisor: string;
let support: string;
beforeEach(async () => {
  reviewer1 = await login('reviewer1');
  reviewer2 = await login('reviewer2');
  supervisor = await login('supervisor1');
  support = await login('support1');
});

const post = <T = Order>(
  token: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) =>
  api<T>('POST', path, {
    token,
    ...(body !== undefined ? { body } : {}),
    ...(headers ? { headers } : {}),
  });

async function lastEvent(orderId: string): Promise<AuditEvent> {
  const events = await api<AuditEvent[]>(
    'GET',
    `/api/audit_events${listQuery({ filter: { orderId }, sort: ['at', 'DESC'], range: [0, 0] })}`,
    { token: supervisor },
  );
  return events.body[0]!;
}

describe('claim', () => {
  test('pending → in review, held by the caller, version + 1, one audit event', async () => {
    const order = await firstOrder(reviewer1, { status: 'pending_review' });
    const before = await stateOf(order.id);
    const result = await post(reviewer1, `/api/orders/${order.id}/claim`, {
      version: order.version,
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      id: order.id,
      status: 'in_review',
      assigneeId: 'u-reviewer1',
      claimedAt: '2026-11-27T10:00:00.000+08:00',
      updatedAt: '2026-11-27T10:00:00.000+08:00',
      version: order.version + 1,
    });
    const after = await stateOf(order.id);
    expect(after.order).toEqual(result.body);
    expect(after.events).toBe(before.events + 1);
    expect(after.total).toBe(before.total + 1);
    const event = await lastEvent(order.id);
    expect(event).toMatchObject({
      at: '2026-11-27T10:00:00.000+08:00',
      actorId: 'u-reviewer1',
      actorRole: 'reviewer',
      action: 'claim',
      orderId: order.id,
      fromStatus: 'pending_review',
      toStatus: 'in_review',
    });
    expect(event.id).toMatch(/^ae-\d{8}$/);
  });

  test('already claimed by someone else: 409 ALREADY_CLAIMED with the holder, nothing changes', async () => {
    const order = await firstOrder(reviewer1, { status: 'pending_review' });
    const claimed = await post(reviewer1, `/api/orders/${order.id}/claim`, {
      version: order.version,
    });
    const before = await stateOf(order.id);
    const second = await post<ErrorBody>(reviewer2, `/api/orders/${order.id}/claim`, {
      version: claimed.body.version,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('ALREADY_CLAIMED');
    expect(second.body.error.details).toEqual({
      assigneeId: 'u-reviewer1',
      claimedAt: claimed.body.claimedAt,
      leaseExpiresAt: claimed.body.leaseExpiresAt,
    });
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('a stale version is 409 VERSION_CONFLICT with the current version, before the status rule', async () => {
    const order = await firstOrder(reviewer1, { status: 'pending_review' });
    await post(reviewer1, `/api/orders/${order.id}/claim`, { version: order.version });
    const before = await stateOf(order.id);
    const stale = await post<ErrorBody>(reviewer2, `/api/orders/${order.id}/claim`, {
      version: order.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(stale.body.error.details).toEqual({ currentVersion: order.version + 1 });
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('decided orders cannot be claimed: 409 INVALID_STATE', async () => {
    const order = await firstOrder(reviewer1, { status: 'bureau_approved' });
    const result = await post<ErrorBody>(reviewer1, `/api/orders/${order.id}/claim`, {
      version: order.version,
    });
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('INVALID_STATE');
  });

  test('support may not claim (403 FORBIDDEN), even an order that does not exist', async () => {
    const order = await firstOrder(reviewer1, { status: 'pending_review' });
    const before = await stateOf(order.id);
    for (const id of [order.id, 'BA0000000000']) {
      const result = await post<ErrorBody>(support, `/api/orders/${id}/claim`, {
        version: order.version,
      });
      expect(result.status).toBe(403);
      expect(result.body.error.code).toBe('FORBIDDEN');
    }
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('an unknown order is 404 for a reviewer', async () => {
    const result = await post<ErrorBody>(reviewer1, '/api/orders/BA0000000000/claim', {
      version: 1,
    });
    expect(result.status).toBe(404);
    expect(result.body.error.code).toBe('NOT_FOUND');
  });

  test('a supervisor may claim too', async () => {
    const order = await firstOrder(supervisor, { status: 'pending_review' });
    const result = await post(supervisor, `/api/orders/${order.id}/claim`, {
      version: order.version,
    });
    expect(result.status).toBe(200);
    expect(result.body.assigneeId).toBe('u-supervisor1');
  });
});

describe('release', () => {
  test('the assignee releases: back to the queue, nobody holds it, one audit event', async () => {
    const order = await firstOrder(reviewer1, { status: 'pending_review' });
    const claimed = await post(reviewer1, `/api/orders/${order.id}/claim`, {
      version: order.version,
    });
    const released = await post(reviewer1, `/api/orders/${order.id}/release`, {
      version: claimed.body.version,
    });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({
      status: 'pending_review',
      assigneeId: null,
      claimedAt: null,
    });
    expect(released.body.version).toBe(order.version + 2);
    expect(await lastEvent(order.id)).toMatchObject({
      action: 'release',
      fromStatus: 'in_review',
      toStatus: 'pending_review',
      details: { previousAssigneeId: 'u-reviewer1' },
    });
  });

  test('someone else is 403 NOT_ASSIGNEE, checked before the body and the version', async () => {
    const order = await firstOrder(reviewer1, { status: 'in_review', assigneeId: 'u-reviewer2' });
    const before = await stateOf(order.id);
    for (const body of [{ version: order.version }, { version: 'x' }, { version: 999 }]) {
      const result = await post<ErrorBody>(reviewer1, `/api/orders/${order.id}/release`, body);
      expect(result.status).toBe(403);
      expect(result.body.error.code).toBe('NOT_ASSIGNEE');
    }
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('a supervisor may release anybody’s order', async () => {
    const order = await firstOrder(supervisor, { status: 'in_review', assigneeId: 'u-reviewer3' });
    const result = await post(supervisor, `/api/orders/${order.id}/release`, {
      version: order.version,
    });
    expect(result.status).toBe(200);
    expect(result.body.assigneeId).toBeNull();
    expect(await lastEvent(order.id)).toMatchObject({
      actorId: 'u-supervisor1',
      actorRole: 'supervisor',
      details: { previousAssigneeId: 'u-reviewer3' },
    });
  });

  test('releasing an order in the queue is 409 INVALID_STATE (for a supervisor)', async () => {
    const order = await firstOrder(supervisor, { status: 'pending_review' });
    const result = await post<ErrorBody>(supervisor, `/api/orders/${order.id}/release`, {
      version: order.version,
    });
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('INVALID_STATE');
  });
});

describe('reassign', () => {
  test('a supervisor hands an order to another reviewer', async () => {
    const order = await firstOrder(supervisor, { status: 'in_review', assigneeId: 'u-reviewer1' });
    const result = await post(supervisor, `/api/orders/${order.id}/reassign`, {
      version: order.version,
      assigneeId: 'u-reviewer4',
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'in_review', assigneeId: 'u-reviewer4' });
    expect(await lastEvent(order.id)).toMatchObject({
      action: 'reassign',
      details: { fromAssigneeId: 'u-reviewer1', toAssigneeId: 'u-reviewer4' },
    });
  });

  test('a pending order can be assigned directly', async () => {
    const order = await firstOrder(supervisor, { status: 'pending_review' });
    const result = await post(supervisor, `/api/orders/${order.id}/reassign`, {
      version: order.version,
      assigneeId: 'u-reviewer2',
    });
    expect(result.body).toMatchObject({ status: 'in_review', assigneeId: 'u-reviewer2' });
  });

  test('the new assignee must be a reviewer: 422 VALIDATION_FAILED on the field', async () => {
    const order = await firstOrder(supervisor, { status: 'in_review' });
    const before = await stateOf(order.id);
    for (const assigneeId of ['u-support1', 'u-supervisor1', 'u-nobody']) {
      const result = await post<ErrorBody>(supervisor, `/api/orders/${order.id}/reassign`, {
        version: order.version,
        assigneeId,
      });
      expect(result.status).toBe(422);
      expect(result.body.error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(result.body.error.details?.fields as object)).toEqual(['assigneeId']);
    }
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('reviewers may not reassign (403 FORBIDDEN)', async () => {
    const order = await firstOrder(reviewer1, { status: 'in_review', assigneeId: 'u-reviewer1' });
    const result = await post<ErrorBody>(reviewer1, `/api/orders/${order.id}/reassign`, {
      version: order.version,
      assigneeId: 'u-reviewer2',
    });
    expect(result.status).toBe(403);
    expect(result.body.error.code).toBe('FORBIDDEN');
  });
});
