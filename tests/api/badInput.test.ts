import { expect, test } from 'vitest';
import { db } from '../../mocks/db';
import type { Material, Order } from '../../src/domain/types';
import { api, firstOrder, listQuery, login, type ErrorBody } from './client';
import { snapshotStore } from './snapshot';

/**
 * The bad-input catalog: malformed, hostile and unauthorised requests against every endpoint, each
 * answered with its status and error code (api.md "Errors"), and together leaving the data exactly
 * as it was: a deep snapshot of the store (orders with their versions, materials, calls, notes,
 * audit trail) is taken before the whole catalog and compared after it.
 */

type As = 'reviewer1' | 'reviewer2' | 'supervisor1' | 'support1' | 'expired' | 'forged' | 'none';

interface Case {
  name: string;
  method: string;
  path: string;
  as: As;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  status: number;
  /** The error code; null for an answer that is not an error (an injection that finds nothing). */
  code: string | null;
  check?: (body: unknown) => void;
}

const q = (filter: unknown, extra: { sort?: unknown; range?: unknown } = {}) =>
  listQuery({ filter, ...extra });
const rawQuery = (query: string) => `/api/orders?${query}`;
const empty = (body: unknown) => expect(body).toEqual([]);

function catalog(held: Order, pending: Order, atBureau: Order, material: Material): Case[] {
  const v = held.version;
  const o = `/api/orders/${held.id}`;
  const json = { 'Content-Type': 'application/json' };
  const cases: Case[] = [
    // Authentication first, on every kind of endpoint.
    {
      name: 'list without a token',
      method: 'GET',
      path: '/api/orders',
      as: 'none',
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'list with a forged token',
      method: 'GET',
      path: '/api/orders',
      as: 'forged',
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'list with an expired token',
      method: 'GET',
      path: '/api/orders',
      as: 'expired',
      status: 401,
      code: 'SESSION_EXPIRED',
    },
    {
      name: 'claim with an expired token',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'expired',
      body: { version: pending.version },
      status: 401,
      code: 'SESSION_EXPIRED',
    },
    {
      name: 'claim without a token',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'none',
      body: { version: pending.version },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'unknown route without a token',
      method: 'GET',
      path: '/api/admin',
      as: 'none',
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'reset without a token',
      method: 'POST',
      path: '/api/_dev/reset',
      as: 'none',
      body: {},
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    // Login bodies.
    {
      name: 'login: malformed JSON',
      method: 'POST',
      path: '/api/auth/login',
      as: 'none',
      raw: '{"username":"reviewer1",',
      headers: json,
      status: 400,
      code: 'BAD_JSON',
    },
    {
      name: 'login: username a number',
      method: 'POST',
      path: '/api/auth/login',
      as: 'none',
      body: { username: 1, password: 'demo1234' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'login: unknown field',
      method: 'POST',
      path: '/api/auth/login',
      as: 'none',
      body: { username: 'reviewer1', password: 'demo1234', role: 'supervisor' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'login: __proto__ in the body',
      method: 'POST',
      path: '/api/auth/login',
      as: 'none',
      raw: '{"username":"reviewer1","password":"demo1234","__proto__":{"role":"supervisor"}}',
      headers: json,
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'login: SQL in the username',
      method: 'POST',
      path: '/api/auth/login',
      as: 'none',
      body: { username: "admin' OR '1'='1' --", password: "' OR ''='" },
      status: 401,
      code: 'INVALID_CREDENTIALS',
    },
    {
      name: 'login: control character in the username',
      method: 'POST',
      path: '/api/auth/login',
      as: 'none',
      body: { username: 'reviewer1\u0000', password: 'demo1234' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'login: form-encoded',
      method: 'POST',
      path: '/api/auth/login',
      as: 'none',
      raw: 'username=reviewer1&password=demo1234',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'login: a JSON array',
      method: 'POST',
      path: '/api/auth/login',
      as: 'none',
      body: ['reviewer1', 'demo1234'],
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    // List queries.
    {
      name: 'sort not JSON',
      method: 'GET',
      path: rawQuery('sort=slaDueAt'),
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'negative range',
      method: 'GET',
      path: `/api/orders${q({}, { range: [-1, 10] })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'reversed range',
      method: 'GET',
      path: `/api/orders${q({}, { range: [50, 10] })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'huge range',
      method: 'GET',
      path: `/api/orders${q({}, { range: [0, 1e9] })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'range beyond safe integers',
      method: 'GET',
      path: rawQuery(`range=${encodeURIComponent('[0,1e400]')}`),
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'range of fractions',
      method: 'GET',
      path: `/api/orders${q({}, { range: [0, 9.5] })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'unknown sort field',
      method: 'GET',
      path: `/api/orders${q({}, { sort: ['password', 'ASC'] })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'SQL in the sort order',
      method: 'GET',
      path: `/api/orders${q({}, { sort: ['id', 'ASC; DROP TABLE orders'] })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'unknown filter field',
      method: 'GET',
      path: `/api/orders${q({ secret: 1 })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'filter __proto__',
      method: 'GET',
      path: rawQuery(`filter=${encodeURIComponent('{"__proto__":{"status":"in_review"}}')}`),
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'filter constructor.prototype',
      method: 'GET',
      path: `/api/orders${q({ constructor: { prototype: { isAdmin: true } } })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'filter status unknown',
      method: 'GET',
      path: `/api/orders${q({ status: 'approved_by_me' })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'filter NoSQL operator',
      method: 'GET',
      path: `/api/orders${q({ status: { $ne: null } })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'filter id: 1001 values',
      method: 'GET',
      path: `/api/orders${q({ id: Array.from({ length: 1001 }, (_, i) => `BA${i}`) })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'q: SQL injection finds nothing',
      method: 'GET',
      path: `/api/orders${q({ q: "' OR 1=1 --" })}`,
      as: 'reviewer1',
      status: 200,
      code: null,
      check: empty,
    },
    {
      name: 'q: UNION SELECT finds nothing',
      method: 'GET',
      path: `/api/orders${q({ q: "x' UNION SELECT password FROM users--" })}`,
      as: 'reviewer1',
      status: 200,
      code: null,
      check: empty,
    },
    {
      name: 'q: regex wildcard is literal',
      method: 'GET',
      path: `/api/orders${q({ q: '.*' })}`,
      as: 'reviewer1',
      status: 200,
      code: null,
      check: empty,
    },
    {
      name: 'q: catastrophic regex is literal',
      method: 'GET',
      path: `/api/orders${q({ q: '(a+)+$[' })}`,
      as: 'reviewer1',
      status: 200,
      code: null,
      check: empty,
    },
    {
      name: 'q: markup finds nothing',
      method: 'GET',
      path: `/api/orders${q({ q: '<svg/onload=alert(1)>' })}`,
      as: 'reviewer1',
      status: 200,
      code: null,
      check: empty,
    },
    {
      name: 'q: a control character',
      method: 'GET',
      path: `/api/orders${q({ q: 'BA26\u0000' })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'q: 201 characters',
      method: 'GET',
      path: `/api/orders${q({ q: 'a'.repeat(201) })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'q: a number',
      method: 'GET',
      path: `/api/orders${q({ q: 42 })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'unknown query parameter',
      method: 'GET',
      path: rawQuery('debug=1'),
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'a parameter twice',
      method: 'GET',
      path: rawQuery('range=[0,1]&range=[2,3]'),
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'audit: time not ISO',
      method: 'GET',
      path: `/api/audit_events${q({ at_gte: 'yesterday' })}`,
      as: 'supervisor1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'audit: actorRole unknown',
      method: 'GET',
      path: `/api/audit_events${q({ actorRole: 'root' })}`,
      as: 'supervisor1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'materials: kind unknown',
      method: 'GET',
      path: `/api/materials${q({ kind: 'selfie' })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'calls: outcome unknown',
      method: 'GET',
      path: `/api/calls${q({ outcome: 'voicemail' })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'users: role unknown',
      method: 'GET',
      path: `/api/users${q({ role: 'admin' })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'reasons: q an object',
      method: 'GET',
      path: `/api/reasons${q({ q: { toString: 1 } })}`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'stats: reversed window',
      method: 'GET',
      path: '/api/stats/dashboard?from=2026-11-27&to=2026-11-01',
      as: 'supervisor1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'material file: unknown size',
      method: 'GET',
      path: `/api/materials/${material.id}/file?size=9999`,
      as: 'reviewer1',
      status: 400,
      code: 'BAD_QUERY',
    },
    {
      name: 'order id with SQL',
      method: 'GET',
      path: `/api/orders/${encodeURIComponent("BA1' OR '1'='1")}`,
      as: 'reviewer1',
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'order id with path traversal',
      method: 'GET',
      path: '/api/orders/..%2F..%2Fetc%2Fpasswd',
      as: 'reviewer1',
      status: 404,
      code: 'NOT_FOUND',
    },
    // Routes and methods.
    {
      name: 'PUT an order',
      method: 'PUT',
      path: o,
      as: 'supervisor1',
      body: { status: 'bureau_approved' },
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
    {
      name: 'DELETE an order',
      method: 'DELETE',
      path: o,
      as: 'supervisor1',
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
    {
      name: 'POST an audit event',
      method: 'POST',
      path: '/api/audit_events',
      as: 'supervisor1',
      body: { action: 'approve' },
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
    {
      name: 'PATCH a material',
      method: 'PATCH',
      path: `/api/materials/${material.id}`,
      as: 'supervisor1',
      body: { verdict: 'accepted' },
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
    },
    {
      name: 'unknown route',
      method: 'GET',
      path: '/api/admin/users',
      as: 'supervisor1',
      status: 404,
      code: 'NOT_FOUND',
    },
    // Body syntax, media type, size, Idempotency-Key.
    {
      name: 'claim: malformed JSON',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      raw: '{"version":',
      headers: json,
      status: 400,
      code: 'BAD_JSON',
    },
    {
      name: 'claim: text/plain',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      raw: `{"version":${pending.version}}`,
      headers: { 'Content-Type': 'text/plain' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'claim: no content type',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      raw: `{"version":${pending.version}}`,
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'claim: a body over 1 MiB',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      raw: `{"version":${pending.version},"pad":"${'x'.repeat(1024 * 1024 + 10)}"}`,
      headers: json,
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'claim: Idempotency-Key of 201 characters',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: { version: pending.version },
      headers: { 'Idempotency-Key': 'k'.repeat(201) },
      status: 400,
      code: 'INVALID_IDEMPOTENCY_KEY',
    },
    // Body validation.
    {
      name: 'claim: a JSON array',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: [pending.version],
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'claim: version a string',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: { version: String(pending.version) },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'claim: version negative',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: { version: -1 },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'claim: version 1e20',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: { version: 1e20 },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'claim: version null',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: { version: null },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'claim: unknown field',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: { version: pending.version, assigneeId: 'u-reviewer2' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'claim: __proto__ field',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      raw: `{"version":${pending.version},"__proto__":{"assigneeId":"u-reviewer2"}}`,
      headers: json,
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'claim: constructor field',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: { version: pending.version, constructor: { prototype: {} } },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'claim: stale version',
      method: 'POST',
      path: `/api/orders/${pending.id}/claim`,
      as: 'reviewer1',
      body: { version: pending.version + 3 },
      status: 409,
      code: 'VERSION_CONFLICT',
    },
    {
      name: 'claim: unknown order',
      method: 'POST',
      path: '/api/orders/BA9999999999/claim',
      as: 'reviewer1',
      body: { version: 1 },
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'claim: held by someone else',
      method: 'POST',
      path: `${o}/claim`,
      as: 'reviewer2',
      body: { version: v },
      status: 409,
      code: 'ALREADY_CLAIMED',
    },
    {
      name: 'claim-next: a field',
      method: 'POST',
      path: '/api/orders/claim-next',
      as: 'reviewer1',
      body: { province: '44' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'reassign: to a supervisor',
      method: 'POST',
      path: `${o}/reassign`,
      as: 'supervisor1',
      body: { version: v, assigneeId: 'u-supervisor1' },
      status: 422,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'reassign: to nobody known',
      method: 'POST',
      path: `${o}/reassign`,
      as: 'supervisor1',
      body: { version: v, assigneeId: 'u-root' },
      status: 422,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'reassign: assignee with a line break',
      method: 'POST',
      path: `${o}/reassign`,
      as: 'supervisor1',
      body: { version: v, assigneeId: 'u-reviewer2\n' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'call: unknown outcome',
      method: 'POST',
      path: `${o}/calls`,
      as: 'reviewer1',
      body: { version: v, outcome: 'voicemail' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'call: note of 1001 characters',
      method: 'POST',
      path: `${o}/calls`,
      as: 'reviewer1',
      body: { version: v, outcome: 'no_answer', note: 'x'.repeat(1001) },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'call: note with a right-to-left override',
      method: 'POST',
      path: `${o}/calls`,
      as: 'reviewer1',
      body: { version: v, outcome: 'no_answer', note: '已接通\u202e通接未' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'call: outcome as an array',
      method: 'POST',
      path: `${o}/calls`,
      as: 'reviewer1',
      body: { version: v, outcome: ['connected'] },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'verdict: unknown material',
      method: 'POST',
      path: `${o}/materials/${held.id}-9-99/verdict`,
      as: 'reviewer1',
      body: { version: v, verdict: 'accepted' },
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'verdict: maybe',
      method: 'POST',
      path: `${o}/materials/${material.id}/verdict`,
      as: 'reviewer1',
      body: { version: v, verdict: 'maybe' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'verdict: rejected without a reason',
      method: 'POST',
      path: `${o}/materials/${material.id}/verdict`,
      as: 'reviewer1',
      body: { version: v, verdict: 'rejected' },
      status: 422,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'verdict: reason not in the catalog',
      method: 'POST',
      path: `${o}/materials/${material.id}/verdict`,
      as: 'reviewer1',
      body: { version: v, verdict: 'rejected', reasonCode: "'; DELETE FROM reasons; --" },
      status: 422,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'approve: without a connected call',
      method: 'POST',
      path: `${o}/approve`,
      as: 'reviewer1',
      body: { version: v },
      status: 422,
      code: 'PRECONDITION_FAILED',
    },
    {
      name: 'approve: overrides not an array',
      method: 'POST',
      path: `${o}/approve`,
      as: 'reviewer1',
      body: { version: v, overrides: { checkId: 'SITE_NAME' } },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'reject: no reasons',
      method: 'POST',
      path: `${o}/reject`,
      as: 'reviewer1',
      body: { version: v, reasons: [] },
      status: 422,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'reject: unknown reason',
      method: 'POST',
      path: `${o}/reject`,
      as: 'reviewer1',
      body: { version: v, reasons: [{ code: 'BECAUSE', message: '不行' }] },
      status: 422,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'reject: unreachable without calls',
      method: 'POST',
      path: `${o}/reject`,
      as: 'reviewer1',
      body: { version: v, reasons: [{ code: 'APPLICANT_UNREACHABLE', message: '多次致电未接通' }] },
      status: 422,
      code: 'PRECONDITION_FAILED',
    },
    {
      name: 'bureau-result: order in review',
      method: 'POST',
      path: `${o}/bureau-result`,
      as: 'supervisor1',
      body: { version: v, result: 'rejected', reason: '资料不全' },
      status: 409,
      code: 'INVALID_STATE',
    },
    {
      name: 'bureau-result: approved without numbers',
      method: 'POST',
      path: `/api/orders/${atBureau.id}/bureau-result`,
      as: 'supervisor1',
      body: { version: atBureau.version, result: 'approved' },
      status: 422,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'bureau-result: result maybe',
      method: 'POST',
      path: `/api/orders/${atBureau.id}/bureau-result`,
      as: 'supervisor1',
      body: { version: atBureau.version, result: 'maybe' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'bureau-result: wrong filing number',
      method: 'POST',
      path: `/api/orders/${atBureau.id}/bureau-result`,
      as: 'supervisor1',
      body: { version: atBureau.version, result: 'approved', filingNumbers: ['京ICP备<script>号'] },
      status: 422,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'note: empty',
      method: 'POST',
      path: `${o}/notes`,
      as: 'reviewer1',
      body: { version: v, text: '   ' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'note: 2001 characters',
      method: 'POST',
      path: `${o}/notes`,
      as: 'reviewer1',
      body: { version: v, text: '字'.repeat(2001) },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'note: NUL byte',
      method: 'POST',
      path: `${o}/notes`,
      as: 'reviewer1',
      body: { version: v, text: 'a\u0000b' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'lease: a field',
      method: 'POST',
      path: `${o}/lease`,
      as: 'reviewer1',
      body: { extend: 600 },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'qa verdict: unknown review',
      method: 'POST',
      path: '/api/qa_reviews/qa-nothing/verdict',
      as: 'reviewer1',
      body: { verdict: 'approve' },
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'dev clock: minutes a string',
      method: 'POST',
      path: '/api/_dev/clock',
      as: 'reviewer1',
      body: { advanceMinutes: '60' },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'dev reset: negative orders',
      method: 'POST',
      path: '/api/_dev/reset',
      as: 'reviewer1',
      body: { orders: -5 },
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'dev resubmit: order in review',
      method: 'POST',
      path: '/api/_dev/resubmit',
      as: 'reviewer1',
      body: { orderId: held.id },
      status: 409,
      code: 'INVALID_STATE',
    },
    // Reading what a role may not read.
    {
      name: 'support reads the audit trail',
      method: 'GET',
      path: '/api/audit_events',
      as: 'support1',
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'reviewer reads the dashboard',
      method: 'GET',
      path: '/api/stats/dashboard',
      as: 'reviewer1',
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'support reads own stats',
      method: 'GET',
      path: '/api/stats/me',
      as: 'support1',
      status: 403,
      code: 'FORBIDDEN',
    },
  ];
  // Every role against every action it may not take (the gate comes before the body's rules).
  const actions: [string, string, unknown][] = [
    ['claim', `/api/orders/${pending.id}/claim`, { version: pending.version }],
    ['claim-next', '/api/orders/claim-next', {}],
    ['release', `${o}/release`, { version: v }],
    ['reassign', `${o}/reassign`, { version: v, assigneeId: 'u-reviewer2' }],
    ['call', `${o}/calls`, { version: v, outcome: 'connected' }],
    ['verdict', `${o}/materials/${material.id}/verdict`, { version: v, verdict: 'accepted' }],
    ['approve', `${o}/approve`, { version: v }],
    [
      'reject',
      `${o}/reject`,
      { version: v, reasons: [{ code: 'SITE_NAME_INVALID', message: 'x' }] },
    ],
    [
      'bureau-result',
      `/api/orders/${atBureau.id}/bureau-result`,
      { version: atBureau.version, result: 'rejected', reason: 'x' },
    ],
    ['note', `${o}/notes`, { version: v, text: '客服想写备注' }],
    ['lease', `${o}/lease`, {}],
  ];
  for (const [name, path, body] of actions) {
    cases.push({
      name: `support: ${name}`,
      method: 'POST',
      path,
      as: 'support1',
      body,
      status: 403,
      code: 'FORBIDDEN',
    });
  }
  for (const name of ['reassign', 'bureau-result']) {
    const [, path, body] = actions.find(([n]) => n === name)!;
    cases.push({
      name: `reviewer: ${name}`,
      method: 'POST',
      path,
      as: 'reviewer2',
      body,
      status: 403,
      code: 'FORBIDDEN',
    });
  }
  for (const name of ['release', 'call', 'verdict', 'approve', 'reject', 'lease']) {
    const [, path, body] = actions.find(([n]) => n === name)!;
    cases.push({
      name: `another reviewer: ${name}`,
      method: 'POST',
      path,
      as: 'reviewer2',
      body,
      status: 403,
      code: 'NOT_ASSIGNEE',
    });
  }
  for (const name of ['call', 'verdict', 'approve', 'reject', 'lease']) {
    const [, path, body] = actions.find(([n]) => n === name)!;
    cases.push({
      name: `supervisor, not the holder: ${name}`,
      method: 'POST',
      path,
      as: 'supervisor1',
      body,
      status: 403,
      code: 'NOT_ASSIGNEE',
    });
  }
  return cases;
}

test('the bad-input catalog: every request refused with its status and code; the data unchanged', async () => {
  const tokens: Record<As, string | null> = {
    reviewer1: await login('reviewer1'),
    reviewer2: await login('reviewer2'),
    supervisor1: await login('supervisor1'),
    support1: await login('support1'),
    // Signed in 13 hours ago: past the 12-hour session.
    expired: db.sessions.create('u-reviewer1', '2026-11-26T21:00:00.000+08:00').token,
    forged: 'f'.repeat(64),
    none: null,
  };
  const pending = await firstOrder(tokens.reviewer1!, { status: 'pending_review' });
  const second = (
    await api<Order[]>('GET', `/api/orders${q({ status: 'pending_review' }, { range: [1, 1] })}`, {
      token: tokens.reviewer1,
    })
  ).body[0]!;
  const claimed = await api<Order>('POST', `/api/orders/${second.id}/claim`, {
    token: tokens.reviewer1,
    body: { version: second.version },
  });
  expect(claimed.status).toBe(200);
  const held = claimed.body;
  const atBureau = await firstOrder(tokens.supervisor1!, { status: 'bureau_pending' });
  const materials = await api<Material[]>('GET', `/api/materials${q({ orderId: held.id })}`, {
    token: tokens.reviewer1,
  });
  const material = materials.body[0]!;

  const cases = catalog(held, pending, atBureau, material);
  const before = snapshotStore();
  const failures: string[] = [];
  for (const c of cases) {
    const token = tokens[c.as];
    const headers = { ...c.headers };
    if (c.as === 'forged' || c.as === 'expired' || token) headers.Authorization = `Bearer ${token}`;
    const result = await api<ErrorBody>(c.method, c.path, {
      headers,
      ...(c.body !== undefined ? { body: c.body } : {}),
      ...(c.raw !== undefined ? { rawBody: c.raw } : {}),
    });
    const code =
      result.status >= 400
        ? (result.body?.error?.code ?? `(no code) ${result.text.slice(0, 80)}`)
        : null;
    if (result.status !== c.status || code !== c.code) {
      failures.push(`${c.name}: expected ${c.status} ${c.code}, got ${result.status} ${code}`);
    } else if (c.check) {
      c.check(result.body);
    }
    if (result.status >= 400) {
      expect(result.body.error.message, c.name).toEqual(expect.any(String));
      if (c.code === 'VALIDATION_FAILED')
        expect(Object.keys(result.body.error.details?.fields ?? {}), c.name).not.toHaveLength(0);
    }
  }
  expect(failures).toEqual([]);
  expect(snapshotStore()).toBe(before);
  expect(cases.length).toBeGreaterThanOrEqual(60);
  console.info(
    `bad-input catalog: ${cases.length} requests answered as specified (status and code); store unchanged`,
  );
});
