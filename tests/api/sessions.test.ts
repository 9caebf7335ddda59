import { describe, expect, test } from 'vitest';
import { api, login, type ErrorBody } from './client';

/** Sessions expire 12 hours after sign-in on the server's clock (api.md "Authentication"). */

const advance = async (token: string, minutes: number) => {
  const result = await api('POST', '/api/_dev/clock', { token, body: { advanceMinutes: minutes } });
  expect(result.status).toBe(200);
};

describe('sessions', () => {
  test('login answers expiresAt = sign-in + 12 h', async () => {
    const result = await api<{ token: string; expiresAt: string }>('POST', '/api/auth/login', {
      body: { username: 'reviewer1', password: 'demo1234' },
    });
    expect(result.status).toBe(200);
    expect(result.body.expiresAt).toBe('2026-11-27T22:00:00.000+08:00');
  });

  test('valid at 12 h exactly, 401 SESSION_EXPIRED one second later; a new sign-in works', async () => {
    const token = await login('reviewer1');
    const clockToken = await login('supervisor1');
    await advance(clockToken, 720);
    expect((await api('GET', '/api/auth/me', { token })).status).toBe(200);
    // The supervisor's session started at the same instant: move with a fresh one.
    const mover = await login('supervisor1');
    await advance(mover, 1 / 60);
    const expired = await api<ErrorBody>('GET', '/api/auth/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('SESSION_EXPIRED');
    expect(expired.headers.get('WWW-Authenticate')).toContain('Bearer');
    // Every endpoint, actions included, refuses it the same way, before anything else.
    const claim = await api<ErrorBody>('POST', '/api/orders/claim-next', { token });
    expect([claim.status, claim.body.error.code]).toEqual([401, 'SESSION_EXPIRED']);
    const list = await api<ErrorBody>('GET', '/api/nowhere', { token });
    expect([list.status, list.body.error.code]).toEqual([401, 'SESSION_EXPIRED']);
    const fresh = await login('reviewer1');
    expect((await api('GET', '/api/auth/me', { token: fresh })).status).toBe(200);
  });

  test.each([
    ['no header', null],
    ['an unknown token', 'a'.repeat(64)],
    ['a forged token (right shape, flipped digit)', 'forge'],
    ['a malformed header', 'Basic cmV2aWV3ZXIxOmRlbW8xMjM0'],
    ['an empty bearer', 'Bearer '],
  ])('%s is 401 UNAUTHENTICATED', async (_what, value) => {
    const real = await login('reviewer1');
    const headers: Record<string, string> = {};
    if (value === 'forge') {
      const flipped = (real[0] === 'a' ? 'b' : 'a') + real.slice(1);
      headers.Authorization = `Bearer ${flipped}`;
    } else if (value?.startsWith('Basic') || value === 'Bearer ') {
      headers.Authorization = value;
    } else if (value) {
      headers.Authorization = `Bearer ${value}`;
    }
    const result = await api<ErrorBody>('GET', '/api/auth/me', { headers });
    expect(result.status).toBe(401);
    expect(result.body.error.code).toBe('UNAUTHENTICATED');
  });

  test('a signed-out token is UNAUTHENTICATED, also after its expiry time', async () => {
    const token = await login('reviewer1');
    expect((await api('POST', '/api/auth/logout', { token })).status).toBe(204);
    const mover = await login('supervisor1');
    await advance(mover, 800);
    const result = await api<ErrorBody>('GET', '/api/auth/me', { token });
    expect([result.status, result.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
