import type { OrderStatus } from './types';
import { normalizeMobile } from './identity';

/**
 * The global lookup (api.md, `GET /api/lookup`): what a typed text can be, and how a match ranks.
 * Pure; the mock's index applies it and the console shows the detected kinds.
 *
 * Minimum lengths (no false positives on short input): a query under 2 characters finds nothing;
 * partial subject names need 2 characters, partial domains 3; a number's last digits need 4
 * (exactly 4 for roles that see personal data masked: the last 4 are what the masked value shows).
 */

export const LOOKUP_KINDS = [
  'order_id',
  'filing_number',
  'certificate',
  'phone',
  'domain',
  'name',
  'certificate_suffix',
  'phone_suffix',
  'domain_partial',
  'name_partial',
] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export const LOOKUP_LIMITS = {
  minQuery: 2,
  minNamePart: 2,
  minDomainPart: 3,
  minSuffix: 4,
  maxGroups: 20,
  maxOrders: 50,
} as const;

/** Exact keys rank before partial ones; within a kind, the more specific key first. */
export const LOOKUP_SCORES: Readonly<Record<LookupKind, number>> = {
  order_id: 100,
  filing_number: 95,
  certificate: 90,
  phone: 90,
  domain: 85,
  name: 80,
  certificate_suffix: 60,
  phone_suffix: 55,
  domain_partial: 50,
  name_partial: 40,
};

export interface LookupQuery {
  /** The text as typed, trimmed. */
  text: string;
  /** Kinds worth trying, strongest first. */
  kinds: LookupKind[];
  orderId: string | null;
  filingNumber: string | null;
  certificate: string | null;
  phone: string | null;
  domain: string | null;
  /** Lower-case name or domain fragment for the partial kinds. */
  fragment: string;
  /** Last digits of a phone or certificate number. */
  suffix: string | null;
}

/** `https://WWW.Example.com:8080/path?q` → `example.com`; not a domain → null. */
export function normalizeDomain(raw: string): string | null {
  let text = raw.trim().toLowerCase();
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  text = text
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  text = text.replace(/^www\./, '');
  if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(text)) return null;
  return text;
}

/** A filing number as typed (spaces, lower-case `icp`) → its canonical form, or null. */
export function normalizeFilingNumber(raw: string): string | null {
  const text = raw.replace(/\s+/g, '').replace(/icp/i, 'ICP');
  return /^\p{Script=Han}ICP备\d{6,12}号(-\d+)?$/u.test(text) ? text : null;
}

export function normalizeCertificate(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** What a typed text may be. Never throws; an empty `kinds` means "too short to search". */
export function parseLookupQuery(raw: string, masked: boolean): LookupQuery {
  const text = raw.trim();
  const query: LookupQuery = {
    text,
    kinds: [],
    orderId: null,
    filingNumber: null,
    certificate: null,
    phone: null,
    domain: null,
    fragment: text.toLowerCase(),
    suffix: null,
  };
  if ([...text].length < LOOKUP_LIMITS.minQuery) return query;
  const kinds = new Set<LookupKind>();
  if (/^BA\d{10,}$/i.test(text)) {
    query.orderId = text.toUpperCase();
    kinds.add('order_id');
  }
  const filing = normalizeFilingNumber(text);
  if (filing) {
    query.filingNumber = filing;
    kinds.add('filing_number');
  }
  const compact = normalizeCertificate(text);
  if (/^[0-9A-Z]{8,20}$/.test(compact) && /\d{4}/.test(compact)) {
    query.certificate = compact;
    kinds.add('certificate');
  }
  if (/^[+\d\s()-]+$/.test(text)) {
    const phone = normalizeMobile(text.replace(/[()]/g, ''));
    if (/^(1[3-9]\d{9}|0\d{9,11})$/.test(phone)) {
      query.phone = phone;
      kinds.add('phone');
    }
    const digits = text.replace(/\D/g, '');
    // Last digits are fewer than a whole number's (an ID has 18).
    const suffixOk = masked
      ? digits.length === LOOKUP_LIMITS.minSuffix
      : digits.length >= LOOKUP_LIMITS.minSuffix && digits.length < 18;
    if (suffixOk && !query.phone) {
      query.suffix = digits;
      kinds.add('certificate_suffix');
      kinds.add('phone_suffix');
    }
  }
  // An ID's last characters may end in its check character X.
  const idTail = /^[0-9]{3,16}X$/.test(compact);
  if (idTail) {
    const ok = masked
      ? compact.length === LOOKUP_LIMITS.minSuffix
      : compact.length >= LOOKUP_LIMITS.minSuffix;
    if (ok) {
      query.suffix = compact;
      kinds.add('certificate_suffix');
    }
  }
  const domain = normalizeDomain(text);
  if (domain) {
    query.domain = domain;
    query.fragment = domain;
    kinds.add('domain');
  }
  const letters = /\p{L}/u.test(text) && !idTail;
  if (letters && !query.orderId && !query.filingNumber) {
    kinds.add('name');
    if ([...text].length >= LOOKUP_LIMITS.minNamePart) kinds.add('name_partial');
    const part = (domain ?? text.toLowerCase()).replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
    if (/^[a-z0-9.-]+$/.test(part) && part.length >= LOOKUP_LIMITS.minDomainPart) {
      query.fragment = part;
      kinds.add('domain_partial');
    }
  }
  query.kinds = LOOKUP_KINDS.filter((kind) => kinds.has(kind));
  return query;
}

/** The best kind of a set of matched kinds (the order's score). */
export function bestMatch(kinds: Iterable<LookupKind>): { kind: LookupKind; score: number } | null {
  let best: { kind: LookupKind; score: number } | null = null;
  for (const kind of kinds) {
    const score = LOOKUP_SCORES[kind];
    if (!best || score > best.score) best = { kind, score };
  }
  return best;
}

export interface RankedOrder {
  id: string;
  score: number;
  submittedAt: string;
}

/** Higher score first, then the latest submission, then the order number. */
export function compareRanked(a: RankedOrder, b: RankedOrder): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.submittedAt !== b.submittedAt) return a.submittedAt < b.submittedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The answer of `GET /api/lookup` (api.md "Lookup"): one order found, with what matched. */
export interface LookupOrder {
  id: string;
  status: OrderStatus;
  type: string;
  filerKind: string;
  province: string;
  revision: number;
  submittedAt: string;
  slaDueAt: string | null;
  assigneeId: string | null;
  subjectName: string;
  domains: string[];
  matchedOn: LookupKind;
  /** What matched, as shown: personal values masked. */
  matchedValue: string;
  score: number;
}

export interface LookupGroup {
  subjectKey: string;
  subjectName: string;
  certificateNumber: string;
  score: number;
  orders: LookupOrder[];
}

export interface LookupAnswer {
  query: string;
  kinds: LookupKind[];
  total: number;
  truncated: boolean;
  groups: LookupGroup[];
}
