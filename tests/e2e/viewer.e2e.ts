import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { db } from '../../mocks/db';
import { materialDefectOf } from '../../mocks/seed/materialDefects';
import type { Order } from '../../src/domain/types';
import {
  MOCK_NOW,
  mockApi,
  openBrowser,
  resetMock,
  screenshot,
  signIn,
  type Browser,
} from './support/browser';
import { apiBase, webBase } from './support/ports';

/**
 * The material workspace in Chromium against the built console and the HTTP mock: a reviewer opens
 * an order, steps through its materials by keyboard, turns an upside-down ID card, gives verdicts,
 * compares two materials. Also measures how long a step to the next 4000 px scan takes.
 */

let browser: Browser;
let page: Page;

/**
 * The HTTP mock is built from the same seed and anchor (the data set depends on both): find the
 * upside-down ID card's order in-process.
 */
function upsideDownOrder(): Order {
  db.reset({ seed: 1, anchor: MOCK_NOW });
  for (const row of db.orders.all()) {
    const order = db.orders.materialize(row);
    if (order.status === 'pending_review' && materialDefectOf(order, 1) === 'UPSIDE_DOWN')
      return order;
  }
  throw new Error('no pending order with an upside-down scan in seed 1');
}

/** The first order in review's reach with this material defect (null: any clean enterprise order). */
function orderWith(defect: 'NEAR_MATCH' | null): Order {
  db.reset({ seed: 1, anchor: MOCK_NOW });
  for (const row of db.orders.all()) {
    const order = db.orders.materialize(row);
    if (order.status !== 'pending_review' || materialDefectOf(order, 1) !== defect) continue;
    if (defect === null && order.subject.nature !== 'enterprise') continue;
    return order;
  }
  throw new Error(`no pending order with ${defect ?? 'a business licence'} in seed 1`);
}

const dialog = (p: Page) => p.getByRole('dialog', { name: /材料核对/ });
const shownId = (p: Page) =>
  dialog(p).locator('img[data-material-id]').first().getAttribute('data-material-id');

/** Milliseconds from a keypress to the next material's image decoded and on screen. */
async function timeNextMaterial(p: Page): Promise<number> {
  return p.evaluate(async () => {
    const selector = '[role="dialog"] img[data-material-id]';
    const before = document.querySelector(selector)?.getAttribute('data-material-id');
    const start = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    while (performance.now() - start < 15_000) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const img = document.querySelector<HTMLImageElement>(selector);
      if (img && img.dataset.materialId !== before && img.complete && img.naturalWidth > 0) {
        await img.decode();
        return performance.now() - start;
      }
    }
    throw new Error('the next image never showed');
  });
}

/** Claims the order for reviewer1 with the version the HTTP mock holds. */
async function claimAsReviewer(orderId: string): Promise<Response> {
  const login = await fetch(`${apiBase}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'reviewer1', password: 'demo1234' }),
  });
  const { token } = (await login.json()) as { token: string };
  const current = (await (
    await fetch(`${apiBase}/orders/${orderId}`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as Order;
  return mockApi(`/orders/${orderId}/claim`, { version: current.version }, 'reviewer1');
}

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  await resetMock();
});
afterAll(async () => {
  await browser?.close();
});

describe('the material workspace', () => {
  it('steps, rotates, decides and compares by keyboard, fast with 4000 px scans', async () => {
    const order = upsideDownOrder();
    const claimed = await claimAsReviewer(order.id);
    expect(claimed.status, await claimed.clone().text()).toBe(200);
    await signIn(page, 'reviewer1');
    await page.getByRole('table').waitFor();
    await page.goto(`${webBase}/#/orders/${order.id}/show`);
    const opener = page.getByRole('button', { name: /^查看大图：/ }).first();
    await opener.waitFor();
    await expect.poll(() => opener.isEnabled()).toBe(true);
    const openMs = await opener.evaluate(async (button: HTMLElement) => {
      const start = performance.now();
      button.click();
      while (performance.now() - start < 15_000) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const img = document.querySelector<HTMLImageElement>(
          '[role="dialog"] img[data-material-id]',
        );
        if (img?.complete && img.naturalWidth > 0) {
          await img.decode();
          return performance.now() - start;
        }
      }
      throw new Error('the viewer never showed an image');
    });
    console.info(
      `[viewer speed] open the workspace → first 4000 px image decoded: ${openMs.toFixed(0)} ms`,
    );
    await dialog(page).waitFor();
    const total = await dialog(page)
      .getByRole('navigation', { name: '材料列表' })
      .getByRole('button')
      .count();
    expect(total).toBeGreaterThanOrEqual(4);

    // Step by keyboard to the ID card's front (the upside-down one).
    for (let i = 0; i < total; i += 1) {
      if (
        (await dialog(page)
          .getByRole('heading', { name: /身份证人像面/ })
          .count()) > 0
      )
        break;
      await page.keyboard.press('ArrowRight');
    }
    const check = dialog(page).getByRole('region', { name: '字段核对' });
    await check.getByRole('row', { name: '图像方向' }).getByText('不一致').waitFor();
    await dialog(page)
      .locator('img[data-material-id]')
      .first()
      .evaluate((img: HTMLImageElement) => img.decode());
    await screenshot(page, 'viewer-upside-down');
    await page.keyboard.press('r');
    await page.keyboard.press('r');
    await dialog(page).getByText('已旋转 180°').waitFor();
    const cardId = await shownId(page);
    await screenshot(page, 'viewer-rotated');

    // Accept this one and the next (A moves on to the next unchecked material), reject the one
    // after with a catalog reason.
    await page.keyboard.press('a');
    await dialog(page)
      .getByText(/^已审 1 \//)
      .waitFor();
    expect(await shownId(page)).not.toBe(cardId);
    await page.keyboard.press('a');
    await dialog(page)
      .getByText(/^已审 2 \//)
      .waitFor();
    await page.keyboard.press('x');
    const picker = page.getByRole('dialog', { name: /驳回材料/ });
    await picker.getByRole('combobox', { name: '驳回原因' }).click();
    await page.getByRole('option').first().click();
    await picker.getByRole('textbox', { name: '补充说明（选填）' }).fill('看不清 a x r');
    await picker.getByRole('button', { name: '确认驳回' }).click();
    await dialog(page)
      .getByText(/^已审 3 \//)
      .waitFor();
    await dialog(page).getByText('结论：已驳回').waitFor();
    await screenshot(page, 'viewer-verdicts');

    // The rotation is remembered when the reviewer comes back to the card.
    for (let i = 0; i < total && (await shownId(page)) !== cardId; i += 1) {
      await page.keyboard.press('ArrowLeft');
    }
    await dialog(page).getByText('已旋转 180°').waitFor();

    // Compare mode: the ID card beside the verification photo.
    await page.keyboard.press('c');
    await dialog(page).getByRole('combobox', { name: '对比材料' }).waitFor();
    await expect.poll(() => dialog(page).locator('img[data-material-id]').count()).toBe(2);
    await expect
      .poll(() => dialog(page).getByRole('combobox', { name: '对比材料' }).innerText())
      .toMatch(/核验照片/);
    await page.waitForTimeout(300);
    await screenshot(page, 'viewer-compare');
    await page.keyboard.press('c');

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
    await page.waitForTimeout(400); // the fade-in
    await screenshot(page, 'viewer-help');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor({ state: 'hidden' });

    // Speed: keypress to the next 4000 px scan decoded, over at least two rounds.
    const natural = await dialog(page)
      .locator('img[data-material-id]')
      .first()
      .evaluate((img: HTMLImageElement) => Math.max(img.naturalWidth, img.naturalHeight));
    expect(natural).toBe(4000);
    const samples: number[] = [];
    for (let i = 0; i < Math.max(8, total * 2); i += 1) samples.push(await timeNextMaterial(page));
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.info(
      `[viewer speed] next material, keypress → 4000 px image decoded: ` +
        `median ${median.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, ` +
        `max ${sorted.at(-1)!.toFixed(0)} ms over ${samples.length} steps ` +
        `(${total} materials): ${samples.map((s) => s.toFixed(0)).join(', ')}`,
    );
  });
  it('keeps every field check in view: English beside 1440 pixels, Chinese beside 1280', async () => {
    // The longest words: English field names (a business licence's), a near match's verdict;
    // Chinese field names are not broken inside a word.
    await page.goto(`${webBase}/`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, 'reviewer1');
    await page.getByRole('table').waitFor();
    const screens = [
      {
        locale: 'en',
        width: 1440,
        open: /^Open full size: /,
        check: 'Field check',
        strip: 'Materials',
      },
      { locale: 'zh-CN', width: 1280, open: /^查看大图：/, check: '字段核对', strip: '材料列表' },
    ];
    for (const screen of screens) {
      await page.setViewportSize({ width: screen.width, height: 900 });
      for (const order of [orderWith(null), orderWith('NEAR_MATCH')]) {
        await page.goto(`${webBase}/`);
        await page.evaluate(
          (locale) => localStorage.setItem('RaStorebeian.locale', JSON.stringify(locale)),
          screen.locale,
        );
        await page.goto(`${webBase}/#/orders/${order.id}/show`);
        await page.reload();
        const opener = page.getByRole('button', { name: screen.open }).first();
        await expect.poll(() => opener.isEnabled()).toBe(true);
        await opener.click();
        const check = page.getByRole('dialog').getByRole('region', { name: screen.check });
        const total = await page
          .getByRole('dialog')
          .getByRole('navigation', { name: screen.strip })
          .getByRole('button')
          .count();
        for (let i = 0; i < total; i += 1) {
          await check.waitFor();
          const fit = await check.evaluate((panel) => {
            const box = panel.parentElement!;
            // A field name breaks only where its language allows: never inside a Chinese word.
            const names = [...panel.querySelectorAll<HTMLElement>('tbody th')];
            const lines = (el: HTMLElement) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            };
            const broken = names.filter(
              (th) => /^[\u4e00-\u9fff]+$/.test(th.textContent ?? '') && lines(th) > 1,
            );
            return {
              over: box.scrollWidth - box.clientWidth,
              broken: broken.map((th) => th.textContent),
            };
          });
          // The panel scrolls up and down only: nothing of the table hides to its right.
          expect(fit, `${screen.locale}: material ${i + 1} of ${order.id}`).toEqual({
            over: 0,
            broken: [],
          });
          if (i === 0)
            await screenshot(page, `viewer-fit-${screen.locale}-${screen.width}-${order.id}`);
          await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.press('Escape');
      }
    }
    await page.evaluate(() => localStorage.removeItem('RaStorebeian.locale'));
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
