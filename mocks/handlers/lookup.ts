import {
  compareRanked,
  LOOKUP_LIMITS,
  parseLookupQuery,
  bestMatch,
  type LookupGroup,
  type LookupKind,
  type LookupQuery,
} from '../../src/domain/lookup';
import { maskCertificateNumber, maskPhone } from '../../src/domain/masking';
import { maskPersonalText } from '../../src/domain/personalFields';
import type { User } from '../../src/domain/types';
import { db } from '../db';
import { authenticate } from '../http/auth';
import { badQuery } from '../http/errors';
import { json } from '../http/respond';
import { otherMethods, route } from '../http/route';
import type { LookupKeys } from '../lookup/keys';

type IndexedKeys = Omit<LookupKeys, 'filingNumbers'> & { filingNumbers: string[] | null };
import { seesMaskedData } from '../orders/queryOrders';

/**
 * `GET /api/lookup?q=`: one box that finds orders by order number, filing number, certificate
 * number (full or last digits), phone (full or last digits), domain and subject name, ranked and
 * grouped by subject (api.md "Lookup"). Every role gets personal data masked in the answer; a full
 * number still finds its order. Nothing but the index and the order table's summaries is read.
 */

const MAX_QUERY = 200;

/** An opaque, stable key per subject (never the certificate number itself). */
function subjectKey(certificate: string): string {
  // FNV-1a over the number with a per-data-set salt: stable within a data set, unguessable enough
  // for a mock and carrying no digits of the number.
  let hash = 0x811c9dc5 ^ db.params.seed;
  let hash2 = 0x01000193;
  for (const char of certificate) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    hash2 = Math.imul(hash2 ^ char.charCodeAt(0), 0x85ebca6b) >>> 0;
  }
  return `s-${hash.toString(16).padStart(8, '0')}${hash2.toString(16).padStart(8, '0')}`;
}

function matchedValue(keys: IndexedKeys, kind: LookupKind, query: LookupQuery): string {
  const first = (values: string[], test: (value: string) => boolean) => values.find(test) ?? '';
  switch (kind) {
    case 'order_id':
      return keys.id;
    case 'filing_number':
      return first(
        keys.filingNumbers ?? [],
        (n) => n === query.filingNumber || n.startsWith(`${query.filingNumber ?? ''}-`),
      );
    case 'certificate':
      return maskCertificateNumber(first(keys.certificates, (c) => c === query.certificate));
    case 'certificate_suffix':
      return maskCertificateNumber(
        first(keys.certificates, (c) => c.endsWith(query.suffix ?? '\0')),
      );
    case 'phone':
      return maskPhone(first(keys.phones, (p) => p === query.phone));
    case 'phone_suffix':
      return maskPhone(first(keys.phones, (p) => p.endsWith(query.suffix ?? '\0')));
    case 'domain':
      return query.domain ?? '';
    case 'domain_partial':
      return first(keys.domains, (d) => d.includes(query.fragment));
    default:
      return keys.subjectName;
  }
}

function echo(query: LookupQuery): string {
  if (query.orderId || query.filingNumber) return query.text;
  if (query.phone) return maskPhone(query.phone);
  if (query.certificate) return maskCertificateNumber(query.certificate);
  return maskPersonalText(query.text);
}

export function lookup(q: string, user: User) {
  const query = parseLookupQuery(q, seesMaskedData(user));
  const rows = db.orders.all();
  const found = db.lookup.search(query).flatMap(({ position, kinds }) => {
    const row = rows[position];
    const keys = db.lookup.indexedKeysAt(position);
    const best = bestMatch(kinds);
    return row && keys && best ? [{ row, keys, best }] : [];
  });
  const ranked = found
    .map((hit) => ({
      ...hit,
      id: hit.keys.id,
      score: hit.best.score,
      submittedAt: hit.row.summary.submittedAt,
    }))
    .sort(compareRanked);
  const groups = new Map<string, LookupGroup>();
  let shown = 0;
  for (const hit of ranked) {
    if (shown >= LOOKUP_LIMITS.maxOrders) break;
    const certificate = hit.keys.subjectCertificate;
    let group = groups.get(certificate);
    if (!group) {
      if (groups.size >= LOOKUP_LIMITS.maxGroups) continue;
      group = {
        subjectKey: subjectKey(certificate),
        subjectName: hit.keys.subjectName,
        certificateNumber: maskCertificateNumber(certificate),
        score: hit.score,
        orders: [],
      };
      groups.set(certificate, group);
    }
    const { summary } = hit.row;
    group.orders.push({
      id: summary.id,
      status: summary.status,
      type: summary.type,
      filerKind: summary.filerKind,
      province: summary.province,
      revision: summary.revision,
      submittedAt: summary.submittedAt,
      slaDueAt: summary.slaDueAt,
      assigneeId: summary.assigneeId,
      subjectName: hit.keys.subjectName,
      domains: hit.keys.domains.slice(0, 3),
      matchedOn: hit.best.kind,
      matchedValue: matchedValue(hit.keys, hit.best.kind, query),
      score: hit.score,
    });
    shown += 1;
  }
  return {
    // Even the typed number comes back masked: answers never carry a full one (api.md).
    query: echo(query),
    kinds: query.kinds,
    total: ranked.length,
    truncated: shown < ranked.length,
    groups: [...groups.values()],
  };
}

export const lookupHandlers = [
  route('get', '/api/lookup', ({ request, url }) => {
    const user = authenticate(request);
    for (const name of new Set(url.searchParams.keys())) {
      if (name !== 'q') throw badQuery(name, 'is not a known parameter (q)');
    }
    const values = url.searchParams.getAll('q');
    if (values.length === 0) throw badQuery('q', 'is required');
    if (values.length > 1) throw badQuery('q', 'given more than once');
    const q = values[0] ?? '';
    if (q.length > MAX_QUERY) throw badQuery('q', `must be at most ${MAX_QUERY} characters`);
    return json(lookup(q, user));
  }),
  otherMethods('/api/lookup', ['GET']),
];
