import { beforeEach, describe, expect, test } from 'vitest';
import { deadlineState } from '../../src/domain/sla';
import { ORDER_STATUSES, ORDER_TYPES, type Order } from '../../src/domain/types';
import { db } from '../../mocks/db';
import { allOrders, api, listOrders, login, TEST_NOW, totalOf } from './client';

let token: string;
let everything: Order[];
beforeEach(async () => {
  token = await login('reviewer1');
  // The expectations are computed from the full orders: list answers carry personal data masked.
  const listed = (await allOrders(token)).map((o) => o.id);
  everything = listed.map((id) => db.order(id)!);
});

const ids = (orders: Order[]) => orders.map((o) => o.id).sort();
const where = (test: (o: Order) => boolean) => ids(everything.filter(test));

describe('filters', () => {
  test('status, one value or several', async () => {
    for (const status of ORDER_STATUSES) {
      const found = await allOrders(token, { status });
      expect(found.length, status).toBeGreaterThan(0);
      expect(ids(found)).toEqual(where((o) => o.status === status));
    }
    const two = await allOrders(token, { status: ['bureau_approved', 'rejected'] });
    expect(ids(two)).toEqual(
      where((o) => o.status === 'bureau_approved' || o.status === 'rejected'),
    );
  });

  test('type, filer kind and province', async () => {
    for (const type of ORDER_TYPES) {
      expect(ids(await allOrders(token, { type }))).toEqual(where((o) => o.type === type));
    }
    expect(ids(await allOrders(token, { filerKind: 'organization' }))).toEqual(
      where((o) => o.filerKind === 'organization'),
    );
    expect(ids(await allOrders(token, { province: ['44', '11'] }))).toEqual(
      where((o) => o.province === '44' || o.province === '11'),
    );
    const combined = await allOrders(token, {
      province: '44',
      status: 'pending_review',
      filerKind: 'personal',
    });
    expect(ids(combined)).toEqual(
      where(
        (o) => o.province === '44' && o.status === 'pending_review' && o.filerKind === 'personal',
      ),
    );
  });

  test('id, one or many (react-admin getMany)', async () => {
    const some = everything.slice(10, 14).map((o) => o.id);
    expect(ids(await allOrders(token, { id: some }))).toEqual([...some].sort());
    const one = await listOrders(token, { filter: { id: some[0] } });
    expect(one.body.map((o) => o.id)).toEqual([some[0]]);
  });

  test('assigneeId: a user, or null for orders nobody holds', async () => {
    const mine = await allOrders(token, { assigneeId: 'u-reviewer2', status: 'in_review' });
    expect(mine.length).toBeGreaterThan(0);
    expect(ids(mine)).toEqual(
      where((o) => o.assigneeId === 'u-reviewer2' && o.status === 'in_review'),
    );
    const nobody = await allOrders(token, { assigneeId: null });
    expect(ids(nobody)).toEqual(where((o) => o.assigneeId === null));
    expect(nobody.every((o) => o.status === 'pending_review')).toBe(true);
  });

  test('deadline at the server time: on time, due soon and overdue all present', async () => {
    const now = new Date(TEST_NOW);
    for (const deadline of ['on_time', 'due_soon', 'overdue'] as const) {
      const found = await allOrders(token, { deadline });
      expect(found.length, deadline).toBeGreaterThan(0);
      expect(ids(found)).toEqual(where((o) => deadlineState(o, now) === deadline));
    }
  });

  test('deadline states move with the clock', async () => {
    const dueSoon = await allOrders(token, { deadline: 'due_soon' });
    await api('POST', '/api/_dev/clock', { token, body: { advanceMinutes: 180 } });
    const later = await allOrders(token, { deadline: 'overdue' });
    expect(ids(later)).toEqual(expect.arrayContaining(ids(dueSoon)));
  });

  test('an empty filter and an empty q filter nothing', async () => {
    expect(totalOf(await listOrders(token, { filter: {} }))).toBe(300);
    expect(totalOf(await listOrders(token, { filter: { q: '  ' } }))).toBe(300);
  });
});

describe('q searches order number, domain, subject name, phone and certificate number', () => {
  const search = async (q: string) => ids(await allOrders(token, { q }));

  test('by order number, whole or part, any case', async () => {
    const order = everything[42]!;
    expect(await search(order.id)).toEqual([order.id]);
    expect(await search(order.id.toLowerCase())).toEqual([order.id]);
    expect(await search(order.id.slice(0, 8))).toEqual(
      where((o) => o.id.startsWith(order.id.slice(0, 8))),
    );
  });

  test('by domain, with scheme, www, path and upper case stripped', async () => {
    const order = everything.find((o) => o.websites.length > 1) ?? everything[0]!;
    const domain = order.websites.at(-1)!.domains[0]!;
    for (const q of [domain, `https://www.${domain.toUpperCase()}/index.html`, `WWW.${domain}`]) {
      expect(await search(q), q).toContain(order.id);
    }
  });

  test('by a part of the subject name', async () => {
    const order = everything.find((o) => o.filerKind === 'organization')!;
    const part = order.subject.name.slice(2, 6);
    const found = await search(part);
    expect(found).toContain(order.id);
    expect(found).toEqual(where((o) => o.subject.name.includes(part) || o.id.includes(part)));
  });

  test('by any phone: principal, emergency, website principal, also with +86 and spaces', async () => {
    const order = everything.find((o) =>
      o.websites.some((w) => w.principal.mobile !== o.subjectPrincipal.mobile),
    )!;
    const site = order.websites.find((w) => w.principal.mobile !== order.subjectPrincipal.mobile)!;
    for (const phone of [
      order.subjectPrincipal.mobile,
      order.subjectPrincipal.emergencyPhone!,
      site.principal.mobile,
    ]) {
      expect(await search(phone)).toEqual([order.id]);
    }
    const mobile = order.subjectPrincipal.mobile;
    expect(
      await search(`+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`),
    ).toEqual([order.id]);
  });

  test('by certificate number: the subject and any principal', async () => {
    const order = everything.find((o) => o.filerKind === 'organization')!;
    expect(await search(order.subject.certificateNumber)).toContain(order.id);
    expect(await search(order.subjectPrincipal.certificateNumber.toLowerCase())).toContain(
      order.id,
    );
  });

  test('punctuation alone finds nothing rather than everything', async () => {
    for (const q of ['+86', '-', '+']) expect(await search(q), q).toEqual([]);
  });

  test('q combines with other filters', async () => {
    const order = everything.find((o) => o.status === 'pending_review')!;
    expect(ids(await allOrders(token, { q: order.id, status: 'pending_review' }))).toEqual([
      order.id,
    ]);
    expect(ids(await allOrders(token, { q: order.id, status: 'in_review' }))).toEqual([]);
  });
});
