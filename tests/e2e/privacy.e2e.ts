import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserPerFile, screenshot, signIn } from './support/browser';
import { apiBase } from './support/ports';

/**
 * A reviewer's screen in Chromium: personal fields masked by default, one shown in full for a
 * minute after giving a reason, and a document image carrying the viewer's watermark.
 */

let page: Page;

browserPerFile((opened) => (page = opened.page));
beforeEach(async () => {
  await signIn(page, 'reviewer1');
  await page.locator('table tbody tr').first().waitFor();
});

describe('reviewer', () => {
  it('reveals a masked mobile with a reason and sees the watermark on a document', async () => {
    const row = page.locator('table tbody tr').filter({ hasText: '待审核' }).first();
    const id = (await row.locator('td').first().innerText()).trim();
    await row.locator('td').first().click();
    await page.getByRole('heading', { level: 1, name: id }).waitFor();
    const principal = page.getByRole('region', { name: '主体负责人' });
    const text = await principal.innerText();
    expect(text).toMatch(/1\d{2}\*{4}\d{4}/);
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    await principal.getByRole('button', { name: '显示完整手机号码' }).click();
    const dialog = page.getByRole('dialog', { name: '查看完整手机号码' });
    await dialog.getByRole('button', { name: '电话核实申请人' }).click();
    await screenshot(page, 'reviewer-reveal-dialog');
    await dialog.getByRole('button', { name: '查看' }).click();
    await principal.getByText(/秒后重新遮盖/).waitFor();
    expect(await principal.innerText()).toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    await screenshot(page, 'reviewer-revealed');

    // The image as the server drew it for this viewer.
    const token = await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        const value = localStorage.getItem(key) ?? '';
        const match = /"token":"([0-9a-f]{64})"/.exec(value);
        if (match) return match[1];
      }
      return null;
    });
    expect(token).toBeTruthy();
    const materials = (await (
      await fetch(
        `${apiBase}/materials?filter=${encodeURIComponent(JSON.stringify({ orderId: id }))}`,
        { headers: { Authorization: `Bearer ${token}` } },
      )
    ).json()) as { id: string }[];
    const svg = await (
      await fetch(`${apiBase}/materials/${materials[0]!.id}/file`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).text();
    expect(svg).toContain('reviewer1 · 2026-11-27 10:00:00 CST');
    await page.setContent(
      `<body style="margin:0;background:#fff">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`,
    );
    await screenshot(page, 'material-watermark');
  });
});
