import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signIn, browserPerFile } from './support/browser';
import { apiBase } from './support/ports';

/**
 * A supervisor's round in Chromium against the HTTP mock: the dashboard's charts, moving orders
 * between reviewers in bulk, and finding that move in the audit log.
 */

let page: Page;

browserPerFile((opened) => (page = opened.page));
beforeEach(async () => {
  await signIn(page, 'supervisor1');
  await page.locator('table tbody tr').first().waitFor();
});

const card = (p: Page, title: string) => p.getByRole('region', { name: title });

describe('supervisor', () => {
  it('sees the dashboard with its charts and figures', async () => {
    await page.getByRole('menuitem', { name: '主管看板' }).click();
    const queue = card(page, '今日队列');
    await queue.getByRole('group', { name: '已超时' }).waitFor();
    // Charts actually drawn, not empty frames: bars per day and outcome, a compliance line.
    for (const [title, mark, least] of [
      ['每日审核量（近 30 天）', '.MuiBarElement-root', 20],
      ['电话核验结果', '.MuiBarElement-root', 3],
      ['每日时效达标率', '.MuiLineElement-root', 1],
    ] as const) {
      await expect
        .poll(async () => card(page, title).locator(mark).count())
        .toBeGreaterThanOrEqual(least);
    }
    await card(page, '通过与驳回占比').locator('svg path').first().waitFor();
    await card(page, '常见驳回原因').getByRole('listitem').first().waitFor();
    await card(page, '管局结果').getByRole('group', { name: '管局通过率' }).waitFor();
    await card(page, '抽检复核一致率').getByRole('table').waitFor();
    const waiting = await queue.getByRole('group', { name: '待领取' }).innerText();
    expect(Number(waiting.split('\n')[0])).toBeGreaterThan(0);
    await page.waitForTimeout(600); // charts animate in
    await screenshot(page, 'supervisor-dashboard');
    await card(page, '抽检复核一致率').scrollIntoViewIfNeeded();
    await screenshot(page, 'supervisor-dashboard-lower');
  });

  it('fits every card of the dashboard in English on a 1280-pixel screen', async () => {
    await page.getByRole('button', { name: '界面语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await card(page, 'Second-review agreement').getByRole('table').waitFor();
    await expect
      .poll(async () => card(page, 'Call outcomes').locator('.MuiBarElement-root').count())
      .toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(600); // charts animate in
    const clipped = await page.evaluate(() => {
      const out: string[] = [];
      for (const region of document.querySelectorAll<HTMLElement>('section[aria-label]')) {
        const name = region.getAttribute('aria-label') ?? '';
        // Nothing wider than its card (cards hide what overflows them).
        for (const el of [region, ...region.querySelectorAll<HTMLElement>('*')]) {
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
            out.push(`${name}: ${el.tagName.toLowerCase()}.${el.className} overflows`);
        }
        // Every axis label inside its chart (an SVG clips what falls outside it).
        for (const svg of region.querySelectorAll('svg')) {
          const box = svg.getBoundingClientRect();
          for (const text of svg.querySelectorAll('.MuiChartsAxis-tickLabel')) {
            const r = text.getBoundingClientRect();
            if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
              out.push(`${name}: tick "${text.textContent}" outside its chart`);
          }
        }
      }
      return out;
    });
    expect(clipped).toEqual([]);
    await card(page, 'Second-review agreement').scrollIntoViewIfNeeded();
    await screenshot(page, 'supervisor-dashboard-en-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('reassigns orders in bulk and finds the move in the audit log', async () => {
    await page.getByRole('menuitem', { name: '工作量' }).click();
    const workload = page.getByRole('table', { name: '审核员工作量' });
    await workload.getByRole('row', { name: /陈思远/ }).waitFor();
    const heldBefore = Number(
      await workload
        .getByRole('row', { name: /陈思远/ })
        .locator('td')
        .nth(1)
        .innerText(),
    );
    const rows = page.locator('table tbody tr').filter({ hasText: /^BA\d{10}/ });
    await rows.first().waitFor();
    const picked = page
      .locator('table tbody tr')
      .filter({ hasNotText: '陈思远' })
      .filter({ has: page.locator('input[type=checkbox]') });
    const ids: string[] = [];
    for (const index of [0, 1]) {
      const row = picked.nth(index);
      ids.push((await row.locator('td').nth(1).innerText()).trim());
      await row.locator('input[type=checkbox]').check();
    }
    await page.getByRole('button', { name: '转派' }).click();
    await page.getByRole('combobox', { name: '新的处理人' }).click();
    await page.getByRole('option', { name: /陈思远/ }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByText('转派成功 2 单').waitFor();
    await expect
      .poll(async () =>
        Number(
          await workload
            .getByRole('row', { name: /陈思远/ })
            .locator('td')
            .nth(1)
            .innerText(),
        ),
      )
      .toBe(heldBefore + 2);
    await screenshot(page, 'supervisor-workload');

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('combobox', { name: '操作', exact: true }).click();
    await page.getByRole('option', { name: '转派' }).click();
    const log = page.locator('table tbody tr');
    await expect.poll(async () => log.count()).toBe(2);
    const shown = await log.locator('a').allInnerTexts();
    expect(shown.sort()).toEqual([...ids].sort());
    expect(await log.first().innerText()).toContain('刘海涛');
    await screenshot(page, 'supervisor-audit-log');
  });

  it('a reviewer gives a blind second verdict; the supervisor sees the disagreement', async () => {
    const login = await fetch(`${apiBase}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'supervisor1', password: 'demo1234' }),
    });
    const { token } = (await login.json()) as { token: string };
    const filter = encodeURIComponent(JSON.stringify({ status: 'pending' }));
    const pending = (await (
      await fetch(`${apiBase}/qa_reviews?filter=${filter}&range=[0,0]`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json()) as { orderId: string; reviewerId: string; firstVerdict: string }[];
    const review = pending[0];
    if (!review) throw new Error('seed 1 has no pending second review');

    await page.evaluate(() => localStorage.clear());
    await signIn(page, review.reviewerId.replace('u-', ''));
    await page.getByRole('menuitem', { name: '抽检复核' }).click();
    await page.getByText('复核为盲审').waitFor();
    const row = page.locator('table tbody tr').filter({ hasText: review.orderId });
    await row.waitFor();
    // Blind: no first verdict before the second one is given, nor columns that would stay empty.
    const headers = async () =>
      (await page.locator('table thead th').allInnerTexts()).map((h) => h.trim());
    expect(await headers()).toEqual(['订单号', '初审时间', '我的复核']);
    expect(await row.locator('td').count()).toBe(3);
    await screenshot(page, 'qa-reviewer-blind');
    const opposite = review.firstVerdict === 'approve' ? 'reject' : 'approve';
    await row.getByLabel('复核意见（可选）').fill('照片与证件不符');
    await row
      .getByRole('button', { name: opposite === 'approve' ? '复核：通过' : '复核：驳回' })
      .click();
    await page.getByText('复核结论已提交').waitFor();
    // Given: the reviewed view shows both verdicts, and nothing left to give.
    await page.getByRole('combobox', { name: '复核状态' }).click();
    await page.getByRole('option', { name: '已复核' }).click();
    const given = page.locator('table tbody tr').filter({ hasText: review.orderId });
    await given.getByText('照片与证件不符').waitFor();
    expect(await headers()).toEqual([
      '订单号',
      '初审时间',
      '初审结论',
      '复核结论',
      '复核意见',
      '是否一致',
    ]);

    await page.evaluate(() => localStorage.clear());
    await signIn(page, 'supervisor1');
    await page.getByRole('menuitem', { name: '抽检复核' }).click();
    const disagreement = page.locator('table tbody tr').filter({ hasText: review.orderId });
    await disagreement.waitFor();
    expect(await disagreement.innerText()).toContain('照片与证件不符');
    await disagreement.getByText('不一致').waitFor();
    await screenshot(page, 'qa-supervisor-disagreements');
  });
});
