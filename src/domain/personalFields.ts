import { changeMask, maskCertificateNumber, maskEmail, maskExtracted, maskPhone } from './masking';
import type { Material, Order } from './types';

/**
 * Personal fields an order carries, addressed by path (`subjectPrincipal.mobile`,
 * `websites[0].principal.certificateNumber`, `materials.<materialId>.number`): which can be
 * revealed (api.md "Reveal"), how each is masked, and masking of free text that may quote them
 * (audit details, notes). Pure: the mock API and the console share it.
 */

const PRINCIPAL_FIELDS = [
  'certificateNumber',
  'certificateAddress',
  'mobile',
  'emergencyPhone',
  'landline',
  'email',
] as const;

const FIELD_PATTERNS: readonly RegExp[] = [
  /^verification\.certificateNumber$/,
  /^subject\.(certificateNumber|certificateAddress|mailingAddress\.street)$/,
  new RegExp(`^subjectPrincipal\\.(${PRINCIPAL_FIELDS.join('|')})$`),
  new RegExp(`^websites\\[(\\d{1,2})\\]\\.principal\\.(${PRINCIPAL_FIELDS.join('|')})$`),
  /^websites\[(\d{1,2})\]\.domainRecord\.certificateNumber$/,
];

const MATERIAL_FIELD = /^materials\.([A-Za-z0-9-]{1,64})\.([A-Za-z]{1,32})$/;

/** Whether `field` names a personal field at all (before looking at an order). */
export function isPersonalFieldPath(field: string): boolean {
  return FIELD_PATTERNS.some((pattern) => pattern.test(field)) || MATERIAL_FIELD.test(field);
}

/** How a field's value is masked. */
export function maskFieldValue(field: string, value: string): string {
  const material = MATERIAL_FIELD.exec(field);
  if (material) return maskExtracted({ [material[2] ?? '']: value })[material[2] ?? ''] ?? value;
  if (/mailingAddress\.street$/.test(field)) return '***';
  return changeMask(field)(value);
}

function at(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    const indexed = /^(\w+)\[(\d+)\]$/.exec(part);
    if (current === null || typeof current !== 'object') return undefined;
    if (indexed) {
      const list = (current as Record<string, unknown>)[indexed[1] ?? ''];
      current = Array.isArray(list) ? (list as unknown[])[Number(indexed[2])] : undefined;
    } else {
      current = (current as Record<string, unknown>)[part];
    }
  }
  return current;
}

/**
 * The full value of a personal field of an order (or of one of its materials), or null when the
 * path is not a personal field of it or holds no value.
 */
export function personalFieldValue(
  order: Order,
  field: string,
  materials: readonly Material[] = [],
): string | null {
  const material = MATERIAL_FIELD.exec(field);
  if (material) {
    const found = materials.find((m) => m.id === material[1]);
    const key = material[2] ?? '';
    const masked = found ? maskExtracted({ [key]: found.extracted[key] ?? '' })[key] : undefined;
    const value = found?.extracted[key];
    // Only extracted fields that are masked are personal (a name or a date is not revealed).
    return typeof value === 'string' && value !== '' && masked !== value ? value : null;
  }
  if (!FIELD_PATTERNS.some((pattern) => pattern.test(field))) return null;
  const value = at(order, field);
  return typeof value === 'string' && value !== '' ? value : null;
}

const ID_LIKE = /(?<![0-9A-Za-z*])(?=[0-9A-Z]{18}(?![0-9A-Za-z]))(?=(?:[A-Z]*\d){8})[0-9A-Z]{18}/g;
const PASSPORT_LIKE = /(?<![0-9A-Za-z*])[A-Z]{1,2}\d{7,9}(?![0-9A-Za-z])/g;
const MOBILE = /(?<![\d*])(?:\+?86)?1[3-9]\d{9}(?!\d)/g;
const LANDLINE = /(?<![\d*])0\d{2,3}-?\d{7,8}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Free text (a note, a notice) with certificate numbers, phones and e-mails in it masked. */
export function maskPersonalText(text: string): string {
  return text
    .replace(ID_LIKE, (id) => maskCertificateNumber(id))
    .replace(PASSPORT_LIKE, (id) => maskCertificateNumber(id))
    .replace(MOBILE, (phone) => maskPhone(phone))
    .replace(LANDLINE, (phone) => maskPhone(phone))
    .replace(EMAIL, (email) => maskEmail(email));
}

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalText(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A changed field (`{field, before, after}`) is masked like the field itself.
    if (typeof record.field === 'string' && 'before' in record && 'after' in record) {
      const mask = changeMask(record.field);
      const text = (v: unknown) => (typeof v === 'string' ? maskPersonalText(mask(v)) : v);
      return { ...record, before: text(record.before), after: text(record.after) };
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, maskDeep(v)]));
  }
  return value;
}

/** An audit event's details as list answers carry them: personal data masked. */
export function maskDetails(details: Record<string, unknown>): Record<string, unknown> {
  return maskDeep(details) as Record<string, unknown>;
}
