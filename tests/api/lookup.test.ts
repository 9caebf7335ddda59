import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import { orderLookupKeys } from '../../mocks/lookup/keys';
import { maskCertificateNumber } from '../../src/domain/masking';
import type { Order } from '../../src/domain/types';
import { api, listOrders, login, type ErrorBody } from './client';

interface LookupAnswer {
  query: string;
  kinds: string[];
  total: number;
  truncated: boolean;
  groups: {
    subjectKey: string;
    subjectName: string;
    certificateNumber: string;
    orders: {
      id: string;
      status: string;
      matchedOn: string;
      matchedValue: string;
      score: number;
    }[];
  }[];
}

let reviewer: string;
let support: string;
beforeEach(async () => {
  reviewer = await login('reviewer1');
  support = await login('support1');
});

async function lookup(q: string, token = reviewer) {
  const result = await api<LookupAnswer>('GET', `/api/lookup?q=${encodeURIComponent(q)}`, {
    token,
  });
  expect(result.status, result.text).toBe(200);
  return result.body;
}

const ids = (answer: LookupAnswer) => answer.groups.flatMap((g) => g.orders.map((o) => o.id));

/** Every fifth seeded order: all statuses, types and filer kinds appear among them. */
function sample(): Order[] {
  return db.orders
    .all()
    .filter((_, i) => i % 5 === 0)
    .map((row) => db.orders.materialize(row));
}

describe('every search key finds its order', () => {
  test('order number, domain as typed, subject name, phone, certificate, filing number', async () => {
    const orders = sample();
    expect(new Set(orders.map((o) => o.status)).size).toBe(6);
    for (const order of orders) {
      const domain = order.websites[0]!.domains[0]!;
      const principal = order.subjectPrincipal;
      const keys: [string, string][] = [
        [order.id, 'order_id'],
        [order.id.toLowerCase(), 'order_id'],
        [domain, 'domain'],
        [`https://www.${domain.toUpperCase()}/index.html`, 'domain'],
        [`WWW.${domain}`, 'domain'],
        [order.subject.name, 'name'],
        [principal.mobile, 'phone'],
        [
          `+86 ${principal.mobile.slice(0, 3)} ${principal.mobile.slice(3, 7)} ${principal.mobile.slice(7)}`,
          'phone',
        ],
        [principal.certificateNumber.toLowerCase(), 'certificate'],
        [order.subject.certificateNumber, 'certificate'],
      ];
      const filing =
        order.verification.existingSubjectFilingNumber ?? order.bureau?.filingNumbers[0];
      if (filing) keys.push([filing, 'filing_number']);
      for (const [q, kind] of keys) {
        for (const token of [reviewer, support]) {
          const answer = await lookup(q, token);
          expect(ids(answer), `${order.id} by ${q}`).toContain(order.id);
          const hit = answer.groups.flatMap((g) => g.orders).find((o) => o.id === order.id)!;
          expect(hit.matchedOn, `${order.id} by ${q}`).toBe(kind);
        }
      }
    }
  }, 60_000);

  test('partial keys: last digits of a certificate or phone, part of a name or domain', async () => {
    const order = sample().find(
      (o) => o.filerKind === 'organization' && o.status === 'pending_review',
    )!;
    const id = order.subjectPrincipal.certificateNumber;
    expect(ids(await lookup(id.slice(-4)))).toContain(order.id);
    expect(ids(await lookup(id.slice(-6)))).toContain(order.id);
    expect(ids(await lookup(order.subjectPrincipal.mobile.slice(-4)))).toContain(order.id);
    const name = order.subject.name;
    const part = name.slice(2, 6);
    const byName = await lookup(part);
    expect(ids(byName)).toContain(order.id);
    expect(byName.kinds).toContain('name_partial');
    const label = order.websites[0]!.domains[0]!.split('.')[0]!;
    const byLabel = await lookup(label);
    expect(ids(byLabel)).toContain(order.id);
    // Support finds by the 4 digits it sees, never by more of a masked number.
    expect(ids(await lookup(id.slice(-4), support))).toContain(order.id);
    expect(ids(await lookup(id.slice(-6), support))).toEqual([]);
    expect(ids(await lookup(id.slice(0, 10), support))).toEqual([]);
  });

  test('exact keys rank before partial ones; results come grouped by subject', async () => {
    const order = sample().find((o) => o.filerKind === 'personal')!;
    // The surname alone matches many names; the full name ranks first.
    const answer = await lookup(order.subject.name);
    expect(answer.groups[0]!.orders[0]!.matchedOn).toBe('name');
    const scores = answer.groups.flatMap((g) => g.orders.map((o) => o.score));
    expect(Math.max(...scores)).toBe(answer.groups[0]!.orders[0]!.score);
    const broad = await lookup(order.subject.name.slice(0, 1) + order.subject.name.slice(1, 2));
    expect(broad.groups.length).toBeLessThanOrEqual(20);
    expect(broad.groups.flatMap((g) => g.orders).length).toBeLessThanOrEqual(50);
    expect(broad.truncated).toBe(broad.total > broad.groups.flatMap((g) => g.orders).length);
  });

  test('orders of one subject share a group, with the certificate number masked', async () => {
    const bySubject = new Map<string, Order[]>();
    for (const row of db.orders.all()) {
      const order = db.orders.materialize(row);
      bySubject.set(order.subject.certificateNumber, [
        ...(bySubject.get(order.subject.certificateNumber) ?? []),
        order,
      ]);
    }
    const siblings = [...bySubject.values()].find((list) => list.length >= 2)!;
    expect(siblings).toBeDefined();
    const answer = await lookup(siblings[0]!.subject.certificateNumber);
    expect(answer.groups).toHaveLength(1);
    const [group] = answer.groups;
    expect(group!.orders.map((o) => o.id).sort()).toEqual(siblings.map((o) => o.id).sort());
    expect(group!.certificateNumber).toBe(
      maskCertificateNumber(siblings[0]!.subject.certificateNumber),
    );
    expect(group!.subjectKey).not.toContain(siblings[0]!.subject.certificateNumber.slice(4, 14));
  });

  test('no false positives on too-short input', async () => {
    for (const q of ['', ' ', '1', 'a', '张', '13', '123', 'BA']) {
      const answer = await lookup(q);
      expect(ids(answer), q).toEqual([]);
    }
    expect((await lookup('1')).kinds).toEqual([]);
    // Three digits are no "last digits"; a lone domain word of two letters is no domain part.
    expect((await lookup('800')).kinds).not.toContain('phone_suffix');
    expect((await lookup('zz')).kinds).not.toContain('domain_partial');
  });

  test('what the index knows agrees with the built orders, and follows a resubmission', async () => {
    for (const row of db.orders.all()) {
      expect(db.lookup.keysAt(row.position)).toEqual(orderLookupKeys(db.orders.materialize(row)));
    }
    const rejected = sample().find((o) => o.status === 'rejected')!;
    const oldPhone = rejected.subjectPrincipal.mobile;
    const resubmit = await api('POST', '/api/_dev/resubmit', {
      token: reviewer,
      body: {
        orderId: rejected.id,
        changes: [{ field: 'subjectPrincipal.mobile', value: '19912345678' }],
      },
    });
    expect(resubmit.status, resubmit.text).toBe(200);
    expect(ids(await lookup('19912345678'))).toEqual([rejected.id]);
    expect(ids(await lookup(oldPhone))).not.toContain(rejected.id);
  });
});

describe('the answer', () => {
  test('masks personal data for every role', async () => {
    const order = sample()[3]!;
    for (const token of [reviewer, support, await login('supervisor1')]) {
      const result = await api('GET', `/api/lookup?q=${order.subjectPrincipal.mobile}`, { token });
      expect(result.text).not.toContain(order.subjectPrincipal.mobile);
      expect(result.text).not.toContain(order.subject.certificateNumber);
      expect(result.text).not.toContain(order.subjectPrincipal.certificateNumber);
      const body = result.body as LookupAnswer;
      expect(body.groups[0]!.orders[0]!.matchedValue).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
  });

  test('refuses a missing, repeated, unknown or oversized parameter; needs a session', async () => {
    const bad = async (query: string) => {
      const result = await api<ErrorBody>('GET', `/api/lookup${query}`, { token: reviewer });
      expect(result.status, query).toBe(400);
      expect(result.body.error.code).toBe('BAD_QUERY');
    };
    await bad('');
    await bad('?q=a&q=b');
    await bad('?q=abc&limit=5');
    await bad(`?q=${'x'.repeat(201)}`);
    expect((await api('GET', '/api/lookup?q=abc')).status).toBe(401);
    expect((await api('POST', '/api/lookup?q=abc', { token: reviewer, body: {} })).status).toBe(
      405,
    );
  });
});

describe('sameSubjectAs', () => {
  test('lists every order of the subject, masked, for support too', async () => {
    const bySubject = new Map<string, string[]>();
    for (const row of db.orders.all()) {
      const order = db.orders.materialize(row);
      bySubject.set(order.subject.certificateNumber, [
        ...(bySubject.get(order.subject.certificateNumber) ?? []),
        order.id,
      ]);
    }
    const siblings = [...bySubject.values()].find((list) => list.length >= 3)!;
    for (const token of [reviewer, support]) {
      const result = await listOrders(token, { filter: { sameSubjectAs: siblings[1] } });
      expect(result.status).toBe(200);
      expect(result.body.map((o) => o.id).sort()).toEqual([...siblings].sort());
      for (const order of result.body) expect(order.subject.certificateNumber).toContain('*');
    }
    const unknown = await listOrders(reviewer, { filter: { sameSubjectAs: 'BA0000000000' } });
    expect(unknown.body).toEqual([]);
    const wrong = await listOrders(reviewer, { filter: { sameSubjectAs: 5 } });
    expect(wrong.status).toBe(400);
  });
});
