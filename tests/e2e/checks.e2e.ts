import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Order } from '../../src/domain/types';
import { mockApi, screenshot, signIn, browserPerFile, apiToken } from './support/browser';
import { apiBase, webBase } from './support/ports';

/**
 * A reviewer opens a defective order, sees what the automatic checks found, jumps to the field
 * concerned, and rejects with the reasons the failing checks propose.
 */

let page: Page;

browserPerFile((opened) => (page = opened.page));

/** A pending order failing `rule` (the seed plants one defect per defective order). */
async function pendingOrderFailing(rule: string): Promise<Order> {
  const token = await apiToken('reviewer1');
  const query = new URLSearchParams({
    filter: JSON.stringify({ status: 'pending_review', hasFailingChecks: true }),
    range: JSON.stringify([0, 99]),
  });
  const response = await fetch(`${apiBase}/orders?${query.toString()}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const orders = (await response.json()) as Order[];
  const order = orders.find((o) => o.checks.some((c) => c.id === rule && c.status === 'fail'));
  if (!order) throw new Error(`no pending order fails ${rule}`);
  return order;
}

it('shows the failures, jumps to the field, and rejects with the proposed reason', async () => {
  const order = await pendingOrderFailing('SITE_NAME');
  const failing = order.checks.find((c) => c.id === 'SITE_NAME')!;
  const claimed = await mockApi(
    `/orders/${order.id}/claim`,
    { version: order.version },
    'reviewer1',
  );
  expect(claimed.status).toBe(200);

  await signIn(page, 'reviewer1');
  await page.getByRole('button', { name: '领取下一单' }).waitFor();
  await page.goto(`${webBase}/#/orders/${order.id}/show`);
  const card = page.getByRole('region', { name: '自动检查' });
  const failures = card.getByRole('region', { name: '未通过' });
  await failures.getByText(failing.message).waitFor();
  await screenshot(page, 'checks-order');

  await failures.getByRole('button', { name: `定位到相关字段：${failing.message}` }).click();
  const field = page.locator('[data-field="websites[0].name"]');
  await expect.poll(() => field.getAttribute('data-check-highlight')).toBe('true');
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  await expect
    .poll(() =>
      field.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    )
    .toBe(true);
  await screenshot(page, 'checks-field');

  await page.getByRole('button', { name: '驳回', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '驳回订单' });
  await dialog.getByText('网站名称不符合要求').first().waitFor();
  await screenshot(page, 'checks-reject');
  await dialog.getByRole('button', { name: '确认驳回' }).click();
  await page.getByText('已驳回，已通知申请人').waitFor();

  const after = await fetch(`${apiBase}/orders/${order.id}`, {
    headers: { Authorization: `Bearer ${await apiToken('supervisor1')}` },
  });
  const rejected = (await after.json()) as Order;
  expect(rejected.status).toBe('rejected');
  expect(rejected.rejections.at(-1)?.reasons).toContainEqual(
    expect.objectContaining({ code: 'SITE_NAME_NOT_ALLOWED', field: 'websites[0].name' }),
  );
});

it('counts failing checks in the queue and filters on them', async () => {
  await signIn(page, 'reviewer1');
  await page.getByRole('columnheader', { name: '检查' }).waitFor();
  await page.getByRole('combobox', { name: '自动检查' }).selectOption({ label: '有未通过项' });
  await page.waitForURL(/hasFailingChecks/);
  const rows = page.locator('table tbody tr');
  await expect
    .poll(async () => {
      const texts = await rows.getByRole('img', { name: /^\d+ 项未通过$/ }).count();
      return texts > 0 && texts === (await rows.count());
    })
    .toBe(true);
  await screenshot(page, 'checks-queue');
});
