import { cstParts } from './time';

/**
 * Display formats of the console, in China Standard Time whatever the browser's zone. Pure: the
 * words around the numbers come from the i18n catalogs.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function toDate(value: Date | string): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `YYYY-MM-DD HH:mm` in CST; null for a missing or unparsable time. */
export function formatCstDateTime(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = toDate(value);
  if (!date) return null;
  const p = cstParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** `YYYY-MM-DD` in CST for an instant; a plain ISO date (no time) is returned as it is. */
export function formatCstDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = toDate(value);
  if (!date) return null;
  const p = cstParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits a span of time (sign ignored) into whole days, hours and minutes, rounding down. */
export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

/** The main domain of an order: its first website's first domain. */
export function mainDomain(order: { websites?: { domains?: string[] }[] }): string | null {
  return order.websites?.[0]?.domains?.[0] ?? null;
}
