import type { LookupKind, LookupQuery } from '../../src/domain/lookup';
import { cstDate } from '../../src/domain/time';
import type { Order } from '../../src/domain/types';
import type { Dataset } from '../seed/generate';
import { coreFilingNumbers, coreLookupKeys, orderLookupKeys, type LookupKeys } from './keys';

/**
 * The lookup's index over the order table: exact keys in hash maps, last-4 digits in a map of
 * their own, and compact arrays of names and domains for the partial kinds. Built from the seed's
 * cores on the first lookup after a reset (no full order is built for it) and kept current by the
 * store on every committed change, so a lookup over 100,000 orders never walks full orders.
 */

type Postings = Map<string, number[]>;

function add(map: Postings, key: string, position: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  // The build adds positions in ascending order (one order's repeats are consecutive), so the
  // last entry tells; a later update of one order may come out of order and checks them all.
  else if (
    list[list.length - 1] !== position &&
    (list[list.length - 1]! < position || !list.includes(position))
  )
    list.push(position);
}

function remove(map: Postings, key: string, position: number): void {
  const list = map.get(key);
  if (!list) return;
  const rest = list.filter((p) => p !== position);
  if (rest.length === 0) map.delete(key);
  else map.set(key, rest);
}

export interface LookupHit {
  position: number;
  kinds: Set<LookupKind>;
}

export class LookupIndex {
  private dataset: Dataset | null = null;
  private built = false;
  /** Filing numbers of seeded orders are null until the first filing-number query builds them. */
  private keys: (Omit<LookupKeys, 'filingNumbers'> & { filingNumbers: string[] | null })[] = [];
  private filingsBuilt = false;
  private readonly byId: Postings = new Map();
  private readonly byFiling: Postings = new Map();
  private readonly byCertificate: Postings = new Map();
  private readonly byPhone: Postings = new Map();
  private readonly byDomain: Postings = new Map();
  private readonly byName: Postings = new Map();
  private readonly bySubject: Postings = new Map();
  /** Last 4 characters of every certificate number (`c`) and phone (`p`). */
  private readonly byTail: Postings = new Map();
  private names: string[] = [];
  private domainText: string[] = [];
  private readonly pending = new Map<string, Order>();

  load(dataset: Dataset): void {
    this.dataset = dataset;
    this.built = false;
    this.filingsBuilt = false;
    this.keys = [];
    this.pending.clear();
    for (const map of this.maps()) map.clear();
  }

  /** A committed order: its keys follow (now, or when the index is built). */
  update(order: Order): void {
    if (!this.built) {
      this.pending.set(order.id, order);
      return;
    }
    const position = this.byId.get(order.id)?.[0];
    if (position === undefined) return;
    this.unindex(position);
    this.index(position, orderLookupKeys(order));
  }

  keysAt(position: number): LookupKeys | undefined {
    this.ensure();
    const keys = this.keys[position];
    if (!keys) return undefined;
    if (keys.filingNumbers === null) keys.filingNumbers = this.seededFilingNumbers(position);
    return keys as LookupKeys;
  }

  /**
   * The keys as indexed, without building filing numbers that were not needed yet (`null`):
   * ranking and grouping a broad match must not build every hit's extras.
   */
  indexedKeysAt(
    position: number,
  ): (Omit<LookupKeys, 'filingNumbers'> & { filingNumbers: string[] | null }) | undefined {
    this.ensure();
    return this.keys[position];
  }

  private seededFilingNumbers(position: number): string[] {
    const dataset = this.dataset;
    const plan = dataset?.plans[position];
    const core = dataset?.cores[position];
    if (!dataset || !plan || !core) return [];
    return coreFilingNumbers(plan, core, this.context());
  }

  private context() {
    const params = this.dataset?.params;
    return {
      seed: params?.seed ?? 0,
      anchorDate: cstDate(new Date(Date.parse(params?.anchor ?? '1970-01-01T00:00:00Z'))),
    };
  }

  /** The filing-number map, built on the first query that needs it. */
  private ensureFilings(): void {
    if (this.filingsBuilt) return;
    for (let position = 0; position < this.keys.length; position += 1) {
      for (const value of this.keysAt(position)?.filingNumbers ?? [])
        add(this.byFiling, value, position);
    }
    this.filingsBuilt = true;
  }

  positionOf(orderId: string): number | undefined {
    this.ensure();
    return this.byId.get(orderId)?.[0];
  }

  /** Positions of every order of the subject with this certificate number. */
  subjectPositions(certificate: string): readonly number[] {
    this.ensure();
    return this.bySubject.get(certificate) ?? [];
  }

  /** Every order the query matches, with the kinds it matched on. */
  search(query: LookupQuery): LookupHit[] {
    this.ensure();
    const hits = new Map<number, Set<LookupKind>>();
    const hit = (positions: readonly number[] | undefined, kind: LookupKind) => {
      for (const position of positions ?? []) {
        const kinds = hits.get(position) ?? new Set<LookupKind>();
        kinds.add(kind);
        hits.set(position, kinds);
      }
    };
    const kinds = new Set(query.kinds);
    if (query.orderId) hit(this.byId.get(query.orderId), 'order_id');
    if (query.filingNumber) {
      this.ensureFilings();
      hit(this.byFiling.get(query.filingNumber), 'filing_number');
      // The subject's number finds its websites' numbers too.
      if (!query.filingNumber.includes('-')) {
        for (let n = 1; n <= 10; n += 1)
          hit(this.byFiling.get(`${query.filingNumber}-${n}`), 'filing_number');
      }
    }
    if (query.certificate) hit(this.byCertificate.get(query.certificate), 'certificate');
    if (query.phone) hit(this.byPhone.get(query.phone), 'phone');
    if (query.domain) hit(this.byDomain.get(query.domain), 'domain');
    if (kinds.has('name')) hit(this.byName.get(query.text.toLowerCase()), 'name');
    if (query.suffix) this.searchSuffix(query.suffix, kinds, hit);
    if (kinds.has('name_partial'))
      this.scan(this.names, query.text.toLowerCase(), 'name_partial', hit);
    if (kinds.has('domain_partial'))
      this.scan(this.domainText, query.fragment, 'domain_partial', hit);
    return [...hits].map(([position, matched]) => ({ position, kinds: matched }));
  }

  private searchSuffix(
    suffix: string,
    kinds: Set<LookupKind>,
    hit: (positions: readonly number[], kind: LookupKind) => void,
  ): void {
    const tail = suffix.slice(-4);
    for (const [prefix, kind, field] of [
      ['c', 'certificate_suffix', 'certificates'],
      ['p', 'phone_suffix', 'phones'],
    ] as const) {
      if (!kinds.has(kind)) continue;
      const candidates = this.byTail.get(`${prefix}${tail}`) ?? [];
      hit(
        candidates.filter((position) =>
          (this.keys[position]?.[field] ?? []).some((value) => value.endsWith(suffix)),
        ),
        kind,
      );
    }
  }

  private scan(
    texts: readonly string[],
    needle: string,
    kind: LookupKind,
    hit: (positions: readonly number[], kind: LookupKind) => void,
  ): void {
    const found: number[] = [];
    for (let position = 0; position < texts.length; position += 1) {
      if (texts[position]?.includes(needle)) found.push(position);
    }
    hit(found, kind);
  }

  private maps(): Postings[] {
    return [
      this.byId,
      this.byFiling,
      this.byCertificate,
      this.byPhone,
      this.byDomain,
      this.byName,
      this.bySubject,
      this.byTail,
    ];
  }

  private ensure(): void {
    if (this.built) return;
    const dataset = this.dataset;
    if (!dataset) throw new Error('The lookup index has no data set');
    const count = dataset.summaries.length;
    this.keys = new Array<LookupKeys>(count);
    this.names = new Array<string>(count);
    this.domainText = new Array<string>(count);
    for (let position = 0; position < count; position += 1) {
      const plan = dataset.plans[position];
      const core = dataset.cores[position];
      if (!plan || !core) continue;
      this.index(position, coreLookupKeys(plan.id, core));
    }
    this.built = true;
    for (const order of this.pending.values()) this.update(order);
    this.pending.clear();
  }

  private index(
    position: number,
    keys: Omit<LookupKeys, 'filingNumbers'> & { filingNumbers: string[] | null },
  ): void {
    this.keys[position] = keys;
    this.names[position] = keys.subjectName.toLowerCase();
    this.domainText[position] = keys.domains.join('\n');
    add(this.byId, keys.id, position);
    add(this.byName, keys.subjectName.toLowerCase(), position);
    add(this.bySubject, keys.subjectCertificate, position);
    if (this.filingsBuilt)
      for (const value of keys.filingNumbers ?? []) add(this.byFiling, value, position);
    for (const value of keys.certificates) {
      add(this.byCertificate, value, position);
      add(this.byTail, `c${value.slice(-4)}`, position);
    }
    for (const value of keys.phones) {
      add(this.byPhone, value, position);
      add(this.byTail, `p${value.slice(-4)}`, position);
    }
    for (const value of keys.domains) add(this.byDomain, value, position);
  }

  private unindex(position: number): void {
    const keys = this.keys[position];
    if (!keys) return;
    remove(this.byName, keys.subjectName.toLowerCase(), position);
    remove(this.bySubject, keys.subjectCertificate, position);
    for (const value of keys.filingNumbers ?? []) remove(this.byFiling, value, position);
    for (const value of keys.certificates) {
      remove(this.byCertificate, value, position);
      remove(this.byTail, `c${value.slice(-4)}`, position);
    }
    for (const value of keys.phones) {
      remove(this.byPhone, value, position);
      remove(this.byTail, `p${value.slice(-4)}`, position);
    }
    for (const value of keys.domains) remove(this.byDomain, value, position);
  }
}
