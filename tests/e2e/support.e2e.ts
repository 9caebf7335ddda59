import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { db } from '../../mocks/db';
import { clock } from '../../mocks/clock';
import { formatCstDate } from '../../src/domain/format';
import { maskPhone } from '../../src/domain/masking';
import type { Order } from '../../src/domain/types';
import { browserPerFile, MOCK_NOW, screenshot, signIn } from './support/browser';

/**
 * Support on the phone with an applicant, in Chromium against the HTTP mock: the global lookup
 * (by phone, by domain as the applicant reads it out), the order's stage and next step in plain
 * words with the expected date, and never a full certificate number on screen.
 */

let page: Page;
let orders: Order[];
/** Every certificate number of the seeded data set: none may appear on a support screen. */
let certificates: string[];

browserPerFile((opened) => (page = opened.page));

beforeAll(() => {
  // The same data set the server builds on reset (seed 1 at the frozen instant), built here too.
  clock.restore({ offsetMs: 0, frozenAt: Date.parse(MOCK_NOW) });
  db.reset({ seed: 1, orders: 300, anchor: '2026-11-27T10:00:00.000+08:00' });
  orders = db.orders.all().map((row) => db.orders.materialize(row));
  certificates = [
    ...new Set(
      orders.flatMap((o) => [
        o.subject.certificateNumber,
        o.subjectPrincipal.certificateNumber,
        ...o.websites.map((w) => w.principal.certificateNumber),
      ]),
    ),
  ];
});

beforeEach(async () => {
  await signIn(page, 'support1');
  await page.locator('table tbody tr').first().waitFor();
});

async function expectNoCertificateOnScreen(p: Page): Promise<void> {
  const text = await p.evaluate(() => document.body.innerText);
  const leaked = certificates.filter((number) => text.includes(number));
  expect(leaked).toEqual([]);
  expect(text).not.toMatch(/(?<![\dA-Z*])\d{17}[\dX](?![\dA-Z])/);
}

const lookupBox = (p: Page) => p.getByRole('combobox', { name: '查找订单' });

describe('support', () => {
  it('finds an order by phone with the / shortcut and reads where it stands', async () => {
    const order = orders.find(
      (o) =>
        o.status === 'pending_review' &&
        o.slaDueAt &&
        Date.parse(o.slaDueAt) > Date.parse(MOCK_NOW),
    )!;
    await page.locator('body').press('/');
    await expect
      .poll(async () => lookupBox(page).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.keyboard.type(order.subjectPrincipal.mobile);
    const results = page.getByRole('listbox', { name: '查找结果' });
    const option = results.getByRole('option', { name: `打开订单 ${order.id}` });
    await option.waitFor();
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    expect(await option.innerText()).toContain('待审核');
    expect(await results.innerText()).toContain(maskPhone(order.subjectPrincipal.mobile));
    await screenshot(page, 'support-lookup-phone');
    await expectNoCertificateOnScreen(page);

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: order.id }).waitFor();
    const stage = page.getByTestId('support-stage');
    await stage.waitFor();
    expect(await stage.innerText()).toBe('订单已提交，正在排队等待初审。');
    const date = formatCstDate(order.slaDueAt)!;
    expect(await page.getByTestId('support-next').innerText()).toBe(
      `下一步：审核专员完成初审，预计 ${date} 前完成（初审时限 1 个工作日）。`,
    );
    expect(await page.getByTestId('support-expected-date').innerText()).toBe(date);
    await page.getByRole('heading', { name: '该主体的其他订单' }).waitFor();
    await screenshot(page, 'support-view');
    await expectNoCertificateOnScreen(page);
    // Support reaches neither the audit log nor the dashboard.
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '主管看板' }).count()).toBe(0);
  });

  it('finds an order at the bureau by its domain as read out, with its other orders', async () => {
    const bySubject = new Map<string, Order[]>();
    for (const o of orders)
      bySubject.set(o.subject.certificateNumber, [
        ...(bySubject.get(o.subject.certificateNumber) ?? []),
        o,
      ]);
    const order =
      orders.find(
        (o) =>
          o.status === 'bureau_pending' &&
          o.bureau?.dueAt &&
          (bySubject.get(o.subject.certificateNumber)?.length ?? 0) > 1,
      ) ?? orders.find((o) => o.status === 'bureau_pending' && o.bureau?.dueAt)!;
    const domain = order.websites[0]!.domains[0]!;
    await lookupBox(page).click();
    await page.keyboard.type(`https://WWW.${domain.toUpperCase()}/`);
    const option = page.getByRole('option', { name: `打开订单 ${order.id}` });
    await option.waitFor();
    expect(await option.innerText()).toContain('管局审核中');
    await screenshot(page, 'support-lookup-domain');
    await option.click();
    await page.getByRole('heading', { level: 1, name: order.id }).waitFor();
    const stage = page.getByTestId('support-stage');
    await stage.waitFor();
    expect(await stage.innerText()).toMatch(/^初审已通过，订单已提交至.+通信管理局审核。$/);
    const date = formatCstDate(order.bureau!.dueAt)!;
    expect(await page.getByTestId('support-next').innerText()).toContain(`预计 ${date} 前给出`);
    expect(await page.getByTestId('support-expected-date').innerText()).toBe(date);
    const siblings = (bySubject.get(order.subject.certificateNumber) ?? []).filter(
      (o) => o.id !== order.id,
    );
    const others = page.getByRole('list', { name: '该主体的其他订单' });
    if (siblings.length > 0) {
      await others.waitFor();
      for (const sibling of siblings)
        await others.getByRole('link', { name: sibling.id }).waitFor();
    }
    await screenshot(page, 'support-view-bureau');
    await expectNoCertificateOnScreen(page);

    // Once in English.
    await page.getByRole('button', { name: '界面语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page
      .getByTestId('support-stage')
      .getByText(/The initial review passed/)
      .waitFor();
    await screenshot(page, 'support-view-en');
    await expectNoCertificateOnScreen(page);
  });
});
