import { describe, expect, test } from 'vitest';
import { api, login } from './client';

describe('authentication', () => {
  test('login answers a token and the user; me returns the user', async () => {
    const result = await api<{ token: string; user: Record<string, string> }>(
      'POST',
      '/api/auth/login',
      {
        body: { username: 'reviewer1', password: 'demo1234' },
      },
    );
    expect(result.status).toBe(200);
    expect(result.body.token).toMatch(/^[0-9a-f]{64}$/);
    expect(result.body.user).toEqual({
      id: 'u-reviewer1',
      username: 'reviewer1',
      name: '王晓燕',
      role: 'reviewer',
    });
    const me = await api('GET', '/api/auth/me', { token: result.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(result.body.user);
  });

  test('every demo account signs in with its role', async () => {
    const roles: Record<string, string> = {
      reviewer1: 'reviewer',
      reviewer2: 'reviewer',
      reviewer3: 'reviewer',
      reviewer4: 'reviewer',
      supervisor1: 'supervisor',
      support1: 'support',
    };
    for (const [username, role] of Object.entries(roles)) {
      const me = await api<{ role: string; id: string }>('GET', '/api/auth/me', {
        token: await login(username),
      });
      expect(me.body.role).toBe(role);
      expect(me.body.id).toBe(`u-${username}`);
    }
  });

  test('two logins give two different tokens', async () => {
    expect(await login('reviewer1')).not.toBe(await login('reviewer1'));
  });

  test('wrong credentials are 401 INVALID_CREDENTIALS', async () => {
    for (const body of [
      { username: 'reviewer1', password: 'wrong' },
      { username: 'nobody', password: 'demo1234' },
    ]) {
      const result = await api<{ error: { code: string } }>('POST', '/api/auth/login', { body });
      expect(result.status).toBe(401);
      expect(result.body.error.code).toBe('INVALID_CREDENTIALS');
    }
  });

  test('a malformed login body is refused before credentials are checked', async () => {
    const missing = await api<{
      error: { code: string; details: { fields: Record<string, string> } };
    }>('POST', '/api/auth/login', { body: { username: 'reviewer1' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(missing.body.error.details.fields)).toEqual(['password']);
    const badJson = await api<{ error: { code: string } }>('POST', '/api/auth/login', {
      rawBody: '{"username":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe('BAD_JSON');
  });

  test('no token, a malformed header or an unknown token is 401 UNAUTHENTICATED', async () => {
    const token = await login('reviewer1');
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer' },
      { Authorization: `Basic ${token}` },
      { Authorization: 'Bearer 0000' },
    ];
    for (const headers of attempts) {
      for (const path of ['/api/auth/me', '/api/orders', '/api/users', '/api/nothing-here']) {
        const result = await api<{ error: { code: string; message: string } }>('GET', path, {
          headers,
        });
        expect(result.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(result.body.error.code).toBe('UNAUTHENTICATED');
        expect(result.headers.get('WWW-Authenticate')).toBe('Bearer');
        expect(result.headers.get('X-Server-Time')).toBeTruthy();
      }
    }
  });

  test('logout ends the session on the server', async () => {
    const token = await login('reviewer2');
    const other = await login('reviewer2');
    const out = await api('POST', '/api/auth/logout', { token });
    expect(out.status).toBe(204);
    expect((await api('GET', '/api/auth/me', { token })).status).toBe(401);
    expect((await api('POST', '/api/auth/logout', { token })).status).toBe(401);
    // Other sessions of the same user stay.
    expect((await api('GET', '/api/auth/me', { token: other })).status).toBe(200);
  });

  test('sessions survive a data reset', async () => {
    const token = await login('supervisor1');
    expect((await api('POST', '/api/_dev/reset', { token, body: { orders: 20 } })).status).toBe(
      200,
    );
    expect((await api('GET', '/api/auth/me', { token })).status).toBe(200);
  });
});
