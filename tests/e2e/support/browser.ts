import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { apiBase, webBase } from './ports';

export const ARTIFACTS = 'tests/e2e/artifacts';

/** Debian's Chromium as root in a closed network: the flags this machine needs (DEVELOPERS.md). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations seen so far (the built console must cause none). */
  cspViolations: string[];
  close(): Promise<void>;
}

/**
 * Collects CSP violations of every page of a context: the `securitypolicyviolation` event (reported
 * through a binding, so it survives navigations) and Chromium's console report of the same.
 */
async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
        .__reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const watchPage = (page: Page) =>
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        violations.push(message.text());
      }
    });
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

/** A fresh Chromium profile per call: no state leaks from one test to the next. */
export async function openBrowser(
  options: { locale?: string; timezoneId?: string } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'beian-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 },
    locale: options.locale ?? 'zh-CN',
    // A zone far from China: the console must still show China Standard Time.
    timezoneId: options.timezoneId ?? 'America/Los_Angeles',
  });
  const cspViolations: string[] = [];
  await watchCsp(context, cspViolations);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    cspViolations,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** A demo user's bearer token from the mock API. */
export async function apiToken(username: string): Promise<string> {
  const login = await fetch(`${apiBase}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  return ((await login.json()) as { token: string }).token;
}

/** Calls the mock API directly (to reset data or move its clock), as a signed-in demo user. */
export async function mockApi(
  path: string,
  body: unknown,
  username = 'supervisor1',
): Promise<Response> {
  const token = await apiToken(username);
  return fetch(`${apiBase}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

/** The mock's frozen clock in browser tests: a Friday morning; also the seed's anchor. */
export const MOCK_NOW = '2026-11-27T10:00:00+08:00';

/** A known state for every test: seed 1 at a fixed Friday morning, clock frozen. */
export async function resetMock(): Promise<void> {
  await mockApi('/_dev/clock', { now: MOCK_NOW, frozen: true });
  const reset = await mockApi('/_dev/reset', { seed: 1 });
  if (!reset.ok) throw new Error(`reset failed: ${reset.status}`);
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${webBase}/`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill('demo1234');
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
}

/**
 * One browser for a test file, and before each test a known mock state and a signed-out page.
 * `onOpen` receives the browser once it is open (files keep `page` in a variable of their own).
 */
export function browserPerFile(onOpen: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
    onOpen(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Every browser test runs the production build under its Content-Security-Policy: none may break it.
  afterEach(() => {
    const violations = browser?.cspViolations.splice(0) ?? [];
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });
  beforeEach(async () => {
    await resetMock();
    if (!browser) return;
    await browser.page.goto(`${webBase}/`);
    await browser.page.evaluate(() => localStorage.clear());
  });
}
