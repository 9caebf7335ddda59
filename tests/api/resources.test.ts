import { beforeEach, describe, expect, test } from 'vitest';
import { REJECTION_REASONS } from '../../src/domain/reasons';
import type { CallAttempt, Material, Order, User } from '../../src/domain/types';
import { api, firstOrder, listOrders, listQuery, login, totalOf, type ErrorBody } from './client';

let token: string;
beforeEach(async () => {
  token = await login('reviewer1');
});

describe('users', () => {
  test('list, filter by role and id, one read', async () => {
    const all = await api<User[]>('GET', '/api/users', { token });
    expect(all.headers.get('Content-Range')).toBe('users 0-5/6');
    expect(all.body.map((u) => u.username)).toEqual(
      expect.arrayContaining([
        'reviewer1',
        'reviewer2',
        'reviewer3',
        'reviewer4',
        'supervisor1',
        'support1',
      ]),
    );
    expect(all.body.every((u) => !('password' in u))).toBe(true);
    const reviewers = await api<User[]>(
      'GET',
      `/api/users${listQuery({ filter: { role: 'reviewer' }, sort: ['name', 'ASC'] })}`,
      { token },
    );
    expect(reviewers.body).toHaveLength(4);
    const some = await api<User[]>(
      'GET',
      `/api/users${listQuery({ filter: { id: ['u-reviewer2', 'u-support1'] } })}`,
      { token },
    );
    expect(some.body.map((u) => u.id)).toEqual(['u-reviewer2', 'u-support1']);
    expect((await api<User>('GET', '/api/users/u-supervisor1', { token })).body.role).toBe(
      'supervisor',
    );
    expect((await api('GET', '/api/users/u-nobody', { token })).status).toBe(404);
    expect(
      (await api('GET', `/api/users${listQuery({ filter: { role: 'admin' } })}`, { token })).status,
    ).toBe(400);
  });
});

describe('reasons', () => {
  test('the catalog with id = code, in catalog order; filters; one read', async () => {
    const all = await api<(Record<string, unknown> & { id: string })[]>('GET', '/api/reasons', {
      token,
    });
    expect(all.body.map((r) => r.id)).toEqual(REJECTION_REASONS.map((r) => r.code));
    expect(all.body.length).toBeGreaterThanOrEqual(10);
    expect(all.body.find((r) => r.id === 'APPLICANT_UNREACHABLE')).toMatchObject({
      code: 'APPLICANT_UNREACHABLE',
      category: 'contact',
      titleZh: expect.any(String),
      titleEn: expect.any(String),
      applicantMessage: expect.any(String),
      target: { kind: 'field', ref: 'subjectPrincipal.mobile' },
    });
    const materials = await api<{ category: string }[]>(
      'GET',
      `/api/reasons${listQuery({ filter: { category: 'materials' } })}`,
      { token },
    );
    expect(materials.body.every((r) => r.category === 'materials')).toBe(true);
    expect((await api('GET', '/api/reasons/DOCUMENT_UNCLEAR', { token })).status).toBe(200);
    expect((await api('GET', '/api/reasons/NOPE', { token })).status).toBe(404);
  });
});

describe('calls', () => {
  test('listed per order, oldest first', async () => {
    const order = await firstOrder(token, { status: 'rejected' });
    const calls = await api<CallAttempt[]>(
      'GET',
      `/api/calls${listQuery({ filter: { orderId: order.id } })}`,
      { token },
    );
    expect(calls.status).toBe(200);
    expect(calls.body.length).toBeGreaterThan(0);
    expect(calls.body.every((c) => c.orderId === order.id)).toBe(true);
    const times = calls.body.map((c) => c.at);
    expect([...times].sort()).toEqual(times);
    expect(
      (await api<CallAttempt>('GET', `/api/calls/${calls.body[0]!.id}`, { token })).body,
    ).toEqual(calls.body[0]);
  });

  test('filters by outcome and caller across orders, with paging', async () => {
    const connected = await api<CallAttempt[]>(
      'GET',
      `/api/calls${listQuery({ filter: { outcome: 'connected' }, range: [0, 49] })}`,
      { token },
    );
    expect(connected.body.every((c) => c.outcome === 'connected')).toBe(true);
    expect(totalOf(connected)).toBeGreaterThan(50);
    expect(
      (await api('GET', `/api/calls${listQuery({ filter: { outcome: 'maybe' } })}`, { token }))
        .status,
    ).toBe(400);
  });
});

describe('materials', () => {
  test('an order’s materials match its filer and principals', async () => {
    const unit = await firstOrder(token, { filerKind: 'organization', status: 'pending_review' });
    const list = await api<Material[]>(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: unit.id } })}`,
      { token },
    );
    const kinds = list.body.map((m) => m.kind);
    expect(kinds).toContain(
      unit.subject.nature === 'enterprise' ? 'business_license' : 'unit_certificate',
    );
    expect(kinds).toContain('commitment_letter');
    expect(kinds).toContain('verification_photo');
    expect(
      list.body.every(
        (m) => m.orderId === unit.id && m.revision === unit.revision && m.verdict === 'pending',
      ),
    ).toBe(true);
    const licence = list.body.find((m) => m.owner === 'subject' && m.kind !== 'commitment_letter')!;
    expect(licence.extracted).toMatchObject({
      unitName: unit.subject.name,
      creditCode: unit.subject.certificateNumber,
    });
    expect([licence.width, licence.height]).toEqual([1200, 850]);
    const front = list.body.find(
      (m) => m.kind === 'id_card_front' && m.owner === 'subjectPrincipal',
    );
    if (front) {
      expect(front.extracted.number).toBe(unit.subjectPrincipal.certificateNumber);
      expect([front.width, front.height]).toEqual([856, 540]);
    }
    expect((await api<Material>('GET', `/api/materials/${licence.id}`, { token })).body).toEqual(
      licence,
    );
  });

  test('decided orders have accepted materials', async () => {
    const order = await firstOrder(token, { status: 'bureau_approved' });
    const list = await api<Material[]>(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: order.id } })}`,
      { token },
    );
    expect(list.body.every((m) => m.verdict === 'accepted')).toBe(true);
  });

  test('listing needs an orderId or ids; unknown ids are 404', async () => {
    const none = await api<ErrorBody>('GET', '/api/materials', { token });
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('BAD_QUERY');
    expect((await api('GET', '/api/materials/BA0000000000-1-01', { token })).status).toBe(404);
    expect((await api('GET', '/api/materials/BA0000000000-1-01/file', { token })).status).toBe(404);
  });

  test('the file is an SVG of the document, with a locked-down CSP', async () => {
    const order = await firstOrder(token, { filerKind: 'personal', status: 'pending_review' });
    const list = await api<Material[]>(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: order.id } })}`,
      { token },
    );
    for (const material of list.body) {
      const file = await api('GET', `/api/materials/${material.id}/file`, { token });
      expect(file.status).toBe(200);
      expect(file.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
      expect(file.headers.get('Content-Security-Policy')).toBe(
        "default-src 'none'; style-src 'unsafe-inline'",
      );
      expect(file.text).toContain(`width="${material.width}" height="${material.height}"`);
      expect(file.text).not.toMatch(/<script|onload=|href=/i);
      if (material.kind === 'id_card_front') {
        expect(file.text).toContain(material.extracted.name);
        expect(file.text).toContain(material.extracted.number);
      }
    }
  });

  test('applicant text is escaped in the SVG', async () => {
    const { renderMaterial } = await import('../../mocks/files/renderMaterial');
    const svg = renderMaterial({
      id: 'X-1-01',
      orderId: 'X',
      revision: 1,
      kind: 'id_card_front',
      owner: 'subjectPrincipal',
      verdict: 'pending',
      reasonCode: null,
      note: null,
      extracted: { name: '<script>alert(1)</script>', address: 'a & b "c"', number: '1' },
      width: 856,
      height: 540,
      mimeType: 'image/svg+xml',
      uploadedAt: '2026-11-27T10:00:00.000+08:00',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a &amp; b &quot;c&quot;');
  });

  test('materials are those of the order as submitted, even when first read after a claim', async () => {
    const orders = (
      await listOrders(token, { filter: { status: 'pending_review' }, range: [0, 1] })
    ).body as Order[];
    const [seen, unseen] = orders as [Order, Order];
    const before = await api<Material[]>(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: seen.id } })}`,
      { token },
    );
    for (const order of orders) {
      await api('POST', `/api/orders/${order.id}/claim`, {
        token,
        body: { version: order.version },
      });
    }
    const after = await api<Material[]>(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: seen.id } })}`,
      { token },
    );
    expect(after.body).toEqual(before.body);
    const late = await api<Material[]>(
      'GET',
      `/api/materials${listQuery({ filter: { orderId: unseen.id } })}`,
      { token },
    );
    expect(late.body.every((m) => m.verdict === 'pending')).toBe(true);
  });
});
