// The package's Node entry is a UMD bundle whose named exports Node's ESM loader cannot see; its
// default export (the same functions) works under Node, Vite and Vitest alike.
import chineseDays from 'chinese-days';
import { CALENDAR_OVERRIDES, type CalendarYear } from './config/calendarOverrides';
import { addDays, cstDate, cstParts, fromCst, parseIsoDate, weekdayOf } from './time';

/**
 * The working-day calendar of mainland China (weekends, official holidays, make-up workdays), built on
 * the `chinese-days` data. For a year that data does not cover, the package silently falls back to
 * Monday–Friday; we refuse to guess instead and throw `CalendarNotCoveredError`, unless the year has
 * been added to the override table.
 */

export class CalendarNotCoveredError extends Error {
  readonly code = 'CALENDAR_NOT_COVERED';
  constructor(readonly year: number) {
    super(`The holiday calendar does not cover ${year}`);
    this.name = 'CalendarNotCoveredError';
  }
}

/** When a filing arrives outside working hours on a non-working day, its clock starts at 09:00. */
export const WORKDAY_START_HOUR = 9;

export interface WorkingCalendar {
  covers(year: number): boolean;
  isWorkingDay(date: string): boolean;
  /** The deadline `days` working days after `start`, at the same CST wall-clock time. */
  addWorkingDays(start: Date, days: number): Date;
  /** The working days strictly after `from` and up to and including `to` (both ISO dates). */
  workingDaysBetween(from: string, to: string): number;
}

type DayKind = 'holiday' | 'workday';

function packageListedDay(date: string): DayKind | null {
  // A day the package lists carries the holiday's name ("National Day,国庆节,3"); an ordinary day
  // carries only a weekday name. The package's own weekday logic depends on the host's time zone,
  // so we use only its lists and compute weekdays ourselves.
  const detail = chineseDays.getDayDetail(date);
  if (!detail.name.includes(',')) return null;
  return detail.work ? 'workday' : 'holiday';
}

export function createCalendar(overrides: CalendarYear[] = CALENDAR_OVERRIDES): WorkingCalendar {
  const overrideYears = new Map<number, { holidays: Set<string>; workdays: Set<string> }>();
  for (const entry of overrides) {
    overrideYears.set(entry.year, {
      holidays: new Set(entry.holidays),
      workdays: new Set(entry.workdays),
    });
  }
  const packageCoverage = new Map<number, boolean>();

  function packageCovers(year: number): boolean {
    let covered = packageCoverage.get(year);
    if (covered === undefined) {
      covered = false;
      // Every year the data covers lists New Year's Day or Spring Festival; scanning the whole year
      // keeps this independent of which holiday happens to be listed.
      for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
        if (packageListedDay(date) !== null) {
          covered = true;
          break;
        }
      }
      packageCoverage.set(year, covered);
    }
    return covered;
  }

  function covers(year: number): boolean {
    return overrideYears.has(year) || packageCovers(year);
  }

  // Deadlines are computed for every order of a large queue; the answer per date never changes.
  const workingDayCache = new Map<string, boolean>();

  function isWorkingDay(date: string): boolean {
    let working = workingDayCache.get(date);
    if (working === undefined) {
      working = computeIsWorkingDay(date);
      workingDayCache.set(date, working);
    }
    return working;
  }

  function computeIsWorkingDay(date: string): boolean {
    const [year] = parseIsoDate(date);
    const override = overrideYears.get(year);
    let listed: DayKind | null;
    if (override) {
      listed = override.workdays.has(date)
        ? 'workday'
        : override.holidays.has(date)
          ? 'holiday'
          : null;
    } else if (packageCovers(year)) {
      listed = packageListedDay(date);
    } else {
      throw new CalendarNotCoveredError(year);
    }
    if (listed) return listed === 'workday';
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6;
  }

  function nextWorkingDay(date: string): string {
    let next = addDays(date, 1);
    while (!isWorkingDay(next)) next = addDays(next, 1);
    return next;
  }

  function addWorkingDays(start: Date, days: number): Date {
    let date = cstDate(start);
    const parts = cstParts(start);
    let [hour, minute, second] = [parts.hour, parts.minute, parts.second];
    if (!isWorkingDay(date)) {
      // Filed on a day off: the clock starts at the beginning of the next working day.
      date = nextWorkingDay(date);
      [hour, minute, second] = [WORKDAY_START_HOUR, 0, 0];
    }
    for (let i = 0; i < days; i += 1) date = nextWorkingDay(date);
    return fromCst(date, hour, minute, second);
  }

  function workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
      if (isWorkingDay(date)) count += 1;
    }
    return count;
  }

  return { covers, isWorkingDay, addWorkingDays, workingDaysBetween };
}

// Pure: a bundle that never asks for working days (the queue) leaves the holiday data out.
export const calendar = /* @__PURE__ */ createCalendar();
