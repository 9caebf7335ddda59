import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import { maskPhone } from '../../src/domain/masking';
import type { AuditEvent, Material, Order } from '../../src/domain/types';
import { api, firstOrder, listOrders, listQuery, login, stateOf, type ErrorBody } from './client';

let reviewer: string;
let supervisor: string;
let support: string;
beforeEach(async () => {
  reviewer = await login('reviewer1');
  supervisor = await login('supervisor1');
  support = await login('support1');
});

const reveal = (orderId: string, body: unknown, token = reviewer, key?: string) =>
  api<{ field: string; value: string; revealedUntil: string } & ErrorBody>(
    'POST',
    `/api/orders/${orderId}/reveal`,
    { token, body, ...(key ? { headers: { 'Idempotency-Key': key } } : {}) },
  );

async function revealEvents(orderId: string): Promise<AuditEvent[]> {
  const result = await api<AuditEvent[]>(
    'GET',
    `/api/audit_events${listQuery({ filter: { orderId, action: 'reveal' } })}`,
    { token: supervisor },
  );
  return result.body;
}

describe('POST /api/orders/:id/reveal', () => {
  test('answers the full value for 60 s and appends exactly one audit event with the reason', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const before = await stateOf(order.id);
    const result = await reveal(order.id, {
      field: 'subjectPrincipal.mobile',
      reason: '电话核实申请人',
    });
    expect(result.status, result.text).toBe(200);
    expect(result.body).toEqual({
      field: 'subjectPrincipal.mobile',
      value: order.subjectPrincipal.mobile,
      revealedUntil: '2026-11-27T10:01:00.000+08:00',
    });
    const after = await stateOf(order.id);
    expect(after.events).toBe(before.events + 1);
    expect(after.total).toBe(before.total + 1);
    expect(after.order.version).toBe(before.order.version);
    const [event] = await revealEvents(order.id);
    expect(event).toMatchObject({
      action: 'reveal',
      actorId: 'u-reviewer1',
      actorRole: 'reviewer',
      orderId: order.id,
      fromStatus: 'pending_review',
      toStatus: 'pending_review',
      details: { field: 'subjectPrincipal.mobile', reason: '电话核实申请人' },
    });
  });

  test('website principals, certificate numbers and material fields; supervisors too', async () => {
    const order = await firstOrder(reviewer, { filerKind: 'organization' });
    const site = await reveal(
      order.id,
      { field: 'websites[0].principal.certificateNumber', reason: 'check the ID' },
      supervisor,
    );
    expect(site.body.value).toBe(order.websites[0]!.principal.certificateNumber);
    const subject = await reveal(order.id, { field: 'subject.certificateNumber', reason: '核对' });
    expect(subject.body.value).toBe(order.subject.certificateNumber);
    const materials = (
      await api<Material[]>(
        'GET',
        `/api/materials${listQuery({ filter: { orderId: order.id } })}`,
        {
          token: reviewer,
        },
      )
    ).body;
    const withNumber = materials.find((m) => m.extracted.number)!;
    const material = await reveal(order.id, {
      field: `materials.${withNumber.id}.number`,
      reason: '与证件材料核对',
    });
    expect(material.status, material.text).toBe(200);
    expect(material.body.value).toBe(withNumber.extracted.number);
    expect(await revealEvents(order.id)).toHaveLength(3);
  });

  test('refused without a valid reason, for an unknown field, for support; nothing appended', async () => {
    const order = await firstOrder(reviewer, { status: 'in_review' });
    const before = await stateOf(order.id);
    const cases: [unknown, string | undefined, number, string][] = [
      [{ field: 'subjectPrincipal.mobile' }, reviewer, 400, 'VALIDATION_FAILED'],
      [{ field: 'subjectPrincipal.mobile', reason: ' ' }, reviewer, 400, 'VALIDATION_FAILED'],
      [{ field: 'subjectPrincipal.mobile', reason: 'x' }, reviewer, 400, 'VALIDATION_FAILED'],
      [
        { field: 'subjectPrincipal.mobile', reason: 'x'.repeat(201) },
        reviewer,
        400,
        'VALIDATION_FAILED',
      ],
      [
        { field: 'subjectPrincipal.mobile', reason: '核对', extra: 1 },
        reviewer,
        400,
        'VALIDATION_FAILED',
      ],
      [{ field: 'subject.name', reason: '核对' }, reviewer, 422, 'VALIDATION_FAILED'],
      [
        { field: 'websites[7].principal.mobile', reason: '核对' },
        reviewer,
        422,
        'VALIDATION_FAILED',
      ],
      [{ field: 'cloudResource.publicIp', reason: '核对' }, reviewer, 422, 'VALIDATION_FAILED'],
      [{ field: 'materials.nope.number', reason: '核对' }, reviewer, 422, 'VALIDATION_FAILED'],
      [{ field: 'subjectPrincipal.mobile', reason: '核对' }, support, 403, 'FORBIDDEN'],
      // The role comes before the body rules.
      [{}, support, 403, 'FORBIDDEN'],
    ];
    for (const [body, token, status, code] of cases) {
      const result = await reveal(order.id, body, token);
      expect(result.status, JSON.stringify(body)).toBe(status);
      expect(result.body.error.code).toBe(code);
    }
    const unknown = await reveal('BA0000000000', {
      field: 'subjectPrincipal.mobile',
      reason: '核对',
    });
    expect(unknown.status).toBe(404);
    expect((await api('POST', `/api/orders/${order.id}/reveal`, { body: {} })).status).toBe(401);
    expect((await api('GET', `/api/orders/${order.id}/reveal`, { token: reviewer })).status).toBe(
      405,
    );
    const after = await stateOf(order.id);
    expect(after.total).toBe(before.total);
    expect(after.order.version).toBe(before.order.version);
  });

  test('a retried request with the same Idempotency-Key records one reveal', async () => {
    const order = await firstOrder(reviewer, { status: 'pending_review' });
    const body = { field: 'subjectPrincipal.emergencyPhone', reason: '电话核实申请人' };
    const first = await reveal(order.id, body, reviewer, 'reveal-1');
    const again = await reveal(order.id, body, reviewer, 'reveal-1');
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await revealEvents(order.id)).toHaveLength(1);
  });
});

describe('masking for reviewers and supervisors', () => {
  test('lists and the audit trail are masked; the single order read is full', async () => {
    for (const token of [reviewer, supervisor]) {
      const [row] = (await listOrders(token, { range: [0, 0] })).body as Order[];
      const full = db.order(row!.id)!;
      expect(row!.subjectPrincipal.mobile).toBe(maskPhone(full.subjectPrincipal.mobile));
      expect(row!.subject.certificateNumber).toContain('*');
      const one = (await api<Order>('GET', `/api/orders/${row!.id}`, { token })).body;
      expect(one.subjectPrincipal.mobile).toBe(full.subjectPrincipal.mobile);
    }
    // A resubmission's changes and a call note that quotes a number, as the trail serves them.
    const rejected = await firstOrder(reviewer, { status: 'rejected' });
    await api('POST', '/api/_dev/resubmit', {
      token: reviewer,
      body: {
        orderId: rejected.id,
        changes: [{ field: 'subjectPrincipal.mobile', value: '19912345678' }],
      },
    });
    const trail = await api<AuditEvent[]>(
      'GET',
      `/api/audit_events${listQuery({ filter: { orderId: rejected.id } })}`,
      { token: supervisor },
    );
    expect(trail.text).not.toContain('19912345678');
    expect(trail.text).not.toContain(rejected.subjectPrincipal.mobile);
    const resubmit = trail.body.find((e) => e.action === 'resubmit')!;
    expect(JSON.stringify(resubmit.details)).toContain('199****5678');
    const one = await api<AuditEvent>('GET', `/api/audit_events/${resubmit.id}`, {
      token: supervisor,
    });
    expect(one.body).toEqual(resubmit);
  });

  test('material images carry the viewer and the server time, for every role', async () => {
    const order = await firstOrder(reviewer, { status: 'in_review' });
    const [material] = db.materialsOf(order.id)!;
    for (const [token, username] of [
      [reviewer, 'reviewer1'],
      [supervisor, 'supervisor1'],
      [support, 'support1'],
    ] as const) {
      const image = await api('GET', `/api/materials/${material!.id}/file`, { token });
      expect(image.text).toContain('data-watermark="viewer"');
      expect(image.text).toContain(`${username} · 2026-11-27 10:00:00 CST`);
      const full = await api('GET', `/api/materials/${material!.id}/file?size=full`, { token });
      expect(full.text).toContain(`${username} · 2026-11-27 10:00:00 CST`);
    }
  });
});

describe('support never writes', () => {
  test('every action, the reveal and the lease are refused with 403; nothing changes', async () => {
    const order = await firstOrder(reviewer, { status: 'in_review' });
    const before = await stateOf(order.id);
    const material = db.materialsOf(order.id)![0]!;
    const v = order.version;
    const posts: [string, unknown][] = [
      [`/api/orders/${order.id}/claim`, { version: v }],
      ['/api/orders/claim-next', {}],
      [`/api/orders/${order.id}/release`, { version: v }],
      [`/api/orders/${order.id}/reassign`, { version: v, assigneeId: 'u-reviewer2' }],
      [`/api/orders/${order.id}/calls`, { version: v, outcome: 'connected' }],
      [
        `/api/orders/${order.id}/materials/${material.id}/verdict`,
        { version: v, verdict: 'accepted' },
      ],
      [`/api/orders/${order.id}/approve`, { version: v }],
      [`/api/orders/${order.id}/reject`, { version: v, reasons: [] }],
      [`/api/orders/${order.id}/bureau-result`, { version: v, result: 'rejected', reason: 'x' }],
      [`/api/orders/${order.id}/notes`, { version: v, text: 'hello' }],
      [`/api/orders/${order.id}/reveal`, { field: 'subjectPrincipal.mobile', reason: '核对' }],
    ];
    for (const [path, body] of posts) {
      const result = await api<ErrorBody>('POST', path, { token: support, body });
      expect(result.status, path).toBe(403);
      expect(result.body.error.code, path).toBe('FORBIDDEN');
    }
    const after = await stateOf(order.id);
    expect(after.total).toBe(before.total);
    expect(after.order).toEqual(before.order);
  });
});
