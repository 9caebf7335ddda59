import type { FieldChange, Order } from './types';

/**
 * What the applicant changed between two revisions of an order, field by field, so that a reviewer
 * checks the fixes of a resubmission first. Only what the applicant fills in is compared (the
 * filing's verification, subject, principals, websites and cloud resource), never review state.
 */

const APPLICANT_PARTS = [
  'type',
  'province',
  'verification',
  'subject',
  'subjectPrincipal',
  'websites',
  'cloudResource',
] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function leaves(value: Json, path: string, out: Map<string, string>): void {
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    out.set(path, value.map(String).join(', '));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) leaves(item, `${path}.${key}`, out);
  } else {
    out.set(path, value === null ? '' : String(value));
  }
}

function flatten(order: Order): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of APPLICANT_PARTS) leaves(order[part] as unknown as Json, part, out);
  return out;
}

export function diffOrders(before: Order, after: Order): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    .filter((field) => (a.get(field) ?? '') !== (b.get(field) ?? ''))
    .map((field) => ({ field, before: a.get(field) ?? '', after: b.get(field) ?? '' }));
}

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/** A field path's segments: `websites[0].name` → ["websites", 0, "name"]. */
export function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(SEGMENT)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/**
 * A copy of the order with the fields at `path` set (only existing string fields of the applicant's
 * parts; a path elsewhere is refused with false).
 */
export function setApplicantField(order: Order, path: string, value: string): Order | null {
  const segments = pathSegments(path);
  if (!APPLICANT_PARTS.includes(segments[0] as (typeof APPLICANT_PARTS)[number])) return null;
  const copy = structuredClone(order) as unknown as Record<string | number, Json>;
  let node: Json = copy as unknown as Json;
  for (const segment of segments.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, Json>)[segment] ?? null;
  }
  const last = segments.at(-1);
  if (last === undefined || node === null || typeof node !== 'object') return null;
  const target = node as Record<string | number, Json>;
  if (typeof target[last] !== 'string') return null;
  target[last] = value;
  return copy as unknown as Order;
}

/**
 * The materials of the order's current submission: those of its revision (materials without one
 * predate revisions). When none match, all are shown rather than none.
 */
export function currentSubmissionMaterials<M extends { revision?: number }>(
  materials: readonly M[],
  revision: number,
): readonly M[] {
  const current = materials.filter((m) => m.revision === undefined || m.revision === revision);
  return current.length > 0 ? current : materials;
}
