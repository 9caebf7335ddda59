import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import { maskOrder } from '../../src/domain/masking';
import type { Order } from '../../src/domain/types';
import { api, listOrders, login, TEST_NOW, totalOf } from './client';
import { post } from './reviewHelpers';

/**
 * The list form of an order is cached until the order changes (mocks/orders/listedRows.ts). A
 * list must still show every write at once, and must never hand one caller what another saw.
 */

let reviewer: string;
let support: string;
let supervisor: string;
beforeEach(async () => {
  reviewer = await login('reviewer1');
  support = await login('support1');
  supervisor = await login('supervisor1');
});

const FULL_ID = /(?<![\dA-Z*])\d{17}[\dX](?![\dA-Z])/;
const FULL_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const PAGE = { filter: { status: 'pending_review' }, sort: ['id', 'ASC'], range: [0, 9] };

async function listedById(token: string, id: string): Promise<Order> {
  const listed = await listOrders(token, { filter: { id } });
  expect(listed.status).toBe(200);
  expect(listed.body).toHaveLength(1);
  return listed.body[0]!;
}

async function fullRead(id: string): Promise<Order> {
  const read = await api<Order>('GET', `/api/orders/${id}`, { token: reviewer });
  expect(read.status).toBe(200);
  return read.body;
}

describe('the cached list form of an order', () => {
  test('a claim shows in the next listing: status, assignee, version, lease', async () => {
    const page = await listOrders(reviewer, PAGE);
    const before = page.body[3]!;
    expect(await listedById(supervisor, before.id)).toEqual(before);
    expect(db.listed.size).toBeGreaterThan(0);

    const claimed = await post(reviewer, `/api/orders/${before.id}/claim`, {
      version: before.version,
    });
    expect(claimed.status).toBe(200);

    const after = await listedById(supervisor, before.id);
    expect(after).toMatchObject({
      status: 'in_review',
      assigneeId: 'u-reviewer1',
      version: before.version + 1,
    });
    expect(after.leaseExpiresAt).not.toBeNull();
    expect(after).toEqual(maskOrder(await fullRead(before.id)));
    // The page it was listed on no longer holds it: the indexes and the rows agree.
    const again = await listOrders(reviewer, PAGE);
    expect(again.body.map((o) => o.id)).not.toContain(before.id);
  });

  test('a lease heartbeat (same version, new expiry) shows in the next listing', async () => {
    const [first] = (await listOrders(reviewer, PAGE)).body;
    const claimed = await post(reviewer, `/api/orders/${first!.id}/claim`, {
      version: first!.version,
    });
    expect(claimed.status).toBe(200);
    const held = await listedById(reviewer, first!.id);

    const tenMinutesLater = new Date(Date.parse(TEST_NOW) + 10 * 60_000).toISOString();
    expect((await post(supervisor, '/api/_dev/clock', { now: tenMinutesLater })).status).toBe(200);
    const renewed = await post(reviewer, `/api/orders/${first!.id}/lease`, {});
    expect(renewed.status).toBe(200);

    const after = await listedById(reviewer, first!.id);
    expect(after.version).toBe(held.version);
    expect(after.leaseExpiresAt).toBe(renewed.body.leaseExpiresAt);
    expect(after.leaseExpiresAt).not.toBe(held.leaseExpiresAt);
  });

  test('a support caller never gets a full number after a reviewer listed and read the same page', async () => {
    const reviewerPage = await listOrders(reviewer, PAGE);
    // The reviewer's single reads are full: built and kept by the store, never by the list cache.
    const full = await fullRead(reviewerPage.body[0]!.id);
    expect(full.subjectPrincipal.mobile).toMatch(FULL_MOBILE);

    const supportPage = await listOrders(support, PAGE);
    expect(supportPage.status).toBe(200);
    expect(supportPage.text).not.toMatch(FULL_ID);
    expect(supportPage.text).not.toMatch(FULL_MOBILE);
    expect(supportPage.body).toEqual(reviewerPage.body);
    expect(supportPage.body[0]).toEqual(maskOrder(full));

    // And the cache hands no masked row to a reviewer's single read afterwards.
    expect((await fullRead(full.id)).subjectPrincipal.mobile).toBe(full.subjectPrincipal.mobile);
  });

  test('a new data set answers from its own orders, not from rows cached before the reset', async () => {
    const before = (await listOrders(reviewer, PAGE)).body;
    db.reset({ seed: 7, orders: 300 });
    expect(db.listed.size).toBe(0);
    const after = (await listOrders(reviewer, PAGE)).body;
    expect(after.map((o) => o.id)).not.toEqual(before.map((o) => o.id));
    for (const order of after) expect(order).toEqual(maskOrder(await fullRead(order.id)));
  });
});

describe('the search text index', () => {
  test('q finds an order by the phone a resubmission brought, no longer by the old one', async () => {
    const [rejected] = (
      await listOrders(reviewer, { filter: { status: 'rejected' }, range: [0, 0] })
    ).body;
    const oldMobile = db.order(rejected!.id)!.subjectPrincipal.mobile;
    const newMobile = '19912345678';
    const ids = async (q: string) =>
      (await listOrders(reviewer, { filter: { q } })).body.map((o) => o.id);
    // Searched once before the change, so that the index holds the old text.
    expect(await ids(oldMobile)).toContain(rejected!.id);
    expect(await ids(newMobile)).toEqual([]);

    const resubmitted = await post(supervisor, '/api/_dev/resubmit', {
      orderId: rejected!.id,
      changes: [{ field: 'subjectPrincipal.mobile', value: newMobile }],
    });
    expect(resubmitted.status).toBe(200);

    expect(await ids(newMobile)).toEqual([rejected!.id]);
    expect(await ids(oldMobile)).not.toContain(rejected!.id);
    // Parts of numbers, changed order included, agree with a plain test of every order's text.
    for (const part of ['991', '2345', oldMobile.slice(3, 6), oldMobile.slice(4, 9)]) {
      const answer = await listOrders(reviewer, { filter: { q: part }, range: [0, 0] });
      const expected = db.orders
        .all()
        .filter((row) => row.publicText.includes(part) || row.secretText.includes(part));
      expect(totalOf(answer)).toBe(expected.length);
    }
    // A masked role finds it by the whole number only.
    const bySupport = async (q: string) =>
      (await listOrders(support, { filter: { q } })).body.map((o) => o.id);
    expect(await bySupport(newMobile)).toEqual([rejected!.id]);
    expect(await bySupport(newMobile.slice(0, 7))).toEqual([]);
  });
});
