import { describe, expect, it } from 'vitest';
import { CalendarNotCoveredError, createCalendar } from '../../src/domain/calendar';
import { initialReviewDueAt, bureauDueAt } from '../../src/domain/sla';
import { toCstIso } from '../../src/domain/time';

const cst = (local: string) => new Date(`${local}+08:00`);
const calendar = createCalendar();

describe('working days (2026 schedule, domain.md §10)', () => {
  it.each([
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'National Day, last day off'],
    ['2026-10-08', true, 'first working day after National Day'],
    ['2026-10-10', true, 'Saturday make-up workday for National Day'],
    ['2026-09-20', true, 'Sunday make-up workday for National Day'],
    ['2026-02-14', true, 'Saturday make-up workday for Spring Festival'],
    ['2026-02-28', true, 'Saturday make-up workday for Spring Festival'],
    ['2026-02-16', false, 'Spring Festival, a Monday'],
    ['2026-01-04', true, 'Sunday make-up workday for New Year'],
    ['2026-05-09', true, 'Saturday make-up workday for Labour Day'],
    ['2026-06-19', false, 'Dragon Boat, a Friday'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2026-11-30', true, 'an ordinary Monday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('submitted 2026-09-30 10:00 is due 2026-10-08 10:00 (the issue vector)', () => {
    expect(toCstIso(calendar.addWorkingDays(cst('2026-09-30T10:00:00'), 1))).toBe(
      '2026-10-08T10:00:00.000+08:00',
    );
  });

  it('counts 20 working days from 2026-09-30 to 2026-11-03 (domain.md §10)', () => {
    expect(toCstIso(calendar.addWorkingDays(cst('2026-09-30T10:00:00'), 20))).toBe(
      '2026-11-03T10:00:00.000+08:00',
    );
  });

  it('Friday 2026-02-13 plus one working day is the make-up Saturday 2026-02-14', () => {
    expect(toCstIso(calendar.addWorkingDays(cst('2026-02-13T16:30:00'), 1))).toBe(
      '2026-02-14T16:30:00.000+08:00',
    );
  });

  it('a filing made on a day off starts its clock at 09:00 of the next working day', () => {
    // Saturday 2026-11-28 → clock starts Monday 09:00 → due Tuesday 09:00.
    expect(toCstIso(calendar.addWorkingDays(cst('2026-11-28T15:00:00'), 1))).toBe(
      '2026-12-01T09:00:00.000+08:00',
    );
  });

  it('works on the CST date even when the instant is still the previous day in UTC', () => {
    // 2026-10-08 07:00 CST is 2026-10-07 23:00 UTC, a holiday in UTC terms but a workday in China.
    expect(toCstIso(calendar.addWorkingDays(cst('2026-10-08T07:00:00'), 1))).toBe(
      '2026-10-09T07:00:00.000+08:00',
    );
  });

  it('counts working days between dates', () => {
    // Oct 8 and 9, then the make-up Saturday Oct 10.
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
  });
});

describe('years the holiday data does not cover', () => {
  it('refuses to guess for 2027 instead of falling back to Monday–Friday', () => {
    expect(calendar.covers(2027)).toBe(false);
    expect(() => calendar.isWorkingDay('2027-01-01')).toThrow(CalendarNotCoveredError);
    expect(() => calendar.addWorkingDays(cst('2026-12-31T10:00:00'), 1)).toThrow(
      /does not cover 2027/,
    );
  });

  it('gives no deadline rather than a guessed one', () => {
    expect(initialReviewDueAt(cst('2027-03-01T10:00:00'))).toBeNull();
    expect(bureauDueAt(cst('2026-12-20T10:00:00'), '44')).toBeNull();
  });

  it('accepts a year added through the configuration table', () => {
    const withOverride = createCalendar([
      { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-02'], source: 'test' },
    ]);
    expect(withOverride.covers(2027)).toBe(true);
    expect(withOverride.isWorkingDay('2027-01-01')).toBe(false);
    expect(withOverride.isWorkingDay('2027-01-02')).toBe(true);
    expect(toCstIso(withOverride.addWorkingDays(cst('2026-12-31T10:00:00'), 1))).toBe(
      '2027-01-02T10:00:00.000+08:00',
    );
  });

  it('still covers the data range of the package', () => {
    expect(calendar.covers(2004)).toBe(true);
    expect(calendar.covers(2026)).toBe(true);
    expect(calendar.covers(2003)).toBe(false);
  });
});

describe('bureau deadline', () => {
  it('is 20 working days, 30 in Zhejiang', () => {
    const submitted = cst('2026-09-30T10:00:00');
    expect(toCstIso(bureauDueAt(submitted, '44') as Date)).toBe('2026-11-03T10:00:00.000+08:00');
    const zhejiang = bureauDueAt(submitted, '33') as Date;
    expect(toCstIso(zhejiang)).toBe('2026-11-17T10:00:00.000+08:00');
  });
});
