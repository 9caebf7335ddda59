import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  type Request,
} from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/browser';

export interface RunFigures {
  signInShownMs: number;
  signInJsGzipBytes: number;
  queueRowMs: number;
  queueJsGzipBytes: number;
  /** Everything fetched once the browser idles after the queue (the prefetched pages too). */
  queueIdleJsGzipBytes: number;
  heapBytes: number;
  filterMs: number;
  openOrderImageMs: number | null;
  nextMaterialMs: number | null;
}

interface Session {
  context: BrowserContext;
  page: Page;
  /**
   * Gzipped bytes of the scripts requested so far: all of them, or the first load (those whose
   * request started, by the page's own resource timings, before the element `watch` named was in
   * the page; chunks fetched after that, as the page finishes or idles, are not).
   */
  jsGzip: (scope?: 'first-load' | 'all') => Promise<number>;
  /**
   * Records, in the page, when an element matching `selector` is first in the document and when
   * the frame that shows it has been painted (the task after the next animation frame).
   */
  watch: (selector: string) => Promise<void>;
  /**
   * Milliseconds from `since` (this process's `Date.now()`, taken just before the navigation) to
   * the paint of the watched element, read from the page's own clock: its time origin plus the
   * in-page time. Playwright's `waitFor` polls at 0, 20, 50, 100, 100 and then every 500 ms, so
   * the moment it returns says more about its poll than about the page. Nor does the bench wait by
   * polling the page while it loads: each poll runs Playwright's injected script on the page's main
   * thread (its first use compiles it: tens of milliseconds taken from the page being timed). The
   * page says when it has painted through a console message; the bench reads the times after that.
   */
  shownSince: (since: number) => Promise<number>;
  close(): Promise<void>;
}

/** What the page logs once the watched element has been painted. */
const PAINTED = 'beian-bench: painted';

const withTimeout = <T>(promise: Promise<T>, ms: number, message: string) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/**
 * A cold browser: a fresh profile, nothing cached. Counts the gzipped size of every script loaded,
 * telling those requested before the awaited UI was in the page (the first load) from later ones
 * (chunks fetched as the page completes, or prefetched while idle).
 */
async function coldBrowser(cpuSlowdown: number): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'beian-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  if (cpuSlowdown > 1) {
    // Chromium's own throttling of the page's main thread (as DevTools' "CPU: 4× slowdown"):
    // a slower machine for the page's scripts, style and layout; not for its workers, nor for
    // compiling scripts off the main thread.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  // Bodies are fetched and compressed only when asked for, after the timed steps: compressing
  // them as they arrive took CPU from the page being timed (2 cores).
  const scripts: { url: string; request: Request }[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push({ url: request.url(), request });
  });
  let painted: Promise<void> | null = null;
  const gzipSize = (request: Request) =>
    request
      .response()
      .then((response) => response?.body())
      .then((body) => (body ? gzipSync(body, { level: 9 }).length : 0))
      .catch(() => 0);
  return {
    context,
    page,
    watch: async (selector) => {
      await page.addInitScript(
        ({ watched, signal }) => {
          const w = window as unknown as { __benchShownAt?: number; __benchPaintedAt?: number };
          const observer = new MutationObserver(() => {
            if (w.__benchShownAt === undefined && document.querySelector(watched)) {
              w.__benchShownAt = performance.now();
              observer.disconnect();
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => {
                  w.__benchPaintedAt = performance.now();
                  // Tells the bench without it polling the page (see `shownSince`).
                  console.info(signal);
                };
                channel.port2.postMessage(null);
              });
            }
          });
          observer.observe(document, { childList: true, subtree: true });
        },
        { watched: selector, signal: PAINTED },
      );
      painted = new Promise<void>((resolve) => {
        const onConsole = (message: ConsoleMessage) => {
          if (message.text() !== PAINTED) return;
          page.off('console', onConsole);
          resolve();
        };
        page.on('console', onConsole);
      });
    },
    shownSince: async (since) => {
      if (!painted) throw new Error('watch() was not called');
      await withTimeout(painted, 30_000, 'the watched element was not painted');
      const { origin, paintedAt } = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        paintedAt: (window as unknown as { __benchPaintedAt: number }).__benchPaintedAt,
      }));
      return origin + paintedAt - since;
    },
    jsGzip: async (scope = 'all') => {
      let counted = scripts;
      if (scope === 'first-load') {
        const { shownAt, starts } = await page.evaluate(() => ({
          shownAt: (window as unknown as { __benchShownAt?: number }).__benchShownAt ?? null,
          starts: performance
            .getEntriesByType('resource')
            .map((entry) => [entry.name, entry.startTime] as const),
        }));
        if (shownAt === null) throw new Error('the watched element never showed');
        const early = new Set(starts.filter(([, at]) => at <= shownAt).map(([url]) => url));
        counted = scripts.filter((script) => early.has(script.url));
      }
      const sizes = await Promise.all(counted.map((script) => gzipSize(script.request)));
      return sizes.reduce((sum, n) => sum + n, 0);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves with the in-page time from `window.__benchStart` until `condition` holds, checked on
 * every frame. Passed as source text: tsx would wrap named functions in helpers the page lacks.
 */
const untilInPage = (page: Page, condition: string) =>
  page.evaluate<number>(`new Promise((resolve, reject) => {
    const deadline = performance.now() + 30000;
    const tick = () => {
      if (${condition}) resolve(performance.now() - window.__benchStart);
      else if (performance.now() > deadline) reject(new Error('timed out waiting in the page'));
      else requestAnimationFrame(tick);
    };
    tick();
  })`);

async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

export async function measureRun(
  webBase: string,
  auth: { token: string; user: unknown },
  /** 1: the machine as it is; n > 1: every page's main thread n times slower. */
  cpuSlowdown = 1,
): Promise<RunFigures> {
  // 1. Signed-out first visit: navigation to the sign-in form.
  const signedOut = await coldBrowser(cpuSlowdown);
  await signedOut.watch('button[type="submit"]');
  const t0 = Date.now();
  await signedOut.page.goto(`${webBase}/`, { waitUntil: 'commit' });
  const signInShownMs = await signedOut.shownSince(t0);
  await signedOut.page.getByRole('button', { name: '登录' }).waitFor();
  await settle(signedOut.page);
  const signInJsGzipBytes = await signedOut.jsGzip('first-load');
  await signedOut.close();

  // 2. Signed in: navigation to the first queue row.
  const session = await coldBrowser(cpuSlowdown);
  const { page } = session;
  await session.watch('table tbody tr');
  await page.addInitScript(
    (value) => localStorage.setItem('beian.auth', value),
    JSON.stringify(auth),
  );
  const t1 = Date.now();
  await page.goto(`${webBase}/#/orders`, { waitUntil: 'commit' });
  const queueRowMs = await session.shownSince(t1);
  await page.locator('table tbody tr').first().waitFor();
  await settle(page);
  const queueJsGzipBytes = await session.jsGzip('first-load');
  const queueIdleJsGzipBytes = await session.jsGzip('all');
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  // 3. Filter change to the updated list (in-page clock, from the choice to the new rows). The
  //    province filter is the browser's select: picking from its list sets the value and fires
  //    `input` and `change`, as here.
  await page.getByRole('combobox', { name: '省份' }).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __benchStart: number; __benchBefore: string };
    w.__benchBefore = document.querySelector('table tbody')?.textContent ?? '';
    const select = document.querySelector<HTMLSelectElement>('select[name="province"]')!;
    const option = [...select.options].find((o) => o.textContent === '广东')!;
    w.__benchStart = performance.now();
    select.value = option.value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const filterMs = await untilInPage(
    page,
    `(() => { const b = document.querySelector('table tbody'); const rows = b ? [...b.querySelectorAll('tr')] : []; return rows.length > 0 && b.textContent !== window.__benchBefore && rows.every((r) => r.textContent.includes('广东')); })()`,
  );

  // 4. Opening an order to its first material image shown.
  await page.evaluate(() => {
    (window as unknown as { __benchStart: number }).__benchStart = performance.now();
    (document.querySelector('table tbody tr td') as HTMLElement).click();
  });
  let openOrderImageMs: number | null;
  try {
    openOrderImageMs = await untilInPage(
      page,
      `[...document.querySelectorAll('img[src^="blob:"]')].some((i) => i.complete && i.naturalWidth > 0)`,
    );
  } catch {
    openOrderImageMs = null;
  }

  // 5. "Next material" in the viewer: the ArrowRight key to the next material's image shown.
  let nextMaterialMs: number | null = null;
  const viewerEntry = page.getByRole('button', { name: /^查看大图：/ }).first();
  if (await viewerEntry.count()) {
    await viewerEntry.click();
    const stage = '[role="dialog"] img[data-material-id]';
    await page.waitForFunction(
      (selector) => {
        const img = document.querySelector<HTMLImageElement>(selector);
        return !!img && img.complete && img.naturalWidth > 0;
      },
      stage,
      { timeout: 30_000 },
    );
    await page.evaluate((selector) => {
      const w = window as unknown as { __benchStart: number; __benchBefore: string };
      w.__benchBefore = document.querySelector(selector)?.getAttribute('data-material-id') ?? '';
      w.__benchStart = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    }, stage);
    try {
      nextMaterialMs = await untilInPage(
        page,
        `(() => { const i = document.querySelector('${stage}'); return !!i && i.dataset.materialId !== window.__benchBefore && i.complete && i.naturalWidth > 0; })()`,
      );
    } catch {
      nextMaterialMs = null;
    }
  }
  await session.close();
  return {
    signInShownMs,
    signInJsGzipBytes,
    queueRowMs,
    queueJsGzipBytes,
    queueIdleJsGzipBytes,
    heapBytes: heap.usedSize,
    filterMs,
    openOrderImageMs,
    nextMaterialMs,
  };
}
