import { beforeEach, describe, expect, test } from 'vitest';
import type { Material } from '../../src/domain/types';
import { allOrders, firstOrder, login } from './client';
import { claimFresh, eventsOf, materialsOf, post } from './reviewHelpers';

let reviewer1: string;
beforeEach(async () => {
  reviewer1 = await login('reviewer1');
});

describe('resubmissions', () => {
  test('the seed has resubmitted orders showing the earlier reasons and what changed', async () => {
    const orders = await allOrders(reviewer1, {});
    const resubmitted = orders.filter((o) => o.revision > 1 && o.rejections.length > 0);
    expect(resubmitted.length).toBeGreaterThan(0);
    expect(resubmitted.some((o) => (o.revisionChanges ?? []).length > 0)).toBe(true);
  });

  test('a rejected order comes back as revision + 1 with its changes, new materials and a resubmit event', async () => {
    const order = await claimFresh(reviewer1);
    const rejected = await post(reviewer1, `/api/orders/${order.id}/reject`, {
      version: order.version,
      reasons: [
        { code: 'SITE_NAME_NOT_ALLOWED', field: 'websites[0].name', message: '请修改网站名称。' },
      ],
    });
    const result = await post(reviewer1, '/api/_dev/resubmit', { orderId: order.id });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'pending_review',
      assigneeId: null,
      revision: order.revision + 1,
      version: rejected.body.version + 1,
    });
    expect(result.body.revisionChanges).toContainEqual(
      expect.objectContaining({ field: 'websites[0].name', before: order.websites[0]!.name }),
    );
    const materials: Material[] = await materialsOf(reviewer1, order.id);
    expect(
      materials.every((m) => m.revision === order.revision + 1 && m.verdict === 'pending'),
    ).toBe(true);
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({
      action: 'resubmit',
      actorRole: 'applicant',
      fromStatus: 'rejected',
      toStatus: 'pending_review',
    });
  });

  test('only a rejected order can be resubmitted', async () => {
    const order = await firstOrder(reviewer1, { status: 'pending_review' });
    const result = await post(reviewer1, '/api/_dev/resubmit', { orderId: order.id });
    expect(result.status).toBe(409);
  });
});
