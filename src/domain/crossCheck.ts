import type { Material, MaterialKind, Order, Principal } from './types';

// Which materials an order needs, and which are missing, is check 18's rule: checks/materialChecks.ts.

/**
 * The field-by-field cross-check of a material against what the applicant typed (domain.md §9):
 * which typed fields each kind of material must match, and how two values compare. Exact, near
 * (the same once width, case, spaces and traditional characters are folded: a reviewer should look
 * twice) or a mismatch. Also the image-quality findings the recognition service reports.
 */

export type Comparison = 'match' | 'near' | 'mismatch' | 'expired' | 'missing';

export interface CrossCheckRow {
  /** The extracted field's key, e.g. "name", "number", "validTo", "background". */
  field: string;
  /**
   * What the row checks: a typed field against the image; a validity date against the review day
   * (for a date the applicant does not type, such as a business licence's); or an image-quality
   * finding against the rule.
   */
  check: 'typed' | 'validity' | 'quality';
  /** What the order says (or what the rule expects, for quality findings); null when not typed. */
  typed: string | null;
  extracted: string | null;
  result: Comparison;
}

/** Traditional forms that turn up in names and addresses, folded to the simplified form. */
const TRADITIONAL: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['張', '张'],
    ['劉', '刘'],
    ['陳', '陈'],
    ['黃', '黄'],
    ['趙', '赵'],
    ['吳', '吴'],
    ['鄭', '郑'],
    ['許', '许'],
    ['馮', '冯'],
    ['蔣', '蒋'],
    ['葉', '叶'],
    ['蘇', '苏'],
    ['盧', '卢'],
    ['楊', '杨'],
    ['國', '国'],
    ['華', '华'],
    ['東', '东'],
    ['門', '门'],
    ['廣', '广'],
    ['術', '术'],
    ['網', '网'],
    ['絡', '络'],
    ['發', '发'],
    ['開', '开'],
    ['電', '电'],
    ['訊', '讯'],
    ['業', '业'],
    ['區', '区'],
    ['縣', '县'],
    ['鎮', '镇'],
    ['號', '号'],
    ['樓', '楼'],
    ['單', '单'],
    ['資', '资'],
    ['貿', '贸'],
    ['偉', '伟'],
    ['軍', '军'],
    ['鵬', '鹏'],
    ['傑', '杰'],
    ['麗', '丽'],
    ['紅', '红'],
    ['濤', '涛'],
    ['億', '亿'],
    ['雲', '云'],
    ['龍', '龙'],
    ['長', '长'],
    ['會', '会'],
    ['學', '学'],
    ['園', '园'],
    ['蘭', '兰'],
    ['輝', '辉'],
    ['強', '强'],
    ['陽', '阳'],
    ['達', '达'],
    ['興', '兴'],
    ['盛', '盛'],
  ].filter(([t, s]) => t !== s),
);

const SIMPLIFIED_TO_TRADITIONAL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TRADITIONAL).map(([t, s]) => [s, t]),
);

/** Folds width (NFKC), case, white space and traditional characters. */
export function foldText(value: string): string {
  return [...value.normalize('NFKC').toLowerCase().replace(/\s+/g, '')]
    .map((c) => TRADITIONAL[c] ?? c)
    .join('');
}

/** The traditional spelling of a text where the fold table knows one (for seeding near matches). */
export function toTraditional(value: string): string {
  return [...value].map((c) => SIMPLIFIED_TO_TRADITIONAL[c] ?? c).join('');
}

export function compareValues(typed: string | null, extracted: string | null): Comparison {
  if (extracted === null || extracted === '') return typed ? 'missing' : 'match';
  if (typed === null) return 'match';
  if (typed === extracted) return 'match';
  return foldText(typed) === foldText(extracted) ? 'near' : 'mismatch';
}

/** Whose material it is, resolved on the order: the subject's principal or a website's. */
function ownerPrincipal(order: Order, owner: string): Principal {
  if (owner.startsWith('website:')) {
    const site = order.websites.find((w) => `website:${w.id}` === owner);
    if (site) return site.principal;
  }
  return order.subjectPrincipal;
}

type Typed = (order: Order, material: Material) => string | null;

const principalName: Typed = (o, m) => ownerPrincipal(o, m.owner).name;
const principalNumber: Typed = (o, m) => ownerPrincipal(o, m.owner).certificateNumber;
const principalValidTo: Typed = (o, m) =>
  ownerPrincipal(o, m.owner).certificateValidUntil ?? '长期';
const unitName: Typed = (o) => o.subject.name;
const legalRep: Typed = (o) => o.subject.legalRepresentative;

/** The typed counterpart of each extracted field, per kind; fields not listed are shown only. */
export const CROSS_CHECK_FIELDS: Readonly<Record<MaterialKind, Readonly<Record<string, Typed>>>> = {
  id_card_front: {
    name: principalName,
    number: principalNumber,
    address: (o, m) => ownerPrincipal(o, m.owner).certificateAddress,
  },
  id_card_back: { validTo: principalValidTo },
  passport: { name: principalName, number: principalNumber, validTo: principalValidTo },
  travel_permit: { name: principalName, number: principalNumber, validTo: principalValidTo },
  residence_permit: { name: principalName, number: principalNumber },
  business_license: {
    unitName,
    creditCode: (o) => o.subject.certificateNumber,
    legalRepresentative: legalRep,
    address: (o) => o.subject.certificateAddress,
  },
  unit_certificate: {
    unitName,
    creditCode: (o) => o.subject.certificateNumber,
    legalRepresentative: legalRep,
    address: (o) => o.subject.certificateAddress,
  },
  verification_photo: { name: principalName },
  commitment_letter: { unitName, signer: (o) => o.subjectPrincipal.name },
  domain_certificate: {
    domain: (o, m) =>
      o.websites.flatMap((w) => w.domains).find((d) => d === m.extracted.domain) ??
      o.websites.find((w) => `website:${w.id}` === m.owner)?.domains[0] ??
      null,
    registrant: unitName,
  },
  authorization_letter: { unitName, grantor: legalRep, grantee: principalName },
  pre_approval: {
    unitName,
    documentNumber: (o, m) =>
      o.websites
        .flatMap((w) => w.preApprovals.map((p) => p.documentNumber))
        .find((n) => n === m.extracted.documentNumber) ??
      o.websites.find((w) => `website:${w.id}` === m.owner)?.preApprovals[0]?.documentNumber ??
      null,
  },
};

/** Validity fields that must not lie before the day of review ("长期" never expires). */
const VALIDITY_FIELDS = ['validTo', 'expiresOn'] as const;

/** What the recognition service reports about the image itself, and what the rule expects. */
const QUALITY_EXPECTED: Readonly<Record<string, string>> = {
  orientation: '0',
  background: '白色',
  persons: '1',
};

/**
 * Every row of the cross-check for one material, typed fields first, then validity and image
 * quality. `today` is the review day (YYYY-MM-DD, China time).
 */
export function crossCheckMaterial(
  order: Order,
  material: Material,
  today: string,
): CrossCheckRow[] {
  const rows: CrossCheckRow[] = [];
  const typedFields = CROSS_CHECK_FIELDS[material.kind];
  for (const [field, typedOf] of Object.entries(typedFields)) {
    const typed = typedOf(order, material);
    const extracted = material.extracted[field] ?? null;
    const result = compareValues(typed, extracted);
    const expired = isExpired(field, extracted, today);
    rows.push({ field, check: 'typed', typed, extracted, result: expired ? 'expired' : result });
  }
  for (const field of VALIDITY_FIELDS) {
    if (field in typedFields) continue;
    const extracted = material.extracted[field];
    if (extracted === undefined) continue;
    rows.push({
      field,
      check: 'validity',
      typed: null,
      extracted,
      result: isExpired(field, extracted, today) ? 'expired' : 'match',
    });
  }
  for (const [field, expected] of Object.entries(QUALITY_EXPECTED)) {
    const extracted = material.extracted[field];
    if (extracted === undefined) continue;
    rows.push({
      field,
      check: 'quality',
      typed: expected,
      extracted,
      result: extracted === expected ? 'match' : 'mismatch',
    });
  }
  return rows;
}

function isExpired(field: string, value: string | null, today: string): boolean {
  if (!value || !(VALIDITY_FIELDS as readonly string[]).includes(field)) return false;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && value < today;
}

/** Whether a row needs the reviewer's attention (anything but an exact match). */
export function isFlagged(row: CrossCheckRow): boolean {
  return row.result !== 'match';
}
