/**
 * China Standard Time helpers. Deadlines and displayed times are in Asia/Shanghai whatever the
 * browser's or server's zone; China has had no daylight saving since 1991, so a fixed +08:00 offset
 * is exact and needs no time-zone database.
 */

export const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface CstParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function cstParts(instant: Date): CstParts {
  const shifted = new Date(instant.getTime() + CST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The CST calendar date of an instant, as YYYY-MM-DD. */
export function cstDate(instant: Date): string {
  const p = cstParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The instant at the given CST wall-clock time. */
export function fromCst(date: string, hour = 0, minute = 0, second = 0): Date {
  const [y, m, d] = parseIsoDate(date);
  return new Date(Date.UTC(y, m - 1, d, hour, minute, second) - CST_OFFSET_MS);
}

/** ISO 8601 with the +08:00 offset, the form the API uses for every time it writes. */
export function toCstIso(instant: Date): string {
  const p = cstParts(instant);
  const ms = pad(instant.getUTCMilliseconds(), 3);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${ms}+08:00`;
}

export function parseIsoDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Adds whole days to an ISO date, in pure calendar arithmetic. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parseIsoDate(date);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** 0 = Sunday … 6 = Saturday, for an ISO date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = parseIsoDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isValidIsoDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
