import { describe, expect, it } from 'vitest';
import { actionRefusal, allowedActions, canTransition, TRANSITIONS } from '../../src/domain/status';
import { ORDER_STATUSES, type OrderStatus } from '../../src/domain/types';

const reviewer = { id: 'u-reviewer1', role: 'reviewer' as const };
const otherReviewer = { id: 'u-reviewer2', role: 'reviewer' as const };
const supervisor = { id: 'u-supervisor1', role: 'supervisor' as const };
const support = { id: 'u-support1', role: 'support' as const };

describe('status machine (api.md "Order statuses")', () => {
  const allowed: [OrderStatus, OrderStatus][] = [
    ['pending_review', 'in_review'],
    ['in_review', 'pending_review'],
    ['in_review', 'bureau_pending'],
    ['in_review', 'rejected'],
    ['bureau_pending', 'bureau_approved'],
    ['bureau_pending', 'bureau_rejected'],
    ['rejected', 'pending_review'],
  ];

  it('allows exactly the transitions of the contract', () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('has final states with no way out', () => {
    expect(TRANSITIONS.bureau_approved).toEqual([]);
    expect(TRANSITIONS.bureau_rejected).toEqual([]);
  });
});

describe('who may do what', () => {
  const pending = { status: 'pending_review' as const, assigneeId: null };
  const mine = { status: 'in_review' as const, assigneeId: reviewer.id };

  it('lets reviewers and supervisors claim a pending order, never support', () => {
    expect(actionRefusal('claim', pending, reviewer)).toBeNull();
    expect(actionRefusal('claim', pending, supervisor)).toBeNull();
    expect(actionRefusal('claim', pending, support)).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('answers ALREADY_CLAIMED for an order someone holds', () => {
    expect(actionRefusal('claim', mine, otherReviewer)).toEqual({
      status: 409,
      code: 'ALREADY_CLAIMED',
    });
  });

  it('lets only the assignee or a supervisor release', () => {
    expect(actionRefusal('release', mine, reviewer)).toBeNull();
    expect(actionRefusal('release', mine, supervisor)).toBeNull();
    expect(actionRefusal('release', mine, otherReviewer)).toEqual({
      status: 403,
      code: 'NOT_ASSIGNEE',
    });
  });

  it('checks the role before ownership and ownership before status', () => {
    const approved = { status: 'bureau_approved' as const, assigneeId: reviewer.id };
    expect(actionRefusal('approve', approved, support)?.code).toBe('FORBIDDEN');
    expect(actionRefusal('approve', approved, otherReviewer)?.code).toBe('NOT_ASSIGNEE');
    expect(actionRefusal('approve', approved, reviewer)?.code).toBe('INVALID_STATE');
  });

  it('keeps decisions to the assignee: a supervisor cannot approve an order held by someone else', () => {
    expect(actionRefusal('approve', mine, supervisor)?.code).toBe('NOT_ASSIGNEE');
  });

  it('reserves the bureau result and reassignment to supervisors', () => {
    const atBureau = { status: 'bureau_pending' as const, assigneeId: reviewer.id };
    expect(actionRefusal('bureau_result', atBureau, reviewer)?.code).toBe('FORBIDDEN');
    expect(actionRefusal('bureau_result', atBureau, supervisor)).toBeNull();
    expect(actionRefusal('reassign', mine, supervisor)).toBeNull();
    expect(actionRefusal('reassign', mine, reviewer)?.code).toBe('FORBIDDEN');
  });

  it('lists the actions the console should offer', () => {
    expect(allowedActions(mine, reviewer)).toEqual([
      'release',
      'call',
      'verdict',
      'approve',
      'reject',
      'note',
    ]);
    expect(allowedActions(pending, reviewer)).toEqual(['claim', 'note']);
    expect(allowedActions(pending, support)).toEqual([]);
  });
});
