import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mockApi, screenshot, signIn, browserPerFile } from './support/browser';
import { REVIEW_POLICY } from '../../src/domain/policy';
import { PROVINCES } from '../../src/domain/provinces';
import type { Order } from '../../src/domain/types';
import { apiBase, webBase } from './support/ports';

/**
 * The review loop as a reviewer walks it: claim next, phone under the one-hour rule, check the
 * materials, decide; and a supervisor recording the bureau's answer. The built console in Chromium
 * against the mock API over HTTP, its clock moved with the mock-only endpoint.
 */

let page: Page;

browserPerFile((opened) => (page = opened.page));

async function claimNext(p: Page): Promise<string> {
  await p.getByRole('button', { name: '领取下一单' }).click();
  await p.waitForURL(/\/orders\/BA\d+\/show/);
  return /orders\/(BA\d+)\/show/.exec(p.url())?.[1] ?? '';
}

async function logCall(p: Page, outcome: string): Promise<void> {
  await p.getByRole('combobox', { name: '通话结果' }).click();
  await p.getByRole('option', { name: outcome, exact: true }).click();
  if (outcome === '已接通') {
    for (const point of await p.getByRole('checkbox').all()) await point.check();
  }
  await p.getByRole('button', { name: '记录本次通话' }).click();
  await p.getByText('已记录通话').first().waitFor();
}

/**
 * Advances the mock's clock while reviewer1 stays at work: the order they hold is renewed (as the
 * console does for an active user) in steps shorter than a lease, so the claim does not lapse.
 * Then reloads so the console takes the server's time again.
 */
async function advanceClock(p: Page, minutes: number, orderId: string): Promise<void> {
  const step = REVIEW_POLICY.claimLeaseMinutes - 5;
  for (let left = minutes; left > 0; left -= step) {
    const renewed = await mockApi(`/orders/${orderId}/lease`, {}, 'reviewer1');
    if (!renewed.ok) throw new Error(`lease renewal failed: ${renewed.status}`);
    await mockApi('/_dev/clock', { advanceMinutes: Math.min(step, left) });
  }
  await p.reload();
}

describe('the review loop', () => {
  it('claims, calls twice an hour apart, accepts the materials and approves to the bureau', async () => {
    await signIn(page, 'reviewer1');
    const id = await claimNext(page);
    await page.getByRole('heading', { name: '电话核验' }).waitFor();
    await logCall(page, '无人接听');
    await page
      .getByRole('timer')
      .getByText(/还需等待/)
      .waitFor();
    expect(await page.getByRole('button', { name: '记录本次通话' }).isDisabled()).toBe(true);
    await page.getByRole('heading', { name: '电话核验' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'review-countdown');

    await advanceClock(page, 60, id);
    await page.getByText('回拨时间已到，可以再次拨打').waitFor();
    await logCall(page, '已接通');

    const checklist = page.getByRole('region', { name: '材料核对' });
    const accept = checklist.getByRole('button', { name: /^通过 / });
    await accept.first().waitFor();
    const count = await accept.count();
    for (let i = 0; i < count; i += 1) {
      await accept.nth(i).click();
      await expect.poll(() => checklist.getByText('已通过', { exact: true }).count()).toBe(i + 1);
    }
    await page.getByRole('button', { name: '审核通过' }).click();
    const dialog = page.getByRole('dialog', { name: '审核通过并提交管局' });
    for (const field of await dialog.getByRole('textbox').all()) {
      await field.fill('已电话核实，申请人提供了情况说明');
    }
    await screenshot(page, 'review-approve');
    await dialog.getByRole('button', { name: '确认提交管局' }).click();
    // The reviewer lands on the next most urgent order.
    await page.waitForURL((url) => /orders\/BA\d+\/show/.test(url.href) && !url.href.includes(id));
    await page.goto(`${webBase}/#/orders/${id}/show`);
    await page.getByText('管局审核中').first().waitFor();
    await page.getByText(/通信管理局，提交于/).waitFor();
    await screenshot(page, 'review-bureau-pending');
  });

  it('ends in the unreachable rejection after two unanswered calls an hour apart', async () => {
    await signIn(page, 'reviewer1');
    const id = await claimNext(page);
    await page.getByRole('heading', { name: '电话核验' }).waitFor();
    await logCall(page, '无人接听');
    await advanceClock(page, 60, id);
    await logCall(page, '关机');
    await page.getByRole('button', { name: '驳回：无法联系申请人' }).click();
    const dialog = page.getByRole('dialog', { name: '驳回订单' });
    await dialog.getByText('两次致电均未能接通', { exact: false }).first().waitFor();
    await dialog.getByRole('region', { name: '短信' }).waitFor();
    await screenshot(page, 'review-unreachable');
    await dialog.getByRole('button', { name: '确认驳回' }).click();
    await page.waitForURL((url) => !url.href.includes(id));
    await page.goto(`${webBase}/#/orders/${id}/show`);
    await page.getByText('已驳回').first().waitFor();
  });

  it('shows a resubmitted order’s earlier reasons and changes first, and the call-back view', async () => {
    await signIn(page, 'reviewer1');
    await page.getByRole('tab', { name: '待回拨' }).click();
    await page.waitForURL(/callbackDue/);
    const [resubmitted] = await apiGet<Order[]>(
      `/orders?filter=${encodeURIComponent('{"status":"pending_review"}')}&sort=${encodeURIComponent('["revision","DESC"]')}&range=[0,0]`,
    );
    await page.goto(`${webBase}/#/orders/${resubmitted?.id ?? ''}/show`);
    await page.getByRole('region', { name: /^重新提交：第 \d 次$/ }).waitFor();
    await page.getByRole('table', { name: '申请人修改的内容' }).waitFor();
    await screenshot(page, 'review-resubmission');
  });

  it('lets a supervisor record the bureau’s approval with filing numbers', async () => {
    await signIn(page, 'supervisor1');
    await page.getByRole('tab', { name: '全部' }).waitFor();
    const filter = encodeURIComponent(JSON.stringify({ status: 'bureau_pending' }));
    await page.goto(`${webBase}/#/orders?filter=${filter}`);
    await page.locator('table tbody tr').first().click();
    await page.waitForURL(/\/orders\/BA\d+\/show/);
    const id = /orders\/(BA\d+)\/show/.exec(page.url())?.[1] ?? '';
    const order = await getOrder(id);
    const char = PROVINCES.find((p) => p.code === order.province)?.icpChar ?? '';
    const wrong = char === '京' ? '沪' : '京';
    await page.getByRole('button', { name: '录入管局结果' }).click();
    const dialog = page.getByRole('dialog', { name: '录入管局审核结果' });
    const fields = dialog.getByRole('textbox');
    // Another province's character is flagged before anything is sent.
    await fields.nth(0).fill(`${wrong}ICP备2026012345号`);
    await dialog.getByText(`省份简称应为“${char}”`).waitFor();
    expect(await dialog.getByRole('button', { name: '保存管局结果' }).isDisabled()).toBe(true);
    await fields.nth(0).fill(`${char}ICP备2026012345号`);
    for (let i = 1; i <= order.websites.length; i += 1) {
      await fields.nth(i).fill(`${char}ICP备2026012345号-${i}`);
    }
    await screenshot(page, 'review-bureau-dialog');
    await dialog.getByRole('button', { name: '保存管局结果' }).click();
    await page.getByText('管局已通过').first().waitFor();
    await page.getByText(`备案号：${char}ICP备2026012345号`, { exact: false }).first().waitFor();
    await screenshot(page, 'review-bureau-approved');
  });
});

async function getOrder(id: string): Promise<Order> {
  return apiGet<Order>(`/orders/${id}`);
}

async function apiGet<T>(path: string): Promise<T> {
  const login = await fetch(`${apiBase}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'supervisor1', password: 'demo1234' }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${apiBase}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await response.json()) as T;
}
