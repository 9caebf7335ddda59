import { beforeEach, describe, expect, test } from 'vitest';
import { api, firstOrder, listQuery, login, type ErrorBody } from './client';
import { eventsOf, post } from './reviewHelpers';

let reviewer1: string;
let support: string;
beforeEach(async () => {
  reviewer1 = await login('reviewer1');
  support = await login('support1');
});

describe('internal notes', () => {
  test('a note is an audit event with its text; support can neither write nor read them', async () => {
    const order = await firstOrder(reviewer1, { status: 'bureau_pending' });
    const result = await post(reviewer1, `/api/orders/${order.id}/notes`, {
      version: order.version,
      text: '申请人称下周补充授权书',
    });
    expect(result.status).toBe(200);
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({
      action: 'note',
      actorId: 'u-reviewer1',
      details: { text: '申请人称下周补充授权书' },
    });
    const write = await post(support, `/api/orders/${order.id}/notes`, {
      version: result.body.version,
      text: 'x',
    });
    expect((write.body as unknown as ErrorBody).error.code).toBe('FORBIDDEN');
    const read = await api(
      'GET',
      `/api/audit_events${listQuery({ filter: { orderId: order.id, action: 'note' } })}`,
      {
        token: support,
      },
    );
    expect(read.status).toBe(403);
  });

  test('an empty note is refused', async () => {
    const order = await firstOrder(reviewer1, { status: 'pending_review' });
    const result = await post(reviewer1, `/api/orders/${order.id}/notes`, {
      version: order.version,
      text: ' ',
    });
    expect(result.status).toBe(400);
  });
});
