import { describe, expect, it } from 'vitest';
import { deadlineState } from '../../src/domain/sla';
import { cstDate, fromCst, toCstIso, weekdayOf } from '../../src/domain/time';

describe('China Standard Time, whatever the host zone', () => {
  it('runs these tests far from China', () => {
    expect(new Date('2026-06-01T00:00:00Z').getTimezoneOffset()).not.toBe(-480);
  });

  it('formats instants with the +08:00 offset', () => {
    expect(toCstIso(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30T00:30:00.000+08:00');
    expect(cstDate(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
  });

  it('builds instants from CST wall-clock times', () => {
    expect(fromCst('2026-10-08', 10).toISOString()).toBe('2026-10-08T02:00:00.000Z');
  });

  it('knows weekdays from dates alone', () => {
    expect(weekdayOf('2026-11-29')).toBe(0);
    expect(weekdayOf('2026-10-10')).toBe(6);
  });
});

describe('deadline state', () => {
  const due = '2026-11-30T10:00:00.000+08:00';
  const at = (local: string) => new Date(`${local}+08:00`);
  it.each([
    ['2026-11-30T07:59:00', 'on_time'],
    ['2026-11-30T08:00:00', 'due_soon'],
    ['2026-11-30T09:59:00', 'due_soon'],
    ['2026-11-30T10:00:00', 'overdue'],
  ])('at %s an open order is %s', (now, expected) => {
    expect(deadlineState({ status: 'pending_review', slaDueAt: due }, at(now))).toBe(expected);
  });

  it('has no deadline state once the order left the initial review or without a calendar', () => {
    expect(
      deadlineState({ status: 'bureau_pending', slaDueAt: due }, at('2026-12-01T00:00:00')),
    ).toBeNull();
    expect(
      deadlineState({ status: 'in_review', slaDueAt: null }, at('2026-12-01T00:00:00')),
    ).toBeNull();
  });
});
