import { beforeEach, describe, expect, test } from 'vitest';
import type { Order } from '../../src/domain/types';
import { api, login, stateOf, type ErrorBody } from './client';
import { advanceClock, claimFresh, eventsOf, logCall, post } from './reviewHelpers';

let reviewer1: string;
beforeEach(async () => {
  reviewer1 = await login('reviewer1');
});

const reject = (order: Order, reasons: unknown) =>
  post(reviewer1, `/api/orders/${order.id}/reject`, { version: order.version, reasons });

const UNREACHABLE = [
  { code: 'APPLICANT_UNREACHABLE', message: '两次致电未接通，请保持电话畅通后重新提交。' },
];

describe('reject', () => {
  test.each([
    ['no reasons', []],
    ['an unknown code', [{ code: 'NOT_IN_CATALOG', message: '请修改' }]],
    ['an empty message', [{ code: 'SITE_NAME_NOT_ALLOWED', message: '   ' }]],
  ])('with %s: 422 VALIDATION_FAILED, nothing written', async (_label, reasons) => {
    const order = await claimFresh(reviewer1);
    const before = await stateOf(order.id);
    const result = await reject(order, reasons);
    expect(result.status).toBe(422);
    expect((result.body as unknown as ErrorBody).error.code).toBe('VALIDATION_FAILED');
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('with reasons: rejected, the reasons and the applicant notice in the one audit event', async () => {
    const order = await claimFresh(reviewer1);
    const reasons = [
      { code: 'SITE_NAME_NOT_ALLOWED', field: 'websites[0].name', message: '请修改网站名称。' },
    ];
    const result = await reject(order, reasons);
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('rejected');
    expect(result.body.rejections.at(-1)).toMatchObject({ revision: order.revision, reasons });
    const event = (await eventsOf(order.id)).at(-1)!;
    expect(event).toMatchObject({ action: 'reject', toStatus: 'rejected', details: { reasons } });
    expect((event.details.notice as { sms: string }).sms).toContain('网站名称不符合要求');
  });

  test('unreachable: refused after one unanswered call, allowed after a second one an hour later', async () => {
    const order = await claimFresh(reviewer1);
    const first = (await logCall(reviewer1, order, 'no_answer')).body;
    const once = await reject(first, UNREACHABLE);
    expect(once.status).toBe(422);
    expect((once.body as unknown as ErrorBody).error.code).toBe('PRECONDITION_FAILED');
    await advanceClock(reviewer1, 60);
    const second = (await logCall(reviewer1, first, 'powered_off')).body;
    const before = await stateOf(order.id);
    const result = await reject(second, UNREACHABLE);
    expect(result.status).toBe(200);
    expect((await stateOf(order.id)).events).toBe(before.events + 1);
  });

  test('unreachable is refused after a connected call', async () => {
    const order = await claimFresh(reviewer1);
    const connected = (await logCall(reviewer1, order, 'connected')).body;
    const result = await reject(connected, UNREACHABLE);
    expect(result.status).toBe(422);
  });
});

describe('the reasons catalog', () => {
  test('every reason has a Chinese applicant message, zh and en titles, and what it points at', async () => {
    const result = await api<
      {
        code: string;
        titleZh: string;
        titleEn: string;
        applicantMessage: string;
        target: unknown;
      }[]
    >('GET', '/api/reasons?range=[0,99]', { token: reviewer1 });
    expect(result.body.length).toBeGreaterThanOrEqual(15);
    for (const reason of result.body) {
      expect(reason.applicantMessage).toMatch(/[\u4e00-\u9fff]/);
      expect(reason.applicantMessage).toMatch(/。$/);
      expect(reason.titleZh).toMatch(/[\u4e00-\u9fff]/);
      expect(reason.titleEn).toMatch(/^[A-Z]/);
      expect(reason.target).not.toBeNull();
    }
    expect(result.body.map((r) => r.code)).toContain('APPLICANT_UNREACHABLE');
  });
});
