import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signIn, browserPerFile } from './support/browser';
import { webBase } from './support/ports';

/**
 * The walking skeleton as people use it: sign in for each role, work the queue, claim next, read an
 * order, release it, switch language, sign out. Runs the production build against `npm run api`.
 */

let page: Page;

const queueRows = (p: Page) => p.locator('table tbody tr');

async function firstCellTexts(p: Page): Promise<string[]> {
  await queueRows(p).first().waitFor();
  return queueRows(p).locator('td:first-child').allInnerTexts();
}

/** How far the queue's table scrolls sideways in its box (0: every column is in view). */
const sideways = (p: Page) =>
  p
    .locator('table')
    .evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth);

browserPerFile((opened) => (page = opened.page));

describe('sign-in', () => {
  it('shows the sign-in form to a signed-out visitor, in Chinese', async () => {
    await page.goto(`${webBase}/`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await screenshot(page, 'login');
  });

  it('refuses a wrong password in the user’s language and keeps the username', async () => {
    await page.goto(`${webBase}/`);
    await page.getByLabel('用户名').fill('reviewer1');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').waitFor();
    expect(await page.getByLabel('用户名').inputValue()).toBe('reviewer1');
  });

  it.each([
    ['reviewer1', '审核员', true],
    ['supervisor1', '审核主管', true],
    ['support1', '客服', false],
  ])('signs in %s (%s) to the queue', async (username, roleLabel, canClaim) => {
    await signIn(page, username);
    await queueRows(page).first().waitFor();
    // The filter bar and its actions arrive just after the rows, in place of their skeleton.
    await page.locator('[data-queue-skeleton]').first().waitFor({ state: 'detached' });
    await page.getByText(roleLabel, { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: '领取下一单' }).count()).toBe(canClaim ? 1 : 0);
  });
});

describe('the queue', () => {
  it('switches views, filters by province and searches', async () => {
    await signIn(page, 'reviewer1');
    const views = page.getByRole('tablist', { name: '队列视图' });
    await views.getByRole('tab', { name: '全部' }).click();
    await page.waitForURL(/filter/);
    const all = await firstCellTexts(page);
    expect(all.length).toBe(25);
    await screenshot(page, 'queue');
    // Every column fits the 1440-pixel window beside the open menu: nothing to scroll sideways.
    expect(await sideways(page)).toBe(0);

    await views.getByRole('tab', { name: '未领取' }).click();
    await expect
      .poll(async () => (await queueRows(page).locator('text=审核中').count()) === 0)
      .toBe(true);
    expect(await queueRows(page).locator('text=待审核').count()).toBeGreaterThan(0);

    // Also with the longest deadlines, the due-soon ones spelled out in words.
    await page.getByRole('combobox', { name: '时限状态' }).selectOption({ label: '即将超时' });
    await queueRows(page).locator('text=（即将超时）').first().waitFor();
    expect(await sideways(page)).toBe(0);
    // And in a 1280-pixel window, the menu still open: the subject and the domain give way.
    await page.setViewportSize({ width: 1280, height: 900 });
    const menuEntry = await page.getByRole('menuitem', { name: '审核队列' }).boundingBox();
    expect(menuEntry?.width).toBeGreaterThan(120); // the menu is open, its entries spelled out
    await expect.poll(() => sideways(page)).toBe(0);
    await screenshot(page, 'queue-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('combobox', { name: '时限状态' }).selectOption({ label: '全部' });

    await page.getByRole('combobox', { name: '省份' }).selectOption({ label: '广东' });
    await expect
      .poll(async () => {
        const provinces = await queueRows(page).locator('td').allInnerTexts();
        return provinces.includes('广东') && !provinces.includes('北京');
      })
      .toBe(true);

    await views.getByRole('tab', { name: '全部' }).click();
    const target = (await firstCellTexts(page))[3] ?? '';
    await page.getByRole('textbox', { name: '搜索' }).fill(target);
    await expect.poll(async () => firstCellTexts(page)).toEqual([target]);
  });

  it('claims the most urgent order and opens it, then releases it', async () => {
    await signIn(page, 'reviewer1');
    await page.getByRole('button', { name: '领取下一单' }).click();
    await page.waitForURL(/\/orders\/BA\d+\/show/);
    await page.getByText('审核中').first().waitFor();
    for (const heading of [
      '备案类型核验',
      '主体信息',
      '主体负责人',
      '网站信息',
      '云资源',
      '备案材料',
      '时间线',
    ]) {
      await page.getByRole('heading', { name: heading }).first().waitFor();
    }
    await page.locator('img[src^="blob:"]').first().waitFor();
    await screenshot(page, 'order');

    await page.getByRole('button', { name: '释放' }).click();
    await page.getByText('待审核').first().waitFor();
  });
});

describe('language and sign-out', () => {
  it('switches to English, remembers it after a reload, and signs out', async () => {
    await signIn(page, 'reviewer1');
    await queueRows(page).first().waitFor();
    await page.getByRole('button', { name: '界面语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Claim next' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Claim next' }).waitFor();
    // English labels are longer; every column still fits 1440 pixels beside the open menu, on
    // the view with every status and holder too.
    await queueRows(page).first().waitFor();
    expect(await sideways(page)).toBe(0);
    await page.getByRole('tab', { name: 'All', exact: true }).click();
    await page.waitForURL(/filter/);
    await expect.poll(() => sideways(page)).toBe(0);
    await screenshot(page, 'queue-en');

    await page
      .getByRole('button', { name: /profile|account|用户/i })
      .first()
      .click();
    await page.getByRole('menuitem', { name: /Sign out|Logout/i }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
