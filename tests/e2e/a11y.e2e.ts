import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Order } from '../../src/domain/types';
import { apiToken, browserPerFile, screenshot, signIn } from './support/browser';
import { apiBase, webBase } from './support/ports';

/**
 * axe-core on every page of the built console in Chromium: sign-in, the queue's views, the order
 * page with the viewer, the reject dialog, the call form and the help overlay, the supervisors'
 * pages; in Chinese and light, and the queue and order page also dark and in English. No serious or
 * critical violation is allowed; failures list each rule with the elements it found.
 */

let page: Page;

browserPerFile((opened) => (page = opened.page));

/**
 * axe-core's source, evaluated through the DevTools protocol: the built console's
 * Content-Security-Policy (rightly) refuses an injected <script>, and the tests fail on any CSP
 * violation.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** The serious and critical violations on the page as it is now, labelled with `where`. */
async function audit(p: Page, where: string): Promise<string[]> {
  // Let transitions (dialog fade-ins) finish: half-faded text fails contrast for the wrong reason.
  await p.waitForTimeout(450);
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE);
  const violations = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: Violation[];
    };
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `[${where}] ${v.impact} ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map(
            (n) =>
              `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n      ${n.failureSummary?.split('\n')[1] ?? ''}`,
          )
          .join('\n'),
    );
}

/** Signs out through the user menu, as a user would (the session ends on the server too). */
async function signOut(p: Page): Promise<void> {
  await p.getByRole('button', { name: /个人资料|Profile/ }).click();
  await p.getByRole('menuitem', { name: /退出登录|Logout/ }).click();
  await p.getByLabel(/用户名|Username/).waitFor();
}

function expectClean(found: string[]): void {
  if (found.length > 0) console.error(found.join('\n'));
  expect(found, found.join('\n')).toEqual([]);
}

async function heldOrder(username: string): Promise<string> {
  const token = await apiToken(username);
  const response = await fetch(`${apiBase}/orders/claim-next`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  return ((await response.json()) as Order).id;
}

async function queueViews(p: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  await p.locator('table tbody tr').first().waitFor();
  const tabs = p.getByRole('tablist').first().getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i += 1) {
    await tabs.nth(i).click();
    await p.waitForTimeout(300);
    await p.locator('table tbody tr, .RaList-noResults, [class*="NoResults"]').first().waitFor();
    found.push(...(await audit(p, `${where} queue tab ${await tabs.nth(i).innerText()}`)));
  }
  return found;
}

/** The order page, then with the viewer, the reject dialog, the call form focused and the help. */
async function orderPage(p: Page, id: string, where: string, names: OrderNames): Promise<string[]> {
  const found: string[] = [];
  await p.goto(`${webBase}/#/orders/${id}/show`);
  await p.getByRole('heading', { name: names.call }).waitFor();
  found.push(...(await audit(p, `${where} order page`)));
  await p.keyboard.press('l');
  found.push(...(await audit(p, `${where} order page, call form`)));
  await p.locator('body').click({ position: { x: 5, y: 300 } });
  await p.keyboard.press('v');
  await p.getByRole('dialog', { name: names.viewer }).waitFor();
  await p.locator('[role="dialog"] img[data-material-id]').first().waitFor();
  found.push(...(await audit(p, `${where} material viewer`)));
  await p.keyboard.press('x');
  await p.getByRole('dialog', { name: names.rejectMaterial }).waitFor();
  found.push(...(await audit(p, `${where} material reject reasons`)));
  await p.keyboard.press('Escape');
  await p.getByRole('dialog', { name: names.rejectMaterial }).waitFor({ state: 'hidden' });
  await p.keyboard.press('?');
  await p.getByRole('dialog', { name: names.help }).waitFor();
  found.push(...(await audit(p, `${where} help overlay`)));
  await p.keyboard.press('Escape');
  await p.getByRole('dialog', { name: names.help }).waitFor({ state: 'hidden' });
  await p.waitForTimeout(300);
  await p.keyboard.press('Escape');
  await p.getByRole('dialog', { name: names.viewer }).waitFor({ state: 'hidden' });
  await expect.poll(() => p.locator('[role="dialog"]').count()).toBe(0);
  await p.waitForTimeout(300);
  await p.keyboard.press('Shift+X');
  await p.getByRole('dialog', { name: names.reject }).waitFor();
  found.push(...(await audit(p, `${where} reject dialog`)));
  await p.keyboard.press('Escape');
  await expect.poll(() => p.locator('[role="dialog"]').count()).toBe(0);
  await p.waitForTimeout(300);
  return found;
}

interface OrderNames {
  call: string;
  viewer: RegExp;
  rejectMaterial: RegExp;
  help: string;
  reject: string;
}
const ZH: OrderNames = {
  call: '电话核验',
  viewer: /材料核对/,
  rejectMaterial: /驳回材料/,
  help: '键盘快捷键',
  reject: '驳回订单',
};
const EN: OrderNames = {
  call: 'Phone check',
  viewer: /Material check/,
  rejectMaterial: /Reject/,
  help: 'Keyboard shortcuts',
  reject: 'Reject the order',
};

describe('accessibility (axe-core)', () => {
  it('sign-in, the queue views, the order page and its dialogs: zh-CN, light', async () => {
    const found: string[] = [];
    await page.goto(`${webBase}/`);
    await page.getByLabel('用户名').waitFor();
    found.push(...(await audit(page, 'sign-in')));
    const id = await heldOrder('reviewer1');
    await signIn(page, 'reviewer1');
    found.push(...(await queueViews(page, 'zh light')));
    await page.goto(`${webBase}/#/orders`);
    await page.locator('table tbody tr').first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await screenshot(page, 'a11y-queue-row-focus');
    found.push(...(await orderPage(page, id, 'zh light', ZH)));
    expectClean(found);
  }, 240_000);

  it('the supervisors’ pages: dashboard, workload, audit log, QA', async () => {
    const found: string[] = [];
    await signIn(page, 'supervisor1');
    await page.locator('table tbody tr').first().waitFor();
    for (const [path, ready] of [
      ['dashboard', 'main h1, main h2, main h6'],
      ['workload', 'table tbody tr'],
      ['audit_events', 'table tbody tr'],
      ['qa_reviews', 'table tbody tr'],
    ] as const) {
      await page.goto(`${webBase}/#/${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(600);
      found.push(...(await audit(page, path)));
    }
    await signOut(page);
    await signIn(page, 'reviewer1');
    await page.goto(`${webBase}/#/dashboard`);
    await page.locator('main .MuiCard-root').first().waitFor();
    await page.waitForTimeout(1000);
    found.push(...(await audit(page, 'reviewer dashboard')));
    expectClean(found);
  }, 240_000);

  it('the queue and the order page in dark and in English; dark is remembered per user', async () => {
    const found: string[] = [];
    const id = await heldOrder('reviewer1');
    await signIn(page, 'reviewer1');
    await page.locator('table tbody tr').first().waitFor();
    await page.getByRole('button', { name: '切换浅色/深色主题' }).click();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(18, 23, 29)');
    found.push(...(await queueViews(page, 'zh dark')));
    found.push(...(await orderPage(page, id, 'zh dark', ZH)));
    await page.goto(`${webBase}/#/orders/${id}/show`);
    await page.getByRole('heading', { name: '电话核验' }).waitFor();
    await page.keyboard.press('l');
    await screenshot(page, 'a11y-dark-order-page');

    // Signed out, another user comes in light; the first user comes back dark.
    const body = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await signOut(page);
    await signIn(page, 'reviewer2');
    await page.locator('table tbody tr').first().waitFor();
    await expect.poll(body).toBe('rgb(243, 245, 248)');
    await signOut(page);
    await signIn(page, 'reviewer1');
    await page.locator('table tbody tr').first().waitFor();
    await expect.poll(body).toBe('rgb(18, 23, 29)');

    // English (the language menu), still dark.
    await page.getByRole('button', { name: '界面语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page
      .getByRole('tab', { name: /Unclaimed|All/ })
      .first()
      .waitFor();
    found.push(...(await queueViews(page, 'en dark')));
    found.push(...(await orderPage(page, id, 'en dark', EN)));
    // And English in light.
    await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
    await expect.poll(body).toBe('rgb(243, 245, 248)');
    found.push(...(await orderPage(page, id, 'en light', EN)));
    expectClean(found);
  }, 420_000);
});
