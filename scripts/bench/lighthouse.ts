import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/browser';

export interface LighthouseFigures {
  score: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  speedIndexMs: number;
}

/**
 * Lighthouse 12 (desktop preset, performance only) on the signed-in queue, in a cold Chromium
 * launched through puppeteer-core (Lighthouse's own driver). The session is put in localStorage
 * before any script of the page runs, and storage is not reset, so the audit sees the queue rather
 * than the sign-in form.
 */
export async function lighthouseQueue(
  url: string,
  auth: { token: string; user: unknown },
): Promise<LighthouseFigures> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
    defaultViewport: null,
  });
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument((value: string) => {
      try {
        localStorage.setItem('beian.auth', value);
      } catch {
        // about:blank has no storage; the app's own origin does.
      }
    }, JSON.stringify(auth));
    const result = await lighthouse(
      url,
      { logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true },
      desktopConfig,
      page,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    // The audit must have seen the queue, not the sign-in form it redirects to without a session.
    const rows = await page.evaluate(() => document.querySelectorAll('table tbody tr').length);
    if (rows === 0) throw new Error('Lighthouse audited a page without queue rows');
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const score = lhr.categories.performance?.score;
    if (typeof score !== 'number') throw new Error('Lighthouse gave no performance score');
    return {
      score: Math.round(score * 100),
      firstContentfulPaintMs: numeric('first-contentful-paint'),
      largestContentfulPaintMs: numeric('largest-contentful-paint'),
      totalBlockingTimeMs: numeric('total-blocking-time'),
      cumulativeLayoutShift: numeric('cumulative-layout-shift'),
      speedIndexMs: numeric('speed-index'),
    };
  } finally {
    await browser.close();
  }
}
