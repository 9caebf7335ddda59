import { existsSync } from 'node:fs';
import { apiBase, E2E_API_PORT, E2E_WEB_PORT } from './ports';
import { run, startProcess, type Started } from './processes';

// One build folder per port set, so that two checkouts' runs on one machine never share a build.
export const E2E_DIST = `tests/e2e/artifacts/dist-${E2E_WEB_PORT}`;

/**
 * Builds the console for production (pointed at the HTTP mock, no embedded backend), then starts the
 * mock API and a static preview server of the build.
 */
export default async function setup() {
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
    throw new Error('Chromium is missing: apt-get install -y chromium (see .ci/run).');
  }
  await run('npx', ['vite', 'build', '--outDir', E2E_DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_API_URL: apiBase,
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    NODE_ENV: 'production',
  });
  const started: Started[] = [];
  try {
    started.push(
      await startProcess('node', ['--import', 'tsx', 'mocks/server.ts'], {
        name: 'mock API',
        env: { PORT: String(E2E_API_PORT) },
        ready: /listening on/,
      }),
    );
    started.push(
      await startProcess(
        'npx',
        [
          'vite',
          'preview',
          '--outDir',
          E2E_DIST,
          '--host',
          '127.0.0.1',
          '--port',
          String(E2E_WEB_PORT),
          '--strictPort',
        ],
        { name: 'preview server', ready: /Local:|127\.0\.0\.1/ },
      ),
    );
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()));
    throw error;
  }
  return async () => {
    await Promise.all(started.map((s) => s.stop()));
  };
}
