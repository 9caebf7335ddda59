import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './support/browser';
import { devBase, E2E_DEV_PORT } from './support/ports';
import { startProcess, type Started } from './support/processes';

/**
 * The README's first command: the dev server with the embedded demo backend (MSW in a service
 * worker), no API server. The demo keeps its data across a reload.
 */

let dev: Started;
let browser: Browser;

beforeAll(async () => {
  dev = await startProcess(
    'npx',
    ['vite', '--host', '127.0.0.1', '--port', String(E2E_DEV_PORT), '--strictPort'],
    { name: 'dev server', ready: /Local:/, env: { VITE_API_URL: '' } },
  );
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

describe('the demo (npm start)', () => {
  it('signs in with a demo account, claims an order and keeps it across a reload', async () => {
    const { page } = browser;
    await page.goto(`${devBase}/`);
    await page.getByRole('button', { name: /填入 reviewer1/ }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '领取下一单' }).click();
    await page.waitForURL(/\/orders\/BA\d+\/show/);
    const orderUrl = page.url();
    await page.getByRole('button', { name: '释放' }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: '释放' }).waitFor({ timeout: 60_000 });
    expect(page.url()).toBe(orderUrl);
    await screenshot(page, 'demo-order');
  });
});
