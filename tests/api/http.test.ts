import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { server as mswServer } from '../../mocks/node';

/**
 * The same API over real HTTP (`npm run api`): a child process on a free port, reached with the
 * real fetch (MSW's interception is paused for this file).
 */

let child: ChildProcess;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function startApi(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
      env: { ...process.env, PORT: String(port), ORDERS: '60', SEED: '7' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      process_.kill('SIGTERM');
      reject(new Error(`the API did not start:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`mock API listening on http://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve(process_);
      }
    };
    process_.stdout.on('data', onData);
    process_.stderr.on('data', onData);
    process_.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code}:\n${output}`));
    });
  });
}

beforeAll(async () => {
  mswServer.close();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = await startApi(port);
}, 40_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  mswServer.listen({ onUnhandledRequest: 'error' });
});

async function login(): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:5317' },
    body: JSON.stringify({ username: 'reviewer1', password: 'demo1234' }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:5317');
  return ((await response.json()) as { token: string }).token;
}

describe('the mock API over HTTP', () => {
  test('login, a list with Content-Range exposed to the browser, a claim', async () => {
    const token = await login();
    const headers = { Authorization: `Bearer ${token}`, Origin: 'http://127.0.0.1:5317' };
    const filter = encodeURIComponent(JSON.stringify({ status: 'pending_review' }));
    const list = await fetch(`${base}/api/orders?range=%5B0%2C4%5D&filter=${filter}`, { headers });
    expect(list.status).toBe(200);
    expect(list.headers.get('Content-Range')).toMatch(/^orders 0-4\/\d+$/);
    expect(list.headers.get('Access-Control-Expose-Headers')).toContain('Content-Range');
    expect(list.headers.get('Access-Control-Expose-Headers')).toContain('X-Server-Time');
    expect(list.headers.get('X-Server-Time')).toMatch(/\+08:00$/);
    const [order] = (await list.json()) as { id: string; version: number }[];
    const claim = await fetch(`${base}/api/orders/${order!.id}/claim`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': 'http-1' },
      body: JSON.stringify({ version: order!.version }),
    });
    expect(claim.status).toBe(200);
    expect(await claim.json()).toMatchObject({
      id: order!.id,
      status: 'in_review',
      assigneeId: 'u-reviewer1',
    });
  });

  test('a CORS preflight for a list allows the Range header react-admin sends', async () => {
    const response = await fetch(`${base}/api/orders`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5317',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,range',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('Range');
  });

  test('a CORS preflight is answered', async () => {
    const response = await fetch(`${base}/api/orders/BA1/claim`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5317',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:5317');
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    for (const header of ['Authorization', 'Content-Type', 'Idempotency-Key']) {
      expect(response.headers.get('Access-Control-Allow-Headers')).toContain(header);
    }
  });

  test('401 without a token, 405 for a write, 404 for an unknown route', async () => {
    const anonymous = await fetch(`${base}/api/orders`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const token = await login();
    const auth = { Authorization: `Bearer ${token}` };
    const put = await fetch(`${base}/api/orders/BA1`, {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(put.status).toBe(405);
    expect(put.headers.get('Allow')).toBe('GET');
    const unknown = await fetch(`${base}/api/unknown`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const outside = await fetch(`${base}/index.html`);
    expect(outside.status).toBe(404);
    expect(outside.headers.get('Content-Type')).toContain('application/json');
  });

  test('bodies over 1 MiB are refused with 413', async () => {
    const token = await login();
    const response = await fetch(`${base}/api/orders/claim-next`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(1_100_000) }),
    });
    expect(response.status).toBe(413);
  });
});
