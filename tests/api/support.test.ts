import { beforeEach, describe, expect, test } from 'vitest';
import {
  maskAddressText,
  maskCertificateNumber,
  maskEmail,
  maskPhone,
} from '../../src/domain/masking';
import { db } from '../../mocks/db';
import type { CallAttempt, Material, Order } from '../../src/domain/types';
import { allOrders, api, firstOrder, listOrders, listQuery, login } from './client';

let support: string;
let reviewer: string;
beforeEach(async () => {
  support = await login('support1');
  reviewer = await login('reviewer1');
});

const FULL_ID = /(?<![\dA-Z*])\d{17}[\dX](?![\dA-Z])/;
const FULL_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

describe('masking functions', () => {
  test.each([
    ['440306199001010014', '4403**********0014'],
    ['11010519491231002X', '1101**********002X'],
    ['91440300MA5D1234XY', '9144**********34XY'],
    ['H12345678', 'H1*****78'],
  ])('certificate %s → %s', (input, output) => {
    expect(maskCertificateNumber(input)).toBe(output);
    expect(maskCertificateNumber(output)).toBe(output);
  });

  test('phones, e-mails and addresses', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('010-12345678')).toBe('010-****5678');
    expect(maskPhone('0755-8123456')).toBe('0755-***3456');
    expect(maskPhone('138****8000')).toBe('138****8000');
    expect(maskEmail('zhangsan@example.com')).toBe('z***@example.com');
    expect(maskAddressText('广东省深圳市南山区科技园路1号')).toBe('广东省深圳市南山区***');
    expect(maskAddressText('北京市朝阳区建国路88号')).toBe('北京市朝阳区***');
    expect(maskAddressText('内蒙古自治区呼和浩特市新城区人民路1号')).toBe(
      '内蒙古自治区呼和浩特市新城区***',
    );
    expect(maskAddressText('上海市浦东新区世纪大道1号')).toBe('上海市浦东新区***');
    // Recognition reads some documents in traditional characters: their district is kept too.
    expect(maskAddressText('湖北省武汉市江岸區解放路188號')).toBe('湖北省武汉市江岸區***');
    expect(maskAddressText('臺灣省臺北市大安區和平東路1號')).toBe('臺灣省臺北市大安區***');
    expect(maskAddressText('某地某路1号')).toBe('***');
  });
});

describe('support sees personal data masked, by the server', () => {
  test('orders in lists and single reads', async () => {
    const full = await firstOrder(reviewer, { filerKind: 'organization' });
    const [masked] = (await listOrders(support, { filter: { id: full!.id } })).body;
    const one = (await api<Order>('GET', `/api/orders/${full!.id}`, { token: support })).body;
    expect(one).toEqual(masked);
    expect(masked!.subject.certificateNumber).toBe(
      maskCertificateNumber(full!.subject.certificateNumber),
    );
    expect(masked!.verification.certificateNumber).toBe(
      maskCertificateNumber(full!.subject.certificateNumber),
    );
    expect(masked!.subject.certificateAddress).toBe(
      maskAddressText(full!.subject.certificateAddress),
    );
    expect(masked!.subject.mailingAddress.street).toBe('***');
    expect(masked!.subject.mailingAddress.district).toBe(full!.subject.mailingAddress.district);
    const principal = masked!.subjectPrincipal;
    expect(principal.certificateNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(principal.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(principal.emergencyPhone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(principal.email).toBe(maskEmail(full!.subjectPrincipal.email));
    expect(principal.certificateAddress.endsWith('***')).toBe(true);
    for (const site of masked!.websites) expect(site.principal.mobile).toContain('****');
    // What is not personal stays: names, domains, statuses.
    expect(masked!.subject.name).toBe(full!.subject.name);
    expect(masked!.websites[0]!.domains).toEqual(full!.websites[0]!.domains);
  });

  test('q finds orders by a full phone or certificate number, not by a part of one', async () => {
    const listed = (await listOrders(reviewer, { range: [5, 5] })).body[0]!;
    const order = (await api<Order>('GET', `/api/orders/${listed.id}`, { token: reviewer })).body;
    const phone = order.subjectPrincipal.mobile;
    const find = async (q: string) => (await allOrders(support, { q })).map((o) => o.id);
    expect(await find(phone)).toEqual([order.id]);
    expect(await find(order.subjectPrincipal.certificateNumber)).toContain(order.id);
    expect(await find(phone.slice(0, 7))).toEqual([]);
    expect(await find(order.subjectPrincipal.certificateNumber.slice(0, 10))).toEqual([]);
    // Reviewers may search by a part.
    expect((await allOrders(reviewer, { q: phone.slice(0, 9) })).map((o) => o.id)).toContain(
      order.id,
    );
  });

  test('materials: extracted fields and the image itself', async () => {
    const order = (
      await listOrders(reviewer, {
        filter: { filerKind: 'personal', status: 'in_review' },
        range: [0, 0],
      })
    ).body[0]!;
    const query = listQuery({ filter: { orderId: order.id } });
    const full = (await api<Material[]>('GET', `/api/materials${query}`, { token: reviewer })).body;
    const masked = (await api<Material[]>('GET', `/api/materials${query}`, { token: support }))
      .body;
    const front = masked.find(
      (m) => m.kind === 'id_card_front' || m.kind === 'passport' || m.kind === 'travel_permit',
    )!;
    const fullFront = full.find((m) => m.id === front.id)!;
    expect(front.extracted.number).toBe(maskCertificateNumber(fullFront.extracted.number!));
    expect(front.extracted.name).toBe(fullFront.extracted.name);
    const image = await api('GET', `/api/materials/${front.id}/file`, { token: support });
    expect(image.text).toContain(front.extracted.number);
    expect(image.text).not.toContain(fullFront.extracted.number);
  });

  test('no support answer carries a full resident ID or mobile number', async () => {
    const bodies: string[] = [];
    const get = async (path: string) => {
      const result = await api('GET', path, { token: support });
      expect(result.status, path).toBe(200);
      bodies.push(result.text);
      return result;
    };
    for (let start = 0; start < 300; start += 100) {
      await get(`/api/orders${listQuery({ range: [start, start + 99] })}`);
    }
    const sample = (await listOrders(reviewer, { range: [0, 29] })).body;
    for (const order of sample) {
      await get(`/api/orders/${order.id}`);
      const materials = (await get(`/api/materials${listQuery({ filter: { orderId: order.id } })}`))
        .body as Material[];
      for (const material of materials) {
        await get(`/api/materials/${material.id}`);
        await get(`/api/materials/${material.id}/file`);
      }
      const calls = (await get(`/api/calls${listQuery({ filter: { orderId: order.id } })}`))
        .body as CallAttempt[];
      for (const call of calls) await get(`/api/calls/${call.id}`);
    }
    // The lookup and the same-subject list, searched by the full numbers support is told.
    const secrets = new Set<string>();
    for (const listed of sample.slice(0, 12)) {
      const order = db.order(listed.id)!;
      const principals = [order.subjectPrincipal, ...order.websites.map((w) => w.principal)];
      for (const p of principals) {
        for (const value of [p.certificateNumber, p.mobile, p.emergencyPhone, p.landline])
          if (value) secrets.add(value);
      }
      secrets.add(order.subject.certificateNumber);
      for (const q of [
        order.subjectPrincipal.mobile,
        order.subjectPrincipal.certificateNumber,
        order.subject.certificateNumber,
        order.subject.certificateNumber.slice(-4),
        `https://www.${order.websites[0]!.domains[0]!}/`,
        order.subject.name,
      ]) {
        await get(`/api/lookup?q=${encodeURIComponent(q)}`);
      }
      await get(`/api/orders${listQuery({ filter: { sameSubjectAs: order.id } })}`);
      await get(`/api/orders${listQuery({ filter: { q: order.subjectPrincipal.mobile } })}`);
      await get(`/api/orders/${order.id}/checks`);
    }
    await get('/api/users');
    await get('/api/reasons');
    await get('/api/auth/me');
    expect(bodies.length).toBeGreaterThan(150);
    for (const body of bodies) {
      expect(body).not.toMatch(FULL_ID);
      expect(body).not.toMatch(FULL_MOBILE);
      for (const secret of secrets) expect(body).not.toContain(secret);
    }
    // What support may not read at all.
    for (const path of [
      '/api/audit_events',
      `/api/audit_events${listQuery({ filter: { orderId: sample[0]!.id } })}`,
      '/api/stats/dashboard',
    ]) {
      expect((await api('GET', path, { token: support })).status, path).toBe(403);
    }
    // The same scan finds them in a reviewer's single read, so it would catch a leak.
    const reviewerView = await api('GET', `/api/orders/${sample[0]!.id}`, { token: reviewer });
    expect(reviewerView.text).toMatch(FULL_MOBILE);
  }, 60_000);
});
