import { describe, expect, it } from 'vitest';
import {
  durationParts,
  formatCstDate,
  formatCstDateTime,
  mainDomain,
} from '../../src/domain/format';

// The suite runs in America/New_York (vitest.config.ts): CST output must not depend on it.
describe('CST display formats', () => {
  it.each([
    ['2026-11-27T10:00:00+08:00', '2026-11-27 10:00'],
    ['2026-11-26T16:05:59Z', '2026-11-27 00:05'],
    ['2026-12-31T23:59:00-05:00', '2027-01-01 12:59'],
  ])('%s is %s in CST', (iso, expected) => {
    expect(formatCstDateTime(iso)).toBe(expected);
  });

  it('keeps plain dates as they are and returns null for missing or bad input', () => {
    expect(formatCstDate('2045-09-18')).toBe('2045-09-18');
    expect(formatCstDate('2026-11-26T16:05:59Z')).toBe('2026-11-27');
    expect(formatCstDateTime(null)).toBeNull();
    expect(formatCstDateTime('not a time')).toBeNull();
  });

  it.each([
    [0, { days: 0, hours: 0, minutes: 0 }],
    [59_999, { days: 0, hours: 0, minutes: 0 }],
    [(3 * 60 + 20) * 60_000, { days: 0, hours: 3, minutes: 20 }],
    [-(65 * 60_000), { days: 0, hours: 1, minutes: 5 }],
    [(2 * 1440 + 23 * 60 + 59) * 60_000, { days: 2, hours: 23, minutes: 59 }],
  ])('splits %i ms into whole units', (ms, parts) => {
    expect(durationParts(ms)).toEqual(parts);
  });

  it('takes the main domain from the first website', () => {
    expect(mainDomain({ websites: [{ domains: ['a.cn', 'b.cn'] }, { domains: ['c.cn'] }] })).toBe(
      'a.cn',
    );
    expect(mainDomain({ websites: [] })).toBeNull();
  });
});
