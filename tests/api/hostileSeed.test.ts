import { describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import { seedDefects } from '../../mocks/seed/defects';
import { HOSTILE_ORDER_COUNT, HOSTILE_VARIANTS, hostileOrderIds } from '../../mocks/seed/hostile';
import type { Material, Order } from '../../src/domain/types';
import { api, listOrders, listQuery, login } from './client';

/**
 * The seed's orders with hostile applicant text (markup, control characters, bidi overrides,
 * zero-width characters, emoji, very long strings): present in every data set of 300 or more,
 * exported for UI tests, served as data (JSON-escaped, never interpreted), and flagged by the checks.
 */

const text = (order: Order) =>
  [
    order.subject.name,
    order.subject.certificateAddress,
    order.subject.mailingAddress.street,
    order.subject.remark,
    ...order.websites.flatMap((site) => [site.name, site.remark]),
  ].join('\n');

describe('hostile applicant text in the seed', () => {
  test.each([300, 1000])('%i orders: six hostile pending orders, one per variant', (orders) => {
    db.reset({ seed: 20261127, orders });
    expect(hostileOrderIds.size).toBe(HOSTILE_ORDER_COUNT);
    expect(new Set(hostileOrderIds.values())).toEqual(new Set(HOSTILE_VARIANTS.map((_, i) => i)));
    for (const id of hostileOrderIds.keys()) {
      expect(db.order(id)?.status).toBe('pending_review');
      expect(seedDefects.get(id)).toEqual(['HOSTILE_TEXT']);
    }
  });

  test('a small data set has none', () => {
    db.reset({ seed: 20261127, orders: 30 });
    expect(hostileOrderIds.size).toBe(0);
  });

  test('the API returns the text exactly, as JSON strings; the checks flag the site names', async () => {
    const token = await login('reviewer1');
    const all = new Set<string>();
    for (const [id, variant] of hostileOrderIds) {
      const result = await api<Order>('GET', `/api/orders/${id}`, { token });
      expect(result.status).toBe(200);
      const order = result.body;
      expect(order).toEqual(db.order(id));
      all.add(text(order));
      const siteCheck = order.checks.find((c) => c.id === 'SITE_NAME');
      expect(siteCheck?.status, `variant ${variant}`).toBe('fail');
      // Control characters never travel raw in the JSON: they are \u escapes.
      // eslint-disable-next-line no-control-regex
      expect(result.text).not.toMatch(/[\u0000-\u001f]/);
    }
    const joined = [...all].join('');
    for (const needle of ['<script>', 'onerror=', '\u0007', '\u202e', '\u200b', '🚀']) {
      expect(joined).toContain(needle);
    }
    const lengths = [...hostileOrderIds.keys()].map((id) => db.order(id)!.websites[0]!.name.length);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(500);
    const streets = [...hostileOrderIds.keys()].map(
      (id) => db.order(id)!.subject.mailingAddress.street.length,
    );
    expect(Math.max(...streets)).toBeGreaterThanOrEqual(300);
  });

  test('search finds a hostile order by its name; its material images stay well-formed SVG', async () => {
    const token = await login('reviewer1');
    for (const id of hostileOrderIds.keys()) {
      const order = db.order(id)!;
      // What a person can type: the visible characters (control characters are refused in q).
      const visible = order.subject.name.replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, 40);
      const found = await listOrders(token, { filter: { q: visible } });
      expect(found.status).toBe(200);
      expect(found.body.map((o) => o.id)).toContain(id);
      const materials = await api<Material[]>(
        'GET',
        `/api/materials${listQuery({ filter: { orderId: id } })}`,
        { token },
      );
      for (const material of materials.body) {
        const image = await api('GET', `/api/materials/${material.id}/file`, { token });
        expect(image.status).toBe(200);
        // The markup is there, escaped as text: no element of it.
        expect(image.text).not.toMatch(/<script|<img|<svg onload/);
        // eslint-disable-next-line no-control-regex
        expect(image.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }
    }
  });
});
