import { provinceByCode } from '../../src/domain/provinces';
import { cstIso } from './compact';
import type { CloudResource, OrderType } from '../../src/domain/types';
import type { Defect } from './defects';
import type { Rng } from './prng';

/** Cloud resources behind a filing (domain.md §6) and filing numbers (domain.md §4). */

const DAY = 24 * 60 * 60_000;
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const IP_PREFIXES = [
  '42.193',
  '81.71',
  '119.29',
  '129.204',
  '150.158',
  '175.24',
  '106.55',
  '43.138',
];

function chars(rng: Rng, alphabet: string, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += alphabet[rng.int(0, alphabet.length - 1)];
  return out;
}

function addMonths(instant: number, months: number): number {
  const date = new Date(instant);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

export function makeCloudResource(
  rng: Rng,
  input: { region: string; submittedAt: number; defect: Defect | null },
): CloudResource {
  const { defect, submittedAt } = input;
  const kind = rng.chance(0.8) ? 'server' : 'authorization_code';
  const product = rng.weighted([
    ['cvm', 60],
    ['lighthouse', 37],
    ['scf', 3],
  ] as const);
  const purchasedAt = submittedAt - rng.int(1, 30) * DAY;
  let purchasedMonths = rng.pick([6, 12, 12, 12, 24, 36]);
  let billing: CloudResource['billing'] = 'prepaid';
  let expiresAt = addMonths(purchasedAt, purchasedMonths);
  if (defect === 'RESOURCE_EXPIRED') {
    purchasedMonths = 1;
    expiresAt = submittedAt - rng.int(1, 10) * DAY;
  }
  if (defect === 'RESOURCE_POSTPAID') {
    billing = 'postpaid';
    purchasedMonths = 0;
  }
  return {
    kind,
    product,
    instanceId: `${product === 'lighthouse' ? 'lhins' : product === 'scf' ? 'scf' : 'ins'}-${chars(rng, ALNUM, 8)}`,
    region: defect === 'RESOURCE_OVERSEAS' ? 'ap-hongkong' : input.region,
    publicIp: `${rng.pick(IP_PREFIXES)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    billing,
    purchasedMonths,
    expiresAt: cstIso(expiresAt),
    authorizationCode: kind === 'authorization_code' ? chars(rng, CODE_CHARS, 16) : null,
    issuingAccount: kind === 'authorization_code' ? `1000${rng.digits(8)}` : null,
  };
}

/** A subject number: 8-digit (YY + 6) or 10-digit (YYYY + 6) serial, with the province character. */
export function subjectFilingNumber(rng: Rng, province: string, year: number): string {
  const icpChar = provinceByCode(province)?.icpChar ?? '京';
  const serial = rng.chance(0.4)
    ? `${String(year).slice(2)}${rng.digits(6)}`
    : `${year}${rng.digits(6)}`;
  return `${icpChar}ICP备${serial}号`;
}

export interface FilingNumbers {
  /** The subject's number before this order, for every type but a first filing. */
  existingSubject: string | null;
  /** Each website's number before this order (access, added access and change orders). */
  existingSites: (string | null)[];
  /** What the bureau issues on approval: the subject number, then one per website. */
  issued: string[];
}

export function planFilingNumbers(
  rng: Rng,
  input: { province: string; type: OrderType; siteCount: number; anchorYear: number },
): FilingNumbers {
  const { type, siteCount } = input;
  const existingSubject =
    type === 'new_filing'
      ? null
      : subjectFilingNumber(rng, input.province, input.anchorYear - rng.int(1, 8));
  const subject = existingSubject ?? subjectFilingNumber(rng, input.province, input.anchorYear);
  // Sites already filed under the subject before this order, for an order that adds sites.
  const before = type === 'add_website' ? rng.int(1, 3) : 0;
  const siteNumbers = Array.from({ length: siteCount }, (_, i) => `${subject}-${before + i + 1}`);
  const sitesExist = type === 'access_filing' || type === 'add_access' || type === 'change';
  return {
    existingSubject,
    existingSites: siteNumbers.map((n) => (sitesExist ? n : null)),
    issued: [subject, ...siteNumbers],
  };
}
