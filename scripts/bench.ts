import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { run, startProcess, type Started } from '../tests/e2e/support/processes';
import { waitUntilIdle } from './bench/idle';
import { measureApiHandler } from './bench/apiTiming';
import { measureRun, type RunFigures } from './bench/browserTiming';
import { lighthouseQueue, type LighthouseFigures } from './bench/lighthouse';
import { formatSummary, summarize } from './bench/stats';

/**
 * `npm run bench`: builds the console, serves it against the HTTP mock seeded with 100,000 orders
 * (no artificial latency), drives it in a cold headless Chromium per run and prints medians of at
 * least 7 runs after a warm-up, with min and max. Writes the same figures as JSON under
 * bench/results/. Fails only when it cannot measure, never on a slow figure.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
/**
 * BENCH_CPU_SLOWDOWN=4: the browser runs throttle each page's main thread 4 times (Chromium's
 * DevTools throttling), to see the margin a slower machine would leave. Lighthouse keeps its own
 * desktop settings. Such a run writes `latest-cpu4x.json`, not `latest.json`.
 */
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);
const API_PORT = Number(process.env.BENCH_API_PORT ?? 18981);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 18982);
const apiBase = `http://127.0.0.1:${API_PORT}/api`;
const webBase = `http://127.0.0.1:${WEB_PORT}`;
const DIST = `bench/dist-${WEB_PORT}`;

async function login(): Promise<{ token: string; user: unknown }> {
  const response = await fetch(`${apiBase}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'reviewer1', password: 'demo1234' }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return (await response.json()) as { token: string; user: unknown };
}

async function main() {
  console.info(`Building the console (${DIST}) …`);
  await run('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_API_URL: apiBase,
    NODE_ENV: 'production',
  });
  const started: Started[] = [];
  try {
    console.info(`Starting the HTTP mock with ${ORDERS.toLocaleString('en')} orders …`);
    started.push(
      await startProcess('node', ['--import', 'tsx', 'mocks/server.ts'], {
        name: 'mock API',
        env: { PORT: String(API_PORT), ORDERS: String(ORDERS), SEED: '1' },
        ready: /listening on/,
        timeoutMs: 180_000,
      }),
    );
    started.push(
      await startProcess(
        'node',
        ['--import', 'tsx', 'scripts/bench/staticServer.ts', DIST, String(WEB_PORT)],
        { name: 'web server', ready: /serving/ },
      ),
    );
    const auth = await login();
    // The server computes failing-check flags in the background after seeding; one query that
    // needs them all finishes that work now, before anything is timed.
    const flags = await fetch(
      `${apiBase}/orders?filter=${encodeURIComponent('{"hasFailingChecks":true}')}&range=[0,0]`,
      { headers: { Authorization: `Bearer ${auth.token}` } },
    );
    if (!flags.ok) throw new Error(`failing-checks warm-up answered ${flags.status}`);
    const mockPid = started[0]?.child.pid;
    if (mockPid !== undefined) {
      const waited = await waitUntilIdle(mockPid);
      console.info(`The mock finished its background indexing (${(waited / 1000).toFixed(1)} s).`);
    }
    console.info('Warm-up run …');
    await measureRun(webBase, auth, CPU_SLOWDOWN);
    const runs: RunFigures[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      runs.push(await measureRun(webBase, auth, CPU_SLOWDOWN));
      console.info(`  run ${i + 1}/${RUNS} done`);
    }
    console.info(`Lighthouse (desktop), ${LIGHTHOUSE_RUNS} runs …`);
    const lighthouse: LighthouseFigures[] = [];
    let lighthouseError: string | null = null;
    try {
      for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
        lighthouse.push(await lighthouseQueue(`${webBase}/#/orders`, auth));
      }
    } catch (error) {
      lighthouseError = error instanceof Error ? error.message : String(error);
      console.error(`Lighthouse could not measure: ${lighthouseError}`);
    }
    console.info('Measuring the mock API in-process …');
    const api = await measureApiHandler(ORDERS, RUNS);

    const pick = (key: keyof RunFigures) =>
      runs.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
    const figures = {
      date: new Date().toISOString(),
      orders: ORDERS,
      runs: RUNS,
      cpuSlowdown: CPU_SLOWDOWN,
      signInJsGzipKiB: summarize(pick('signInJsGzipBytes').map((b) => b / 1024)),
      queueJsGzipKiB: summarize(pick('queueJsGzipBytes').map((b) => b / 1024)),
      queueIdleJsGzipKiB: summarize(pick('queueIdleJsGzipBytes').map((b) => b / 1024)),
      signInShownMs: summarize(pick('signInShownMs')),
      queueFirstRowMs: summarize(pick('queueRowMs')),
      filterToListMs: summarize(pick('filterMs')),
      openOrderToImageMs: summarize(pick('openOrderImageMs')),
      nextMaterialMs: summarize(pick('nextMaterialMs')),
      heapMiB: summarize(pick('heapBytes').map((b) => b / 1024 / 1024)),
      apiPageMs: api.page,
      apiSearchMs: api.search,
      apiFailingChecksMs: api.failingChecks,
      apiResetMs: api.resetMs,
      lighthouseScore: summarize(lighthouse.map((l) => l.score)),
      lighthouse,
      lighthouseError,
      machine: { cpus: cpus().length, loadAverage1m: loadavg()[0] },
    };
    const lines: [string, string, string][] = [
      ['JS on first load, sign-in (gzip)', formatSummary(figures.signInJsGzipKiB, 'KiB'), '—'],
      ['JS on first load, queue (gzip)', formatSummary(figures.queueJsGzipKiB, 'KiB'), '≤ 300 KiB'],
      ['JS once idle, prefetched pages too', formatSummary(figures.queueIdleJsGzipKiB, 'KiB'), '—'],
      ['Signed-out visit → sign-in form', formatSummary(figures.signInShownMs, 'ms'), '≤ 1000 ms'],
      ['Navigation → first queue row', formatSummary(figures.queueFirstRowMs, 'ms'), '≤ 1500 ms'],
      ['Filter change → updated list', formatSummary(figures.filterToListMs, 'ms'), '≤ 150 ms'],
      ['Order opened → first image', formatSummary(figures.openOrderToImageMs, 'ms'), '≤ 400 ms'],
      ['Next material → next image', formatSummary(figures.nextMaterialMs, 'ms'), '≤ 100 ms'],
      ['JS heap after the queue', formatSummary(figures.heapMiB, 'MiB', 1), '—'],
      [`API page at ${ORDERS} orders`, formatSummary(figures.apiPageMs, 'ms', 2), '≤ 10 ms'],
      [`API search at ${ORDERS} orders`, formatSummary(figures.apiSearchMs, 'ms', 2), '—'],
      [
        `API failing-checks page at ${ORDERS}`,
        formatSummary(figures.apiFailingChecksMs, 'ms', 2),
        '—',
      ],
      [`API reset to ${ORDERS} orders`, `${figures.apiResetMs.toFixed(0)} ms`, '—'],
      [
        'Lighthouse desktop performance, queue',
        lighthouseError
          ? `not measured: ${lighthouseError}`
          : formatSummary(figures.lighthouseScore, ''),
        '≥ 90',
      ],
    ];
    console.info(
      `\nBenchmark, ${ORDERS.toLocaleString('en')} orders, medians of ${RUNS} cold runs ` +
        `(${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the end` +
        `${CPU_SLOWDOWN > 1 ? `, pages' main thread slowed down ${CPU_SLOWDOWN}×` : ''}):`,
    );
    for (const [name, value, target] of lines) {
      console.info(`  ${name.padEnd(36)} ${value.padEnd(44)} target ${target}`);
    }
    mkdirSync('bench/results', { recursive: true });
    const file = join('bench/results', `bench-${figures.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
    const latest = CPU_SLOWDOWN > 1 ? `latest-cpu${CPU_SLOWDOWN}x.json` : 'latest.json';
    writeFileSync(join('bench/results', latest), `${JSON.stringify(figures, null, 2)}\n`);
    console.info(`\nWritten to ${file}`);
    if (lighthouseError) process.exitCode = 1;
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
