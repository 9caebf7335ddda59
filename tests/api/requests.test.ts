import { beforeEach, describe, expect, test } from 'vitest';
import { api, firstOrder, login, stateOf, type ErrorBody } from './client';

let reviewer: string;
let support: string;
beforeEach(async () => {
  reviewer = await login('reviewer1');
  support = await login('support1');
});

describe('405 METHOD_NOT_ALLOWED for writes outside the actions', () => {
  const cases: [string, string][] = [
    ['PUT', '/api/orders/BA2611270001'],
    ['PATCH', '/api/orders/BA2611270001'],
    ['DELETE', '/api/orders/BA2611270001'],
    ['POST', '/api/orders'],
    ['DELETE', '/api/orders'],
    ['POST', '/api/audit_events'],
    ['PUT', '/api/audit_events/ae-00000001'],
    ['DELETE', '/api/audit_events/ae-00000001'],
    ['POST', '/api/users'],
    ['PUT', '/api/users/u-reviewer1'],
    ['DELETE', '/api/reasons/DOCUMENT_UNCLEAR'],
    ['POST', '/api/reasons'],
    ['POST', '/api/materials'],
    ['PUT', '/api/materials/x'],
    ['POST', '/api/calls'],
    ['DELETE', '/api/calls/x'],
    ['GET', '/api/orders/BA2611270001/claim'],
    ['GET', '/api/orders/claim-next'],
    ['GET', '/api/auth/logout'],
  ];
  test.each(cases)('%s %s', async (method, path) => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const before = await stateOf(order.id);
    const result = await api<ErrorBody>(method, path, {
      token: reviewer,
      ...(method === 'GET' || method === 'DELETE' ? {} : { body: { version: 1 } }),
    });
    expect(result.status).toBe(405);
    expect(result.body.error.code).toBe('METHOD_NOT_ALLOWED');
    expect(result.headers.get('Allow')).toMatch(/^(GET|POST)$/);
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('authentication comes first: 401 before 405', async () => {
    const result = await api<ErrorBody>('DELETE', '/api/orders/BA2611270001');
    expect(result.status).toBe(401);
  });
});

test('an unknown route under /api is 404 NOT_FOUND JSON (after authentication)', async () => {
  for (const path of [
    '/api/nothing',
    '/api/orders/BA2611270001/approve-now',
    '/api/orders/a/b/c',
  ]) {
    const result = await api<ErrorBody>('GET', path, { token: reviewer });
    expect(result.status, path).toBe(404);
    expect(result.body.error.code).toBe('NOT_FOUND');
    expect(result.headers.get('Content-Type')).toContain('application/json');
  }
});

describe('bad bodies change nothing', () => {
  const sends: [
    string,
    { rawBody?: string; body?: unknown; headers?: Record<string, string> },
    number,
    string,
  ][] = [
    [
      'malformed JSON',
      { rawBody: '{"version": 1', headers: { 'Content-Type': 'application/json' } },
      400,
      'BAD_JSON',
    ],
    [
      'text/plain',
      { rawBody: '{"version": 1}', headers: { 'Content-Type': 'text/plain' } },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['no content type', { rawBody: '{"version": 1}' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'form data',
      { rawBody: 'version=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['no body', {}, 400, 'VALIDATION_FAILED'],
    ['an array', { body: [1] }, 400, 'VALIDATION_FAILED'],
    ['version missing', { body: {} }, 400, 'VALIDATION_FAILED'],
    ['version a string', { body: { version: '1' } }, 400, 'VALIDATION_FAILED'],
    ['version a fraction', { body: { version: 1.5 } }, 400, 'VALIDATION_FAILED'],
    ['version zero', { body: { version: 0 } }, 400, 'VALIDATION_FAILED'],
    [
      'an unknown field',
      { body: { version: 1, assigneeId: 'u-reviewer2' } },
      400,
      'VALIDATION_FAILED',
    ],
  ];
  test.each(sends)('%s → %i %s', async (_name, send, status, code) => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const before = await stateOf(order.id);
    const result = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      ...send,
    });
    expect(result.status).toBe(status);
    expect(result.body.error.code).toBe(code);
    expect(await stateOf(order.id)).toEqual(before);
  });

  test('validation names each bad field', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const result = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: 'one', note: 'x', extra: true },
    });
    expect(result.body.error.details).toEqual({
      fields: {
        version: 'must be an integer',
        note: 'is not a known field',
        extra: 'is not a known field',
      },
    });
  });

  test('body syntax comes before the role: support gets 400 for malformed JSON', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const result = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
      token: support,
      rawBody: '{',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('BAD_JSON');
  });

  test('the role comes before the body rules: support gets 403 for a well-formed but invalid body', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const result = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
      token: support,
      body: {},
    });
    expect(result.status).toBe(403);
  });

  test('the order must exist before the body is validated', async () => {
    const result = await api<ErrorBody>('POST', '/api/orders/BA0000000000/claim', {
      token: reviewer,
      body: {},
    });
    expect(result.status).toBe(404);
  });

  test('bodies over 1 MiB are 413', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const result = await api<ErrorBody>('POST', `/api/orders/${order.id}/claim`, {
      token: reviewer,
      body: { version: order.version, padding: 'x'.repeat(1024 * 1024) },
    });
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
