import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Material, Order } from '../../src/domain/types';
import { apiToken, browserPerFile, screenshot, signIn } from './support/browser';
import { apiBase } from './support/ports';

/**
 * The review loop from the keyboard alone, in Chromium against the built console and the HTTP mock:
 * every key press and click from "claim next" to an approved order is counted, and the count is
 * kept at 12 or fewer while each material is still looked at and accepted on its own and a
 * connected call is logged with the points the applicant confirmed.
 */

let page: Page;

browserPerFile((opened) => (page = opened.page));

async function api<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

const list = (filter: object) =>
  `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,99]')}`;

/**
 * Makes a clean order the one "claim next" gives: another reviewer claims orders in the server's
 * own urgency order until one is clean (no failing check, first submission, no calls yet, at most
 * five materials), then lets that one go, so that it is again the most urgent one nobody holds.
 */
async function cleanOrderNext(): Promise<{ id: string; materials: number }> {
  const token = await apiToken('reviewer2');
  for (let i = 0; i < 200; i += 1) {
    const order = await api<Order | null>(token, 'POST', '/orders/claim-next', {});
    if (!order) break;
    const materials = await api<Material[]>(
      token,
      'GET',
      `/materials${list({ orderId: order.id })}`,
    );
    const calls = await api<unknown[]>(token, 'GET', `/calls${list({ orderId: order.id })}`);
    const clean =
      order.revision === 1 &&
      calls.length === 0 &&
      materials.length <= 5 &&
      materials.every((m) => m.verdict === 'pending') &&
      order.checks.every((c) => c.status !== 'fail');
    if (clean) {
      await api(token, 'POST', `/orders/${order.id}/release`, { version: order.version });
      return { id: order.id, materials: materials.length };
    }
  }
  throw new Error('no clean order within reach of claim-next');
}

/** Counts what the reviewer does: a key (a combination counts once) or a click. */
function counter(p: Page) {
  let keys = 0;
  const clicks = 0;
  return {
    press: async (key: string) => {
      keys += 1;
      await p.keyboard.press(key);
    },
    get keys() {
      return keys;
    },
    get clicks() {
      return clicks;
    },
  };
}

describe('keyboard-first review', () => {
  it('takes a clean order from claim next to approved in 12 keystrokes or fewer', async () => {
    const target = await cleanOrderNext();
    await signIn(page, 'reviewer1');
    await page.getByRole('button', { name: '领取下一单' }).waitFor();
    const user = counter(page);

    await user.press('n');
    await page.waitForURL(new RegExp(`/orders/${target.id}/show`));
    await page.getByRole('heading', { name: '电话核验' }).waitFor();

    // The call: L focuses the outcome (connected by default), C ticks the script's points, Enter logs.
    await user.press('l');
    const outcome = page.getByRole('combobox', { name: '通话结果' });
    await expect.poll(() => outcome.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => outcome.innerText()).toBe('已接通');
    await user.press('c');
    await expect.poll(() => page.getByRole('checkbox', { checked: true }).count()).toBe(4);
    await screenshot(page, 'keyboard-call-form');
    await user.press('Enter');
    await page.getByText('已记录通话').first().waitFor();

    // The materials: V opens the first unchecked one, A accepts it and moves on to the next.
    await user.press('v');
    const viewer = page.getByRole('dialog', { name: /材料核对/ });
    await viewer.waitFor();
    const shown = new Set<string>();
    for (let i = 1; i <= target.materials; i += 1) {
      const id = await viewer
        .locator('img[data-material-id]')
        .first()
        .getAttribute('data-material-id');
      shown.add(id ?? '');
      await user.press('a');
      await viewer.getByText(`已审 ${i} / ${target.materials} 份材料`).waitFor();
    }
    expect(shown.size).toBe(target.materials);

    // Approve: Ctrl+Enter opens the confirmation from the viewer, Enter confirms.
    await user.press('Control+Enter');
    const confirm = page.getByRole('dialog', { name: '审核通过并提交管局' });
    await confirm.getByRole('button', { name: '确认提交管局' }).waitFor();
    await expect
      .poll(() =>
        confirm
          .getByRole('button', { name: '确认提交管局' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await screenshot(page, 'keyboard-approve');
    await user.press('Enter');
    // The console claims and opens the next order.
    await page.waitForURL(
      (url) => /orders\/BA\d+\/show/.test(url.href) && !url.href.includes(target.id),
    );

    const order = await api<Order>(await apiToken('supervisor1'), 'GET', `/orders/${target.id}`);
    expect(order.status).toBe('bureau_pending');
    console.info(
      `keyboard loop: ${user.keys} keystrokes, ${user.clicks} clicks (${target.materials} materials)`,
    );
    expect(user.keys + user.clicks).toBeLessThanOrEqual(12);
    expect(user.clicks).toBe(0);
  });

  it('lists the page’s shortcuts on ?, and types letters into fields without firing them', async () => {
    await signIn(page, 'reviewer1');
    await page.locator('table tbody tr').first().waitFor();
    const search = page.getByRole('textbox').first();
    await search.click();
    await page.keyboard.type('njk');
    await expect.poll(() => search.inputValue()).toBe('njk');
    expect(page.url()).not.toMatch(/\/show/);
    await search.fill('');

    // j/k move a visible focus over the rows; Enter opens the focused one.
    await search.evaluate((field: HTMLElement) => field.blur());
    await page.locator('table tbody tr').nth(1).waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const second = page.locator('table tbody tr').nth(1);
    await expect.poll(() => second.evaluate((row) => row === document.activeElement)).toBe(true);
    await screenshot(page, 'keyboard-queue-focus');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '键盘快捷键' });
    await help.getByRole('heading', { name: '审核队列' }).waitFor();
    await help.getByText('领取下一单').waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'keyboard-help-queue');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/orders\/BA\d+\/show/);

    // The order page's help lists the review keys, not the queue's.
    await page.getByRole('heading', { name: '备案材料' }).waitFor();
    await page.keyboard.press('?');
    await help.getByRole('heading', { name: '订单审核' }).waitFor();
    expect(await help.getByRole('heading', { name: '审核队列' }).count()).toBe(0);
    await page.waitForTimeout(400);
    await screenshot(page, 'keyboard-help-order');
  });

  it('answers a key pressed the moment the queue shows', async () => {
    // Presses `/` (focus the lookup) in the same task that puts the first row in the page, before
    // the browser paints it and before the app bar's tools (the lookup box among them) render: the
    // key must not be lost, and what is typed next must land in the lookup, not on the queue.
    await page.addInitScript(() => {
      if (localStorage.getItem('e2e.probe') !== 'slash-on-first-row') return;
      const observer = new MutationObserver(() => {
        if (!document.querySelector('table tbody tr')) return;
        observer.disconnect();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await signIn(page, 'reviewer1');
    await page.locator('table tbody tr').first().waitFor();
    // A fresh load with the stored session: the page's frame and its rows come in one commit.
    await page.evaluate(() => localStorage.setItem('e2e.probe', 'slash-on-first-row'));
    await page.reload();
    await page.locator('table tbody tr').first().waitFor();
    await page.evaluate(() => localStorage.removeItem('e2e.probe'));
    const lookup = page.getByRole('combobox', { name: '查找订单' });
    await expect.poll(() => lookup.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.type('jk');
    expect(await lookup.inputValue()).toBe('jk');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  });

  it('rejects an order with a reason chosen and sent from the keyboard', async () => {
    const target = await cleanOrderNext();
    await signIn(page, 'reviewer1');
    await page.getByRole('button', { name: '领取下一单' }).waitFor();
    await page.keyboard.press('n');
    await page.waitForURL(new RegExp(`/orders/${target.id}/show`));
    await page.getByRole('heading', { name: '电话核验' }).waitFor();
    await page.keyboard.press('Shift+X');
    const dialog = page.getByRole('dialog', { name: '驳回订单' });
    const reasons = dialog.getByRole('combobox', { name: '驳回原因' });
    await expect.poll(() => reasons.evaluate((el) => el === document.activeElement)).toBe(true);
    // ↓ opens the searchable list on its first reason, Enter takes it (and closes the list).
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByRole('region', { name: '短信' }).waitFor();
    await screenshot(page, 'keyboard-reject-dialog');
    await page.keyboard.press('Control+Enter');
    await page.waitForURL((url) => !url.href.includes(target.id));
    const order = await api<Order>(await apiToken('supervisor1'), 'GET', `/orders/${target.id}`);
    expect(order.status).toBe('rejected');
  });
});
