import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent, Order } from '../../src/domain/types';
import {
  apiToken,
  openBrowser,
  resetMock,
  screenshot,
  signIn,
  type Browser,
} from './support/browser';
import { apiBase, webBase } from './support/ports';

/**
 * Two reviewers on one order, each in their own Chromium profile, and an office network that drops
 * a request: the stale reviewer is told who took the order, with their typed note kept; a request
 * that failed in transit is sent again with the same idempotency key and acts exactly once.
 */

let a: Browser;
let b: Browser;

beforeAll(async () => {
  a = await openBrowser();
  b = await openBrowser();
});

afterAll(async () => {
  await a?.close();
  await b?.close();
});

beforeEach(async () => {
  await resetMock();
  for (const browser of [a, b]) {
    await browser.page.goto(`${webBase}/`);
    await browser.page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
});

async function apiGet<T>(path: string): Promise<T> {
  const response = await fetch(`${apiBase}${path}`, {
    headers: { Authorization: `Bearer ${await apiToken('supervisor1')}` },
  });
  return (await response.json()) as T;
}

async function firstPending(): Promise<Order> {
  const filter = encodeURIComponent(JSON.stringify({ status: 'pending_review' }));
  const sort = encodeURIComponent(JSON.stringify(['slaDueAt', 'ASC']));
  const [order] = await apiGet<Order[]>(`/orders?filter=${filter}&sort=${sort}&range=[0,0]`);
  if (!order) throw new Error('the seed has no pending order');
  return order;
}

async function noteEvents(orderId: string): Promise<AuditEvent[]> {
  const filter = encodeURIComponent(JSON.stringify({ orderId, action: 'note' }));
  return apiGet<AuditEvent[]>(`/audit_events?filter=${filter}`);
}

async function openOrder(page: Page, username: string, id: string): Promise<void> {
  await signIn(page, username);
  await page.getByRole('tab', { name: '未领取' }).waitFor();
  await page.goto(`${webBase}/#/orders/${id}/show`);
  await page.getByRole('heading', { level: 1, name: id }).waitFor();
}

describe('two reviewers on one order', () => {
  it('tells the stale reviewer who claimed it, and keeps the note they typed', async () => {
    const order = await firstPending();
    // 李建国 (reviewer2) opens the order first and starts a note...
    await openOrder(b.page, 'reviewer2', order.id);
    const note = b.page.getByRole('textbox', { name: '内部备注' });
    // The field starts two lines high and grows with what is typed (the browser sizes it).
    const emptyHeight = (await note.boundingBox())?.height ?? 0;
    await note.fill('第一行\n第二行\n第三行\n第四行');
    expect((await note.boundingBox())?.height).toBeGreaterThan(emptyHeight * 1.7);
    await note.fill('申请人称网站下周上线，材料已补充');
    // ...while 王晓燕 (reviewer1) opens it too and claims it.
    await openOrder(a.page, 'reviewer1', order.id);
    await a.page.getByRole('button', { name: '领取', exact: true }).click();
    await a.page.getByText('审核中').first().waitFor();

    // 李建国's page still offers the claim: it is stale.
    await b.page.getByRole('button', { name: '领取', exact: true }).click();
    const explanation = b.page.getByRole('alert').filter({ hasText: '订单已有变化' });
    await explanation.waitFor();
    expect(await explanation.textContent()).toContain('王晓燕 已于 10:00 领取了此订单');
    expect(await explanation.textContent()).toContain('您填写的内容已保留');
    expect(await note.inputValue()).toBe('申请人称网站下周上线，材料已补充');
    // The page now shows the order as it is: held by 王晓燕, no claim button.
    await b.page.getByText('王晓燕 自 10:00 起正在审核此订单').waitFor();
    expect(await b.page.getByRole('button', { name: '领取', exact: true }).count()).toBe(0);
    await screenshot(b.page, 'collision-claimed-by-other');

    // The kept note goes in as it was typed, once.
    await b.page.getByRole('button', { name: '添加备注' }).click();
    await b.page.getByText('已添加备注').first().waitFor();
    expect((await noteEvents(order.id)).map((e) => e.details.text)).toEqual([
      '申请人称网站下周上线，材料已补充',
    ]);

    // The queue says who holds it and since when.
    const filter = encodeURIComponent(JSON.stringify({ q: order.id }));
    await b.page.goto(`${webBase}/#/orders?filter=${filter}`);
    const row = b.page.locator('table tbody tr', { hasText: order.id });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('王晓燕 · 10:00 起');
    await screenshot(b.page, 'collision-queue-holder');
    expect(a.cspViolations).toEqual([]);
    expect(b.cspViolations).toEqual([]);
  });
});

describe('a request that fails in transit', () => {
  it('is sent again with the same key and acts once; Retry sends it again when the network stays down', async () => {
    const order = await firstPending();
    const page = a.page;
    await openOrder(page, 'reviewer1', order.id);
    const keys: string[] = [];
    const onRequest = (request: Request) => {
      if (request.method() === 'POST' && request.url().endsWith('/notes')) {
        keys.push(request.headers()['idempotency-key'] ?? '(none)');
      }
    };
    page.on('request', onRequest);

    // The first attempt reaches the server (the note is saved) but its answer is lost.
    let attempts = 0;
    await page.route('**/api/orders/*/notes', async (route) => {
      attempts += 1;
      if (attempts === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    });
    const note = page.getByRole('textbox', { name: '内部备注' });
    await note.fill('第一次：回答丢失的请求');
    await page.getByRole('button', { name: '添加备注' }).click();
    await expect.poll(() => note.inputValue(), { timeout: 15_000 }).toBe('');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect((await noteEvents(order.id)).map((e) => e.details.text)).toEqual([
      '第一次：回答丢失的请求',
    ]);
    await page.unroute('**/api/orders/*/notes');

    // Now the network stays down for every automatic attempt: the reviewer is told, keeps the
    // text, and Retry sends the same intent (same key) once the network is back.
    attempts = 0;
    await page.route('**/api/orders/*/notes', async (route) => {
      attempts += 1;
      if (attempts === 1) await route.fetch();
      if (attempts <= 3) await route.abort('connectionreset');
      else await route.continue();
    });
    await note.fill('第二次：网络持续中断');
    await page.getByRole('button', { name: '添加备注' }).click();
    const retry = page.getByRole('button', { name: '重试' });
    await retry.waitFor();
    await page.getByText('无法连接服务器，请检查网络后重试').waitFor();
    expect(await note.inputValue()).toBe('第二次：网络持续中断');
    await screenshot(page, 'collision-network-retry');
    await retry.click();
    await expect.poll(() => note.inputValue(), { timeout: 15_000 }).toBe('');
    expect(keys).toHaveLength(6);
    expect(new Set(keys.slice(2)).size).toBe(1);
    expect(keys[2]).not.toBe(keys[0]);
    expect((await noteEvents(order.id)).map((e) => e.details.text).sort()).toEqual(
      ['第一次：回答丢失的请求', '第二次：网络持续中断'].sort(),
    );
    page.off('request', onRequest);
    await page.unroute('**/api/orders/*/notes');
    expect(a.cspViolations).toEqual([]);
  });
});
