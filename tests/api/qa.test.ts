import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../mocks/db';
import type { QaReview } from '../../mocks/store/qaReviews';
import type { AgreementRow } from '../../src/domain/qa';
import { api, listQuery, login, TEST_SEED, totalOf, type ErrorBody } from './client';

/** Second review: sampling, who reviews, blindness until the second verdict, disagreements. */

let supervisor: string;
beforeEach(async () => {
  supervisor = await login('supervisor1');
});

const reviews = (token: string, filter: Record<string, unknown> = {}, range = [0, 99]) =>
  api<QaReview[] & ErrorBody>('GET', `/api/qa_reviews${listQuery({ filter, range })}`, { token });

async function allReviews(token: string, filter: Record<string, unknown> = {}) {
  const out: QaReview[] = [];
  for (let start = 0; ; start += 100) {
    const page = await reviews(token, filter, [start, start + 99]);
    out.push(...page.body);
    if (page.body.length < 100) return out;
  }
}

const decisions = () =>
  db.audit.inTimeOrder().filter((e) => e.action === 'approve' || e.action === 'reject');

describe('QA sampling', () => {
  test('about a fifth of decisions, each reviewed by somebody other than its decider', async () => {
    const all = await allReviews(supervisor);
    const share = all.length / decisions().length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.28);
    const byId = new Map(decisions().map((e) => [e.id, e]));
    for (const review of all) {
      const decision = byId.get(review.decisionEventId);
      expect(decision?.orderId).toBe(review.orderId);
      expect(review.firstReviewerId).toBe(decision?.actorId);
      expect(review.firstVerdict).toBe(decision?.action);
      expect(review.reviewerId).not.toBe(review.firstReviewerId);
      expect(db.user(review.reviewerId)?.role).toBe('reviewer');
    }
    expect(new Set(all.map((r) => r.reviewerId)).size).toBeGreaterThan(2);
  });

  test('deterministic: a rebuilt data set samples the same decisions', async () => {
    const first = (await allReviews(supervisor)).map((r) => [r.id, r.reviewerId]);
    db.reset({ seed: TEST_SEED, orders: 300 });
    const again = (await allReviews(supervisor)).map((r) => [r.id, r.reviewerId]);
    expect(again).toEqual(first);
  });
});

describe('blind second review', () => {
  test('the second reviewer sees no first verdict until they give theirs', async () => {
    const pending = (await allReviews(supervisor, { status: 'pending' }))[0];
    if (!pending) throw new Error('the seed has no pending second review');
    const username = db.user(pending.reviewerId)?.username ?? '';
    const token = await login(username);
    const list = await reviews(token, { status: 'pending' });
    expect(list.status).toBe(200);
    expect(list.body.every((r) => r.reviewerId === pending.reviewerId)).toBe(true);
    const one = await api<QaReview>('GET', `/api/qa_reviews/${pending.id}`, { token });
    for (const text of [list.text, one.text]) {
      for (const secret of ['firstVerdict', 'firstReviewerId', 'firstReasons', 'agree'])
        expect(text).not.toContain(secret);
      expect(text).not.toContain(pending.firstReviewerId);
    }
    // Filtering by the decider must not reveal them either.
    const probe = await reviews(token, {
      firstReviewerId: pending.firstReviewerId,
      status: 'pending',
    });
    expect(totalOf(probe)).toBe(0);

    const opposite = pending.firstVerdict === 'approve' ? 'reject' : 'approve';
    const given = await api<QaReview>('POST', `/api/qa_reviews/${pending.id}/verdict`, {
      token,
      body: { verdict: opposite, note: '材料不清晰' },
    });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({
      status: 'done',
      verdict: opposite,
      firstVerdict: pending.firstVerdict,
      firstReviewerId: pending.firstReviewerId,
      agree: false,
    });
    const twice = await api<ErrorBody>('POST', `/api/qa_reviews/${pending.id}/verdict`, {
      token,
      body: { verdict: opposite },
    });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'INVALID_STATE']);
    const disagreements = await allReviews(supervisor, { agree: false });
    expect(disagreements.map((r) => r.id)).toContain(pending.id);
    expect(disagreements.every((r) => r.verdict !== r.firstVerdict)).toBe(true);
  });

  test('only the assigned reviewer gives the verdict; support may not look', async () => {
    const pending = (await allReviews(supervisor, { status: 'pending' }))[0] as QaReview;
    const other = db.users.find((u) => u.role === 'reviewer' && u.id !== pending.reviewerId);
    const token = await login(other?.username ?? '');
    const path = `/api/qa_reviews/${pending.id}`;
    const read = await api<ErrorBody>('GET', path, { token });
    expect([read.status, read.body.error.code]).toEqual([403, 'NOT_ASSIGNEE']);
    const post = await api<ErrorBody>('POST', `${path}/verdict`, {
      token,
      body: { verdict: 'approve' },
    });
    expect([post.status, post.body.error.code]).toEqual([403, 'NOT_ASSIGNEE']);
    const support = await login('support1');
    expect((await reviews(support)).status).toBe(403);
    const bad = await api<ErrorBody>('POST', `${path}/verdict`, {
      token: await login(db.user(pending.reviewerId)?.username ?? ''),
      body: { verdict: 'maybe' },
    });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await api('DELETE', path, { token: supervisor })).status).toBe(405);
  });

  test('the dashboard’s agreement per reviewer matches the finished second reviews', async () => {
    const done = await allReviews(supervisor, { status: 'done' });
    expect(done.some((r) => r.agree === false)).toBe(true);
    const dash = await api<{ agreement: AgreementRow[] }>('GET', '/api/stats/dashboard', {
      token: supervisor,
    });
    for (const row of dash.body.agreement) {
      const theirs = done.filter((r) => r.firstReviewerId === row.reviewerId);
      expect(row.reviewed).toBe(theirs.length);
      expect(row.agreed).toBe(theirs.filter((r) => r.agree).length);
    }
    expect(dash.body.agreement.reduce((s, r) => s + r.reviewed, 0)).toBe(done.length);
  });
});
