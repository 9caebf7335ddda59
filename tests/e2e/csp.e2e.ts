import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './support/browser';
import { devBase, E2E_DEV_PORT, E2E_WEB_PORT } from './support/ports';
import { run, startProcess, type Started } from './support/processes';

/**
 * The Content-Security-Policy of the built console, on the demo build (`npm run build:demo`): its
 * embedded backend runs in a service worker, which the policy must still allow, while inline script
 * must not run. (Every other browser test runs the production build and fails on any violation.)
 */

const DEMO_DIST = `tests/e2e/artifacts/dist-demo-${E2E_WEB_PORT}`;
let preview: Started;
let browser: Browser;

beforeAll(async () => {
  await run(
    'npx',
    [
      'vite',
      'build',
      '--mode',
      'demo',
      '--outDir',
      DEMO_DIST,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      NODE_ENV: 'production',
    },
  );
  preview = await startProcess(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      DEMO_DIST,
      '--host',
      '127.0.0.1',
      '--port',
      String(E2E_DEV_PORT),
      '--strictPort',
    ],
    { name: 'demo preview', ready: /Local:|127\.0\.0\.1/ },
  );
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe('the Content-Security-Policy', () => {
  it('lets the demo build and its service worker run, and blocks inline script', async () => {
    const { page } = browser;
    await page.goto(`${devBase}/`);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);

    await page.getByRole('button', { name: /填入 reviewer1/ }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '领取下一单' }).click();
    await page.waitForURL(/\/orders\/BA\d+\/show/);
    await page.getByRole('button', { name: '释放' }).waitFor();
    await screenshot(page, 'csp-demo-order');
    expect(browser.cspViolations).toEqual([]);

    // Markup that slipped through somewhere could not run script.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => browser.cspViolations.length).toBeGreaterThan(0);
    expect(browser.cspViolations.join('\n')).toMatch(/script-src/);
  });
});
