import { REVIEW_POLICY } from '../../src/domain/policy';
import { badQuery } from './errors';
import { hasControlCharacters } from './validate';
import { json, jsonArray, serializedJson } from './respond';

/**
 * `ra-data-simple-rest` list queries (api.md "Conventions"): `sort=["field","ASC"]`,
 * `range=[start,end]` (inclusive, at most 100 rows) and `filter={...}`, all JSON. Anything else in
 * the query string, and anything malformed, is `400 BAD_QUERY`.
 */

export type Direction = 'ASC' | 'DESC';

export interface ListQuery<F extends string> {
  sort: { field: F; direction: Direction };
  range: { start: number; end: number };
  filter: Record<string, unknown>;
}

export interface ListSpec<F extends string> {
  sortFields: readonly F[];
  defaultSort: { field: F; direction: Direction };
  filterFields: readonly string[];
}

const PARAMETERS = ['sort', 'range', 'filter'];
const MAX_ROWS: number = REVIEW_POLICY.maxPageSize;

function parseParameter(url: URL, name: string): unknown {
  const values = url.searchParams.getAll(name);
  if (values.length === 0) return undefined;
  if (values.length > 1) throw badQuery(name, 'given more than once');
  try {
    return JSON.parse(values[0] ?? '') as unknown;
  } catch {
    throw badQuery(name, 'is not JSON');
  }
}

/** Limits on any filter value, whatever the field: what no real query needs is refused. */
export const MAX_FILTER_TEXT = 200;
export const MAX_FILTER_VALUES = 1000;

function scalarProblem(value: unknown): string | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'must be a finite number';
  if (typeof value !== 'string')
    return 'must be a string, number, boolean, null or an array of them';
  if (value.length > MAX_FILTER_TEXT) return `must have at most ${MAX_FILTER_TEXT} characters`;
  if (hasControlCharacters(value)) return 'must not contain control characters';
  return null;
}

function filterValueProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return scalarProblem(value);
  if (value.length > MAX_FILTER_VALUES) return `must have at most ${MAX_FILTER_VALUES} values`;
  for (const item of value) {
    const problem = scalarProblem(item);
    if (problem) return problem;
  }
  return null;
}

export function parseListQuery<F extends string>(url: URL, spec: ListSpec<F>): ListQuery<F> {
  for (const name of new Set(url.searchParams.keys())) {
    if (!PARAMETERS.includes(name))
      throw badQuery(name, 'is not a known parameter (sort, range, filter)');
  }
  const sortValue = parseParameter(url, 'sort');
  let sort = spec.defaultSort;
  if (sortValue !== undefined) {
    if (!Array.isArray(sortValue) || sortValue.length !== 2)
      throw badQuery('sort', 'must be ["field","ASC"|"DESC"]');
    const [field, direction] = sortValue as unknown[];
    if (typeof field !== 'string' || !(spec.sortFields as readonly string[]).includes(field)) {
      throw badQuery('sort', `unknown sort field; one of ${spec.sortFields.join(', ')}`);
    }
    if (direction !== 'ASC' && direction !== 'DESC')
      throw badQuery('sort', 'order must be "ASC" or "DESC"');
    sort = { field: field as F, direction };
  }
  const rangeValue = parseParameter(url, 'range');
  let range = { start: 0, end: MAX_ROWS - 1 };
  if (rangeValue !== undefined) {
    if (
      !Array.isArray(rangeValue) ||
      rangeValue.length !== 2 ||
      !rangeValue.every((n) => typeof n === 'number' && Number.isSafeInteger(n))
    ) {
      throw badQuery('range', 'must be [start,end] with two integers');
    }
    const [start, end] = rangeValue as [number, number];
    if (start < 0 || end < 0) throw badQuery('range', 'must not be negative');
    if (end < start) throw badQuery('range', 'end must not be before start');
    if (end - start + 1 > MAX_ROWS)
      throw badQuery('range', `a page holds at most ${MAX_ROWS} rows`);
    range = { start, end };
  }
  const filterValue = parseParameter(url, 'filter');
  const filter = filterValue === undefined ? {} : filterValue;
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
    throw badQuery('filter', 'must be a JSON object');
  }
  for (const [key, value] of Object.entries(filter)) {
    if (!spec.filterFields.includes(key)) {
      throw badQuery(
        'filter',
        `unknown filter field "${key}"; one of ${spec.filterFields.join(', ')}`,
      );
    }
    const problem = filterValueProblem(value);
    if (problem) throw badQuery('filter', `${key} ${problem}`);
  }
  return { sort, range, filter: filter as Record<string, unknown> };
}

/** A page of rows with `Content-Range: <resource> <start>-<end>/<total>` (or `*\/<total>`). */
export function listResponse(
  resource: string,
  rows: readonly unknown[],
  start: number,
  total: number,
): Response {
  return json(rows, 200, { 'Content-Range': contentRange(resource, rows.length, start, total) });
}

function contentRange(resource: string, count: number, start: number, total: number): string {
  return count === 0
    ? `${resource} */${total}`
    : `${resource} ${start}-${start + count - 1}/${total}`;
}

/** The same answer from rows already serialised as JSON. */
export function serializedListResponse(
  resource: string,
  rows: readonly Uint8Array[],
  start: number,
  total: number,
): Response {
  return serializedJson(jsonArray(rows), 200, {
    'Content-Range': contentRange(resource, rows.length, start, total),
  });
}

/** Slices one page out of already filtered and sorted rows. */
export function pageOf<T>(rows: readonly T[], range: { start: number; end: number }): T[] {
  return rows.slice(range.start, range.end + 1);
}

/** Filter values: one value or an array of them, each checked by `accept`. */
export function oneOrMany(
  filter: Record<string, unknown>,
  field: string,
  accept: (value: unknown) => boolean,
  expected: string,
): Set<string> | null {
  const value = filter[field];
  if (value === undefined) return null;
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (!accept(item)) throw badQuery('filter', `${field} must be ${expected} or an array of them`);
  }
  return new Set(values as string[]);
}

export const isString = (value: unknown): boolean => typeof value === 'string';

export function isOneOf(values: readonly string[]) {
  return (value: unknown): boolean => typeof value === 'string' && values.includes(value);
}

export function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Filters already sorted items and answers one page of them. */
export function respondList<T>(
  resource: string,
  sorted: readonly T[],
  tests: readonly ((item: T) => boolean)[],
  range: { start: number; end: number },
  view: (item: T) => unknown = (item) => item,
): Response {
  const page: unknown[] = [];
  let total = 0;
  for (const item of sorted) {
    if (!tests.every((test) => test(item))) continue;
    if (total >= range.start && total <= range.end) page.push(view(item));
    total += 1;
  }
  return listResponse(resource, page, range.start, total);
}

/** Sorts a copy by one field, ties by id; nulls last ascending (first descending). */
export function sortBy<T extends { id: string }>(
  items: readonly T[],
  field: keyof T,
  direction: Direction,
): T[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...items].sort((x, y) => {
    const a = x[field];
    const b = y[field];
    if (a !== b) {
      if (a === null || a === undefined) return sign;
      if (b === null || b === undefined) return -sign;
      return (a < b ? -1 : 1) * sign;
    }
    return compareIds(x, y);
  });
}
