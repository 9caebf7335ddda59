import { beforeEach, describe, expect, test } from 'vitest';
import { login, stateOf, type ErrorBody } from './client';
import { claimFresh, eventsOf, materialsOf, post } from './reviewHelpers';

let reviewer1: string;
let reviewer2: string;
beforeEach(async () => {
  reviewer1 = await login('reviewer1');
  reviewer2 = await login('reviewer2');
});

describe('material verdict', () => {
  test('rejected with a catalog reason: the material shows it; one audit event', async () => {
    const order = await claimFresh(reviewer1);
    const material = (await materialsOf(reviewer1, order.id))[0]!;
    const result = await post(
      reviewer1,
      `/api/orders/${order.id}/materials/${material.id}/verdict`,
      {
        version: order.version,
        verdict: 'rejected',
        reasonCode: 'DOCUMENT_UNCLEAR',
        note: '反光',
      },
    );
    expect(result.status).toBe(200);
    const after = (await materialsOf(reviewer1, order.id))[0];
    expect(after).toMatchObject({
      verdict: 'rejected',
      reasonCode: 'DOCUMENT_UNCLEAR',
      note: '反光',
    });
    expect((await eventsOf(order.id)).at(-1)).toMatchObject({
      action: 'verdict',
      details: { materialId: material.id, verdict: 'rejected', reasonCode: 'DOCUMENT_UNCLEAR' },
    });
  });

  test.each([
    [{ verdict: 'rejected' }, 422],
    [{ verdict: 'rejected', reasonCode: 'NOPE' }, 422],
    [{ verdict: 'maybe' }, 400],
  ])('%j is %i and writes nothing', async (body, status) => {
    const order = await claimFresh(reviewer1);
    const material = (await materialsOf(reviewer1, order.id))[0]!;
    const before = await stateOf(order.id);
    const result = await post(
      reviewer1,
      `/api/orders/${order.id}/materials/${material.id}/verdict`,
      {
        version: order.version,
        ...body,
      },
    );
    expect(result.status).toBe(status);
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('an unknown material of the order is 404; a non-assignee is 403', async () => {
    const order = await claimFresh(reviewer1);
    const missing = await post(
      reviewer1,
      `/api/orders/${order.id}/materials/${order.id}-9-99/verdict`,
      {
        version: order.version,
        verdict: 'accepted',
      },
    );
    expect(missing.status).toBe(404);
    const material = (await materialsOf(reviewer1, order.id))[0]!;
    const other = await post(
      reviewer2,
      `/api/orders/${order.id}/materials/${material.id}/verdict`,
      {
        version: order.version,
        verdict: 'accepted',
      },
    );
    expect((other.body as unknown as ErrorBody).error.code).toBe('NOT_ASSIGNEE');
  });
});
