import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { clock } from '../../mocks/clock';
import { db } from '../../mocks/db';
import { server } from '../../mocks/node';
import { TEST_NOW, TEST_SEED } from './client';

/**
 * Every API test starts from the same data at the same frozen instant: Friday 2026-11-27 10:00
 * CST, seed 20261127, 300 orders. Unhandled requests fail the test.
 */

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

beforeEach(() => {
  clock.restore({ offsetMs: 0, frozenAt: Date.parse(TEST_NOW) });
  db.sessions.clear();
  db.reset({ seed: TEST_SEED, orders: 300 });
});

afterEach(() => server.resetHandlers());

afterAll(() => server.close());
